import { z } from "zod";
import { actorFilters } from "../filters";
import { LIST_SORTS } from "./sorts";

export { LIST_SORTS, type ListSort } from "./sorts";

/** The list's filters (the same as the map's), a page and an order. */
export const listInput = z.object({
  filters: actorFilters,
  page: z.number().int().min(1, "Pagina 1 of hoger").max(10_000, "Deze pagina bestaat niet").default(1),
  pageSize: z.number().int().min(1, "Minstens 1 per pagina").max(200, "Maximaal 200 per pagina").default(25),
  sort: z.enum(LIST_SORTS).default("name"),
});
export type ListInput = z.infer<typeof listInput>;

export const pointsInput = z.object({ filters: actorFilters });
