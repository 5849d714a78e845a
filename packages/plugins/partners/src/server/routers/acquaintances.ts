import { router } from "@zorgzaam/core";

export const acquaintancesRouter = router({});
