import { z } from "zod";
import { actorFilters } from "../filters";
import { zodMessage } from "../errors";
import { id } from "../schemas";

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
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= "1900-01-01" && s <= "9999-12-30";
  }, zodMessage("partners.network.day"));

/** Two calendar days, both included: how the network changed from the start of `from` to the end of `to`. */
export const changesInput = z
  .object({ from: day, to: day })
  .refine((v) => v.from <= v.to, { message: zodMessage("partners.network.range"), path: ["to"] });
export type ChangesInput = z.infer<typeof changesInput>;

export const gapsInput = z.object({ neighbourhoodId: id.optional() }).default({});
export type GapsInput = z.infer<typeof gapsInput>;
