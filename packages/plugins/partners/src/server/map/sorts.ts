/** The orders of the list (its own file: the pages' client code reads it without the server's imports). */
export const LIST_SORTS = ["name", "updated", "statusChanged"] as const;
export type ListSort = (typeof LIST_SORTS)[number];
