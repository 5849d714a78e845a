import type { Prisma, Tx } from "../db/client";
import { Prisma as P } from "../generated/prisma/client";
import { type BoundaryGeometry, parseBoundary } from "./boundary";

/** Where a boundary change comes from: core's own edit, a restore from the history, or a module (its id). */
export type BoundarySource = "core" | "restore" | (string & {});

export interface SetBoundaryArgs {
  tenantId: string;
  neighbourhoodId: string;
  /** The new boundary (checked again here: a module cannot write a broken shape), or null to remove it. */
  boundary: unknown;
  /** Who changes it (kept with the boundary it replaces). */
  userId: string | null;
  source: BoundarySource;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The one way a neighbourhood's boundary changes once it exists (core's edit form, the restore from its history, a
 * module such as Buurtanalyse after the team decided): the boundary it replaces is kept in NeighbourhoodBoundaryVersion
 * with when, by whom and from where, so no drawn boundary is ever lost. Runs in the caller's transaction, under its
 * tenant's row-level security (a neighbourhood of another tenant is not found). Returns whether anything changed and
 * the id of the kept version (null when there was no boundary before or nothing changed).
 */
export async function setNeighbourhoodBoundary(tx: Tx, args: SetBoundaryArgs): Promise<{ changed: boolean; versionId: string | null }> {
  if (args.source.length < 1 || args.source.length > 200) throw new Error("boundary source: 1 to 200 characters");
  const next: BoundaryGeometry | null = args.boundary === null ? null : parseBoundary(args.boundary);
  const current = await tx.neighbourhood.findUnique({
    where: { id: args.neighbourhoodId },
    select: { id: true, tenantId: true, boundary: true },
  });
  if (!current || current.tenantId !== args.tenantId) throw new Error("neighbourhood not found");
  if (same(current.boundary, next)) return { changed: false, versionId: null };
  let versionId: string | null = null;
  if (current.boundary !== null) {
    const v = await tx.neighbourhoodBoundaryVersion.create({
      data: {
        tenantId: args.tenantId,
        neighbourhoodId: current.id,
        boundary: current.boundary as Prisma.InputJsonValue,
        source: args.source,
        replacedById: args.userId,
      },
      select: { id: true },
    });
    versionId = v.id;
  }
  await tx.neighbourhood.update({
    where: { id: current.id },
    data: { boundary: next === null ? P.DbNull : (next as Prisma.InputJsonValue) },
  });
  return { changed: true, versionId };
}
