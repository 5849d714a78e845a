import type { Prisma } from "@zorgzaam/core/db/client";
import { z } from "zod";
import { actorScope, type PartnersCtx, seesKeyFigures } from "./access";
import { actorKind, id, relationshipStatus, sectorKey, tag } from "./schemas";
import { PARTNERS_LIMITS } from "../limits";

/**
 * The filters shared by the map, the list, the network graph and the exports: one schema, one translation to a
 * query, so every view shows the same actors for the same filter.
 */
export const actorFilters = z
  .object({
    q: z.string().trim().max(PARTNERS_LIMITS.search).optional(),
    sectors: z.array(sectorKey).max(50).optional(),
    kinds: z.array(actorKind).max(20).optional(),
    formal: z.boolean().optional(),
    statuses: z.array(relationshipStatus).max(10).optional(),
    neighbourhoodId: id.optional(),
    tags: z.array(tag).max(20).optional(),
    /** Missing / closed places: included by default, "only" shows just them, "exclude" hides them. */
    missing: z.enum(["include", "only", "exclude"]).default("include"),
    vindplaats: z.boolean().optional(),
    organisationId: id.optional(),
  })
  .default({ missing: "include" });
export type ActorFilters = z.infer<typeof actorFilters>;

/** Search text as literal characters inside LIKE: "%", "_" and "\\" lose their pattern meaning ("50%" finds "50%"). */
export function likeLiteral(q: string): string {
  return q.replace(/[\\%_]/g, "\\$&");
}

/** The Prisma condition for the filters, within what the caller may see (never without the scope). */
export function actorWhere(ctx: PartnersCtx, f: ActorFilters): Prisma.PartnersActorWhereInput {
  const and: Prisma.PartnersActorWhereInput[] = [actorScope(ctx)];
  if (f.q) {
    const q = likeLiteral(f.q);
    and.push({
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        // A key figure's address is personal: searched only for members who may see it.
        seesKeyFigures(ctx)
          ? { address: { contains: q, mode: "insensitive" } }
          : { address: { contains: q, mode: "insensitive" }, kind: { not: "key_figure" } },
        { city: { contains: q, mode: "insensitive" } },
        { tags: { has: f.q.toLowerCase() } },
      ],
    });
  }
  if (f.sectors?.length) and.push({ sectorKeys: { hasSome: f.sectors } });
  if (f.kinds?.length) and.push({ kind: { in: f.kinds } });
  if (f.formal !== undefined) and.push({ formal: f.formal });
  if (f.statuses?.length) and.push({ status: { in: f.statuses } });
  if (f.neighbourhoodId) and.push({ neighbourhoodIds: { has: f.neighbourhoodId } });
  if (f.tags?.length) and.push({ tags: { hasSome: f.tags.map((t) => t.toLowerCase()) } });
  if (f.missing === "only") and.push({ missing: true });
  if (f.missing === "exclude") and.push({ missing: false });
  if (f.vindplaats !== undefined) and.push({ vindplaats: f.vindplaats });
  if (f.organisationId) and.push({ organisationId: f.organisationId });
  return { AND: and };
}
