import { type Sql, sql, sqlEmpty, type Tx } from "@zorgzaam/core/plugin";
import type { Prisma } from "@zorgzaam/core/plugin";
import { P } from "../manifest";
import { appError, orThrow } from "./errors";

/** The part of a procedure's context the helpers need. */
export interface PartnersCtx {
  tx: Tx;
  session: { userId: string };
  permissions: Set<string>;
  tenant: { id: string };
  membership: { organisationId: string | null };
}

/** One rule in both forms: Prisma's where for the models, and SQL for the map's statements (the actor's alias is "a"). */
export interface Clause {
  prisma: Prisma.PartnersActorWhereInput;
  sql: Sql;
}

/**
 * What a member may see: actors shared with the partnership, actors without an owning organisation, and the private
 * actors of their own organisation. Archived actors are left out unless asked for. Stated once, in both forms side by
 * side; `actorScope` and `actorScopeSql` hand out one of them (map.int.test.ts checks that they select the same rows).
 */
export function visibility(ctx: Pick<PartnersCtx, "membership">, opts: { archived?: boolean } = {}): Clause {
  const org = ctx.membership.organisationId;
  return {
    prisma: {
      ...(opts.archived ? {} : { archivedAt: null }),
      OR: [{ visibility: "partnership" }, { organisationId: null }, ...(org ? [{ organisationId: org }] : [])],
    },
    sql: sql`(${opts.archived ? sqlEmpty : sql`a."archivedAt" IS NULL AND `}(a."visibility" = 'partnership' OR a."organisationId" IS NULL${
      org ? sql` OR a."organisationId" = ${org}::uuid` : sqlEmpty
    }))`,
  };
}

/** The visibility rule as a Prisma condition. */
export function actorScope(ctx: Pick<PartnersCtx, "membership">, opts: { archived?: boolean } = {}): Prisma.PartnersActorWhereInput {
  return visibility(ctx, opts).prisma;
}

/** The visibility rule as a SQL fragment on the actor alias "a" (its organisation travels as a bound parameter). */
export function actorScopeSql(ctx: Pick<PartnersCtx, "membership">, opts: { archived?: boolean } = {}): Sql {
  return visibility(ctx, opts).sql;
}

/** An actor the caller may see, or NOT_FOUND (also for another tenant's or another organisation's private actor). */
export async function visibleActor(ctx: PartnersCtx, id: string, opts: { archived?: boolean } = {}) {
  return orThrow(
    await ctx.tx.partnersActor.findFirst({ where: { id, ...actorScope(ctx, { archived: opts.archived ?? true }) } }),
    "partners.actor.notFound",
  );
}

/**
 * An actor the caller may change: visible, and owned by their organisation (or by nobody, i.e. the partnership).
 * Another organisation's shared actor is visible but not editable: FORBIDDEN with a message saying whose it is.
 */
export async function editableActor(ctx: PartnersCtx, id: string, opts: { allowArchived?: boolean } = {}) {
  const a = await visibleActor(ctx, id);
  if (!mayEdit(ctx, a)) throw appError("partners.actor.otherOrganisation");
  if (a.archivedAt && !opts.allowArchived) throw appError("partners.actor.archived");
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
 * SQL on the actor alias "a": the key figure's Person is one the member may not see (outside her neighbourhoods, ADR
 * 0011). Row-level security on "Person" decides, so the lookup finds nothing exactly then. Such a key figure is shown as
 * to a member without the key-figure permission (no address, a coarsened point), like `presentActor` does.
 */
export const PERSON_HIDDEN_SQL: Sql = sql`(a."personId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = a."personId"))`;

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
  orThrow(await tx.organisation.findUnique({ where: { id }, select: { id: true } }), "partners.organisation.notFound");
}

export async function requireNeighbourhoods(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const n = await tx.neighbourhood.count({ where: { id: { in: unique } } });
  if (n !== unique.length) orThrow(null, "partners.neighbourhood.notFound");
}

export async function requireMember(tx: Tx, userId: string): Promise<{ name: string }> {
  const m = orThrow(
    await tx.membership.findFirst({ where: { userId }, select: { user: { select: { name: true, email: true } } } }),
    "partners.member.notFound",
  );
  return { name: m.user.name?.trim() || m.user.email };
}

export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string }).code === "P2002";
}
