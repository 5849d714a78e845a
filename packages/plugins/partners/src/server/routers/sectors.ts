import { router } from "@zorgzaam/core";

export const sectorsRouter = router({});
