import type { Tx } from "@zorgzaam/core/plugin";
import { P } from "../manifest";
import { appError, orThrow } from "./errors";

/**
 * Look-ups that answer NOT_FOUND for a row the caller cannot see: row-level security hides another tenant's rows and
 * (for people and what hangs on them) people outside a field worker's neighbourhoods.
 */
export async function requirePerson(tx: Tx, id: string) {
  return orThrow(await tx.person.findUnique({ where: { id }, select: { id: true, neighbourhoodId: true } }), "burenhulp.person.notFound");
}

export async function requireKind(tx: Tx, id: string) {
  return orThrow(await tx.burenhulpKind.findUnique({ where: { id }, select: { id: true } }), "burenhulp.kind.notFound");
}

export async function requireNeighbourhood(tx: Tx, id: string | null | undefined) {
  if (!id) return;
  orThrow(await tx.neighbourhood.findUnique({ where: { id }, select: { id: true } }), "burenhulp.neighbourhood.notFound");
}

export async function requireOrganisation(tx: Tx, id: string | null | undefined) {
  if (!id) return;
  orThrow(await tx.organisation.findUnique({ where: { id }, select: { id: true } }), "burenhulp.organisation.notFound");
}

export async function requireRequest(tx: Tx, id: string) {
  return orThrow(await tx.burenhulpRequest.findUnique({ where: { id } }), "burenhulp.request.notFound");
}

export async function requireOffer(tx: Tx, id: string) {
  return orThrow(await tx.burenhulpOffer.findUnique({ where: { id } }), "burenhulp.offer.notFound");
}

/** The first day of the current month (UTC), from which a helper's monthly load counts. */
export function monthStart(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/**
 * Notes need their own permission: refused before anything else is looked up (core's guard would refuse the write
 * too, but only after the other checks had answered).
 */
export function assertNotesWritable(
  ctx: { permissions: Set<string> },
  notes: string | null | undefined,
  sent = notes !== undefined && notes !== null,
) {
  if (sent && !ctx.permissions.has(P.notes)) throw appError("burenhulp.notes.forbidden");
}
