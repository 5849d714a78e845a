import { router } from "@zorgzaam/core";

/** Placeholder: the gaps area is being built (issue 4). */
export const gapsRouter = router({});
