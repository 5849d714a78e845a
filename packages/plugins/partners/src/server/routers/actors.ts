import { router } from "@zorgzaam/core";

export const actorsRouter = router({});
