import { z } from "zod";
import { actorFilters } from "../filters";
import { zodMessage } from "../errors";
import { id } from "../schemas";
import { isCalendarDay } from "./dates";

/** The graph: the same filters as the map and the list, and whether to show members and Persons. */
export const graphInput = z.object({
  filters: actorFilters,
  members: z.boolean().default(true),
  persons: z.boolean().default(true),
});
export type GraphInput = z.infer<typeof graphInput>;

/** A calendar day "YYYY-MM-DD". */
export const day = z
  .string(zodMessage("partners.network.day"))
  .regex(/^\d{4}-\d{2}-\d{2}$/, zodMessage("partners.network.day"))
  .refine(isCalendarDay, zodMessage("partners.network.day"));

/** Two calendar days, both included: how the network changed from the start of `from` to the end of `to`. */
export const changesInput = z
  .object({ from: day, to: day })
  .refine((v) => v.from <= v.to, { message: zodMessage("partners.network.range"), path: ["to"] });
export type ChangesInput = z.infer<typeof changesInput>;

export const gapsInput = z.object({ neighbourhoodId: id.optional() }).default({});
export type GapsInput = z.infer<typeof gapsInput>;
