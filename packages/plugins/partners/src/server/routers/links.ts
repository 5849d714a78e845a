import { router } from "@zorgzaam/core";

export const linksRouter = router({});
