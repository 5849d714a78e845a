import type { Tx } from "@zorgzaam/core/plugin";
import { P } from "../manifest";
import { appError, orThrow } from "./errors";

/**
 * Look-ups that answer NOT_FOUND for a row the caller cannot see: row-level security hides another tenant's rows and,
 * for a member with neighbourhoods, the analyses of other neighbourhoods and everything that hangs on them.
 */
export async function requireAnalysis(tx: Tx, id: string) {
  return orThrow(await tx.buurtanalyseAnalysis.findUnique({ where: { id } }), "buurtanalyse.analysis.notFound");
}

export async function requireHypothesis(tx: Tx, id: string, analysisId?: string) {
  const h = await tx.buurtanalyseHypothesis.findUnique({ where: { id } });
  return orThrow(h && (!analysisId || h.analysisId === analysisId) ? h : null, "buurtanalyse.hypothesis.notFound");
}

export async function requireNeighbourhoods(tx: Tx, ids: readonly string[]) {
  const found = await tx.neighbourhood.findMany({ where: { id: { in: [...ids] } }, select: { id: true, sectorCodes: true } });
  if (found.length !== new Set(ids).size) throw appError("buurtanalyse.neighbourhood.notFound");
  return found;
}

/** Team members must be members of this tenant (Membership is under the tenant's row-level security). */
export async function requireMembers(tx: Tx, userIds: readonly string[]) {
  if (userIds.length === 0) return;
  const found = await tx.membership.findMany({ where: { userId: { in: [...userIds] } }, select: { userId: true } });
  if (new Set(found.map((m) => m.userId)).size !== new Set(userIds).size) throw appError("buurtanalyse.member.notFound");
}

/** Working notes need their own permission: refused before anything is written (core's guard would refuse too). */
export function assertNotesWritable(ctx: { permissions: Set<string> }, notes: unknown) {
  if (notes !== undefined && notes !== null && !ctx.permissions.has(P.notes)) throw appError("buurtanalyse.notes.forbidden");
}
