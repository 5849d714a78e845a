import { router } from "@zorgzaam/core";

/** Placeholder: the evaluation area is being built (issue 4). */
export const evaluationRouter = router({});
