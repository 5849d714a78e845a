import { router } from "@zorgzaam/core";

/** Placeholder: the transfer area is being built (issue 4). */
export const transferRouter = router({});
