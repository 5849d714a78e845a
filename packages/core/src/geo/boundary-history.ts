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
  source: BoundarySource;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The way a neighbourhood's boundary changes once it exists (core's edit form, the restore from its history, a module
 * such as Buurtanalyse after the team decided): it checks the shape and says where the change comes from; the database
 * keeps the boundary it replaces in NeighbourhoodBoundaryVersion with when, by whom (the transaction's user) and from
 * where, so no drawn boundary is ever lost, even by an UPDATE that does not come through here ("direct"). Runs in the caller's transaction, under its
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
  // The database keeps the boundary being replaced (trigger neighbourhood_boundary_keep, migration
  // 20261206050000): here we only say where the change comes from; the user is the transaction's app.user_id.
  await tx.$queryRaw`SELECT set_config('app.boundary_source', ${args.source}, true)`;
  await tx.neighbourhood.update({
    where: { id: current.id },
    data: { boundary: next === null ? P.DbNull : (next as Prisma.InputJsonValue) },
  });
  await tx.$queryRaw`SELECT set_config('app.boundary_source', '', true)`;
  const kept =
    current.boundary === null
      ? null
      : await tx.neighbourhoodBoundaryVersion.findFirst({
          where: { neighbourhoodId: current.id },
          orderBy: { replacedAt: "desc" },
          select: { id: true },
        });
  const versionId = kept?.id ?? null;
  return { changed: true, versionId };
}
