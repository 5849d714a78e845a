import { router } from "@zorgzaam/core";

/** Placeholder: the map area is being built (issue 4). */
export const mapRouter = router({});
