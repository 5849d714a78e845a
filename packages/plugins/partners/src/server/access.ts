import { orNotFound, type Tx } from "@zorgzaam/core";
import type { Prisma } from "@zorgzaam/core/db/client";
import { TRPCError } from "@trpc/server";
import { P } from "../manifest";
import { E } from "./errors";

/** The part of a procedure's context the helpers need. */
export interface PartnersCtx {
  tx: Tx;
  session: { userId: string };
  permissions: Set<string>;
  tenant: { id: string };
  membership: { organisationId: string | null };
}

/**
 * What a member may see: actors shared with the partnership, actors without an owning organisation, and the private
 * actors of their own organisation. Archived actors are left out unless asked for.
 */
export function actorScope(ctx: Pick<PartnersCtx, "membership">, opts: { archived?: boolean } = {}): Prisma.PartnersActorWhereInput {
  const org = ctx.membership.organisationId;
  return {
    ...(opts.archived ? {} : { archivedAt: null }),
    OR: [{ visibility: "partnership" }, { organisationId: null }, ...(org ? [{ organisationId: org }] : [])],
  };
}

/** The same rule in SQL, for raw queries (alias "a"). Parameters: $1 = organisation id or null. */
export const ACTOR_SCOPE_SQL = `(a."visibility" = 'partnership' OR a."organisationId" IS NULL OR a."organisationId" = $1::uuid)`;

/** An actor the caller may see, or NOT_FOUND (also for another tenant's or another organisation's private actor). */
export async function visibleActor(ctx: PartnersCtx, id: string, opts: { archived?: boolean } = {}) {
  return orNotFound(
    await ctx.tx.partnersActor.findFirst({ where: { id, ...actorScope(ctx, { archived: opts.archived ?? true }) } }),
    E.actor,
  );
}

/**
 * An actor the caller may change: visible, and owned by their organisation (or by nobody, i.e. the partnership).
 * Another organisation's shared actor is visible but not editable: FORBIDDEN with a message saying whose it is.
 */
export async function editableActor(ctx: PartnersCtx, id: string, opts: { allowArchived?: boolean } = {}) {
  const a = await visibleActor(ctx, id);
  if (!mayEdit(ctx, a)) throw new TRPCError({ code: "FORBIDDEN", message: E.otherOrganisation });
  if (a.archivedAt && !opts.allowArchived) throw new TRPCError({ code: "BAD_REQUEST", message: E.archived });
  return a;
}

export function mayEdit(ctx: Pick<PartnersCtx, "membership" | "permissions">, a: { organisationId: string | null }): boolean {
  if (!ctx.permissions.has(P.manage)) return false;
  return a.organisationId === null || a.organisationId === ctx.membership.organisationId;
}

export function seesKeyFigures(ctx: Pick<PartnersCtx, "permissions">): boolean {
  return ctx.permissions.has(P.keyFigures);
}

/**
 * Whether an actor's personal details (address, postcode, contacts, person link, exact point) are withheld from this
 * member: a key figure is a person, and only members with the key-figure permission see those details.
 */
export function hidesPersonal(ctx: Pick<PartnersCtx, "permissions">, a: { kind: string }): boolean {
  return a.kind === "key_figure" && !seesKeyFigures(ctx);
}

/**
 * Key figures are people: without the key-figure permission their point is coarsened (about 500 m) and their address
 * is left out, so an exact home or shop address of a person never reaches a browser that does not need it.
 */
export function pointFor(
  ctx: Pick<PartnersCtx, "permissions">,
  a: { kind: string; lat: number | null; lng: number | null },
): { lat: number; lng: number } | null {
  if (a.lat === null || a.lng === null) return null;
  if (!hidesPersonal(ctx, a)) return { lat: a.lat, lng: a.lng };
  return { lat: coarsen(a.lat), lng: coarsen(a.lng) };
}

export function coarsen(x: number): number {
  return Math.round(x * 200) / 200;
}

export async function requireOrganisation(tx: Tx, id: string | null | undefined): Promise<void> {
  if (!id) return;
  orNotFound(await tx.organisation.findUnique({ where: { id }, select: { id: true } }), E.organisation);
}

export async function requireNeighbourhoods(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const n = await tx.neighbourhood.count({ where: { id: { in: unique } } });
  if (n !== unique.length) orNotFound(null, E.neighbourhood);
}

export async function requireMember(tx: Tx, userId: string): Promise<{ name: string }> {
  const m = orNotFound(
    await tx.membership.findFirst({ where: { userId }, select: { user: { select: { name: true, email: true } } } }),
    E.member,
  );
  return { name: m.user.name?.trim() || m.user.email };
}

export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string }).code === "P2002";
}
