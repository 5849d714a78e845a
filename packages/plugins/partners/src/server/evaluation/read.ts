/**
 * Reading rounds as a member may see them: a round is the tenant's, but its actors (and follow-ups about an actor)
 * follow `actorScope`, so another organisation's private actor never shows in someone else's view of a round.
 */
import type { Tx } from "@zorgzaam/core/plugin";
import type { Prisma } from "@zorgzaam/core/plugin";
import { RELATIONSHIP_STATUSES } from "../../domain";
import { manifest, P } from "../../manifest";
import { actorScope, type PartnersCtx } from "../access";
import { NETWORK_KEYS } from "./questions";
import { appError, orThrow } from "../errors";

export async function visibleRound(ctx: Pick<PartnersCtx, "tx">, id: string) {
  return orThrow(await ctx.tx.partnersEvaluationRound.findFirst({ where: { id } }), "partners.evaluation.roundNotFound");
}

export async function openRound(ctx: Pick<PartnersCtx, "tx">, id: string) {
  const round = await visibleRound(ctx, id);
  if (round.status !== "open") throw appError("partners.evaluation.closed");
  return round;
}

/** The round's rows whose actor the caller may see (archived actors included: the round is history). */
export function rowScope(ctx: Pick<PartnersCtx, "membership">): Prisma.PartnersEvaluationActorWhereInput {
  return { actor: { is: actorScope(ctx, { archived: true }) } };
}

/** Follow-ups about nobody in particular, or about an actor the caller may see. */
export function followUpScope(ctx: Pick<PartnersCtx, "membership">): Prisma.PartnersFollowUpWhereInput {
  return { OR: [{ actorId: null }, { actor: { is: actorScope(ctx, { archived: true }) } }] };
}

export async function visibleRow(ctx: PartnersCtx, roundId: string, actorId: string) {
  return orThrow(
    await ctx.tx.partnersEvaluationActor.findFirst({ where: { roundId, actorId, ...rowScope(ctx) } }),
    "partners.evaluation.actorNotInRound",
  );
}

export async function visibleFollowUp(ctx: PartnersCtx, id: string) {
  return orThrow(await ctx.tx.partnersFollowUp.findFirst({ where: { id, ...followUpScope(ctx) } }), "partners.evaluation.followUpNotFound");
}

/** Order in a round: close partners first, then occasional, dormant, let go, not yet contacted; by name within. */
const STATUS_ORDER: Record<string, number> = { intensive: 0, occasional: 1, dormant: 2, let_go: 3, not_contacted: 4 };
export function statusRank(status: string): number {
  return STATUS_ORDER[status] ?? 9;
}
export function byStatusThenName(a: { statusAtStart: string; name: string }, b: { statusAtStart: string; name: string }) {
  return statusRank(a.statusAtStart) - statusRank(b.statusAtStart) || a.name.localeCompare(b.name, "nl");
}

export interface NetworkAnswer {
  text: string;
  byUserId: string | null;
  at: string | null;
}

/** The stored whole-network answers, read defensively (unknown keys and odd values are left out). */
export function networkAnswersOf(json: unknown): Record<string, NetworkAnswer> {
  const out: Record<string, NetworkAnswer> = {};
  if (!json || typeof json !== "object" || Array.isArray(json)) return out;
  for (const key of NETWORK_KEYS) {
    const v = (json as Record<string, unknown>)[key];
    if (!v || typeof v !== "object") continue;
    const o = v as Record<string, unknown>;
    out[key] = {
      text: typeof o.text === "string" ? o.text : "",
      byUserId: typeof o.byUserId === "string" ? o.byUserId : null,
      at: typeof o.at === "string" ? o.at : null,
    };
  }
  return out;
}

/** Members who can take up a follow-up: those whose roles take part in evaluations by default, by name. */
export async function followUpOwners(tx: Tx): Promise<{ userId: string; name: string }[]> {
  const roles = manifest.permissions.find((p) => p.key === P.evaluate)?.defaultRoles ?? [];
  const rows = await tx.membership.findMany({
    where: { roles: { hasSome: [...roles] } },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
  return rows
    .map((m) => ({ userId: m.userId, name: m.user.name?.trim() || m.user.email }))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

export function isStatus(s: string | null): s is (typeof RELATIONSHIP_STATUSES)[number] {
  return s !== null && (RELATIONSHIP_STATUSES as readonly string[]).includes(s);
}
