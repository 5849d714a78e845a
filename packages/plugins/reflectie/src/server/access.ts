import type { Tx } from "@zorgzaam/core/plugin";
import type { Prisma } from "@zorgzaam/core/plugin";
import { P } from "../manifest";
import { appError, orThrow } from "./errors";

/** The part of a procedure's context the helpers need. */
export interface ReflectieCtx {
  tx: Tx;
  session: { userId: string };
  permissions: Set<string>;
  tenant: { id: string };
}

/** Regie (sessions.manage) sees and works in every session; everyone else only in the sessions they are invited to. */
export function seesAllSessions(ctx: Pick<ReflectieCtx, "permissions">): boolean {
  return ctx.permissions.has(P.manage);
}

export function sessionScope(ctx: ReflectieCtx): Prisma.ReflectieSessionWhereInput {
  return seesAllSessions(ctx) ? {} : { participants: { some: { userId: ctx.session.userId } } };
}

/**
 * A session the caller may see, or NOT_FOUND (the same answer for a session of another tenant, one that does not
 * exist, and one the caller is not invited to: nothing about its existence leaks). `open` refuses closed sessions.
 */
export async function visibleSession(ctx: ReflectieCtx, id: string, opts: { open?: boolean } = {}) {
  const s = orThrow(
    await ctx.tx.reflectieSession.findFirst({
      where: { id, ...sessionScope(ctx) },
      select: { id: true, title: true, status: true, version: true },
    }),
    "reflectie.session.notFound",
  );
  if (opts.open && s.status === "closed") throw appError("reflectie.session.closed");
  return s;
}

export interface MemberInfo {
  userId: string;
  name: string;
  email: string;
  locale: string | null;
  roles: string[];
}

/** Members of the tenant among these user ids (the others are left out). */
export async function membersById(tx: Tx, userIds: readonly string[]): Promise<Map<string, MemberInfo>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx.membership.findMany({
    where: { userId: { in: [...new Set(userIds)] } },
    select: { userId: true, roles: true, user: { select: { name: true, email: true, locale: true } } },
  });
  return new Map(
    rows.map((m) => [
      m.userId,
      { userId: m.userId, name: m.user.name?.trim() || m.user.email, email: m.user.email, locale: m.user.locale, roles: m.roles },
    ]),
  );
}

/** The members, or NOT_FOUND when one of the ids is not a member of this tenant. */
export async function requireMembers(tx: Tx, userIds: readonly string[]): Promise<Map<string, MemberInfo>> {
  const found = await membersById(tx, userIds);
  for (const id of userIds) if (!found.has(id)) orThrow(null, "reflectie.member.notFound");
  return found;
}

export async function requireNeighbourhood(tx: Tx, id: string | null | undefined): Promise<void> {
  if (!id) return;
  orThrow(await tx.neighbourhood.findUnique({ where: { id }, select: { id: true } }), "reflectie.neighbourhood.notFound");
}

export async function neighbourhoodNames(tx: Tx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.neighbourhood.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((n) => [n.id, n.name]));
}

export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string }).code === "P2002";
}
