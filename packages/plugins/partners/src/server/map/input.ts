import { z } from "zod";
import { actorFilters } from "../filters";
import { LIST_SORTS } from "./sorts";
import { zodMessage } from "../errors";

export { LIST_SORTS, type ListSort } from "./sorts";

/** The list's filters (the same as the map's), a page and an order. */
export const listInput = z.object({
  filters: actorFilters,
  page: z.number().int().min(1, zodMessage("partners.schema.pageMin")).max(10_000, zodMessage("partners.schema.pageMax")).default(1),
  pageSize: z
    .number()
    .int()
    .min(1, zodMessage("partners.schema.pageSizeMin"))
    .max(200, zodMessage("partners.schema.pageSizeMax"))
    .default(25),
  sort: z.enum(LIST_SORTS).default("name"),
});
export type ListInput = z.infer<typeof listInput>;

export const pointsInput = z.object({ filters: actorFilters });
