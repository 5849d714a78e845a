import { router } from "@zorgzaam/core";

/** Placeholder: the network area is being built (issue 4). */
export const networkRouter = router({});
