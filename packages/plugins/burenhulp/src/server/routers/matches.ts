import { router, sql } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { LOAD_STATUSES, MATCH_NEXT, MATCH_STATUSES, type MatchStatus } from "../../domain";
import { explain, type ReasonWords } from "../../explain";
import { P } from "../../manifest";
import { type HelperFacts, type MatchRequest, proposeCandidates } from "../../matching";
import { messages } from "../../messages/index";
import { monthStart, requireOffer, requireRequest } from "../access";
import { appError, orThrow } from "../errors";
import { procedure } from "../procedures";
import { mailConfirmedHelper } from "../follow-up";
import { syncContactMessage } from "./partner";
import { offersPassingHardFilters } from "../candidates";
import { facilitated, facilitates } from "../modes";
import { id } from "../schemas";
import type { Tx } from "@zorgzaam/core/plugin";

const FINAL = new Set(["closed", "cancelled", "referred"]);

type Ctx = { tx: Tx; settings: { mode: string; radiusM: number; defaultMaxPerMonth: number } };

/** The request's neighbourhood matches at all (it does not only facilitate, BH-10). One small read. */
async function assertPlaceMatches(ctx: Ctx, r: { neighbourhoodId: string | null }) {
  if (facilitates(await facilitated(ctx), r.neighbourhoodId)) throw appError("burenhulp.match.facilitation");
}

/** A request that may be matched: small help (or not yet triaged), not closed; and the tenant matches at all. */
function assertMatchable(ctx: Ctx, r: { weight: string; status: string }) {
  if (ctx.settings.mode === "facilitation") throw appError("burenhulp.match.facilitation");
  if (r.weight === "heavy") throw appError("burenhulp.request.heavyNoMatch");
  if (FINAL.has(r.status)) throw appError("burenhulp.request.closed");
}

/**
 * Each helper's load this month (over all her matches, also those for requests the caller cannot see: the database
 * function burenhulp_helper_load), her own limit and earlier help done for the asker.
 */
export async function helperFacts(tx: Tx, personIds: string[], askerId: string | null): Promise<(personId: string) => HelperFacts> {
  const since = monthStart();
  const load = new Map(
    (
      await tx.$queryRaw<{ personId: string; thisMonth: number }[]>(
        sql`SELECT "personId", "thisMonth" FROM burenhulp_helper_load(${personIds}::uuid[], ${since}::timestamptz, ${[...LOAD_STATUSES]}::text[])`,
      )
    ).map((r) => [r.personId, r.thisMonth]),
  );
  // Earlier good help with this asker: her requests are the caller's to see (she sees this request).
  const done = askerId
    ? await tx.burenhulpMatch.findMany({
        where: { offer: { personId: { in: personIds } }, status: "done", request: { personId: askerId } },
        select: { offer: { select: { personId: true } } },
      })
    : [];
  const limits = new Map(
    (await tx.burenhulpHelper.findMany({ where: { personId: { in: personIds } }, select: { personId: true, maxPerMonth: true } })).map(
      (h) => [h.personId, h.maxPerMonth],
    ),
  );
  return (personId) => ({
    thisMonth: load.get(personId) ?? 0,
    maxPerMonth: limits.get(personId),
    doneWithAsker: done.filter((m) => m.offer.personId === personId).length,
  });
}

export const matchesRouter = router({
  /** The helpers the system proposes for a request, best first, each with why (in the reader's language). */
  candidates: procedure(P.view)
    .input(z.object({ requestId: id }))
    .query(async ({ ctx, input }) => {
      const r = await requireRequest(ctx.tx, input.requestId);
      assertMatchable(ctx, r);
      // The hard filters in one statement (only the offers that pass come back, with their helpers' facts); the
      // score and its reasons in TypeScript, for those few.
      const request = { ...r, whenKind: r.whenKind as MatchRequest["whenKind"] };
      const { offers, facts } = await offersPassingHardFilters(ctx.tx, {
        tenantId: ctx.tenant.id,
        request,
        radiusM: ctx.settings.radiusM,
        defaultMaxPerMonth: ctx.settings.defaultMaxPerMonth,
      });
      // None passed: perhaps the neighbourhood only facilitates (the statement returns no offer there); then say so.
      if (offers.length === 0) await assertPlaceMatches(ctx, r);
      const candidates = proposeCandidates(request, offers, facts, ctx.settings);
      const words = (messages[ctx.locale] as { reasons: ReasonWords }).reasons;
      // Names only for the ten shown (a kind may have hundreds of active offers).
      const shown = candidates.slice(0, 10);
      const names = new Map(
        (
          await ctx.tx.person.findMany({
            where: { id: { in: shown.map((c) => c.personId) } },
            select: { id: true, firstName: true, lastName: true },
          })
        ).map((p) => [p.id, { firstName: p.firstName, lastName: p.lastName }]),
      );
      return shown.map((c) => ({
        ...c,
        person: names.get(c.personId) ?? null,
        explanation: explain(c.reasons, words, ctx.locale),
      }));
    }),

  /** A worker proposes a helper for a request (step "proposed"); the hard filters hold here too. */
  create: procedure(P.manage)
    .input(z.object({ requestId: id, offerId: id }))
    .mutation(async ({ ctx, input }) => {
      const r = await requireRequest(ctx.tx, input.requestId);
      const o = await requireOffer(ctx.tx, input.offerId);
      assertMatchable(ctx, r);
      await assertPlaceMatches(ctx, r);
      if (o.status !== "active") throw appError("burenhulp.offer.notActive");
      if (o.kindId !== r.kindId) throw appError("burenhulp.offer.otherKind");
      if (r.personId && o.personId === r.personId) throw appError("burenhulp.offer.ownRequest");
      const facts = (await helperFacts(ctx.tx, [o.personId], r.personId))(o.personId);
      const max = facts.maxPerMonth ?? ctx.settings.defaultMaxPerMonth;
      if (facts.thisMonth >= max) throw appError("burenhulp.match.overLimit", { max });
      if (await ctx.tx.burenhulpMatch.findFirst({ where: { requestId: r.id, offerId: o.id }, select: { id: true } }))
        throw appError("burenhulp.match.exists");
      // Place and time are advice for the worker (she may know better); kind, the asker herself and the limit hold.
      const m = await ctx.tx.burenhulpMatch.create({
        data: { tenantId: ctx.tenant.id, requestId: r.id, offerId: o.id, createdById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({ action: "burenhulp.match.created", targetType: "BurenhulpMatch", targetId: m.id });
      return m;
    }),

  /**
   * The next step of a match: contacted, confirmed, done, or cancelled (with `declined` when the helper said no; no
   * reason asked). A confirmed match marks the request matched; a done one closes it; a cancelled one reopens it
   * when no other match holds it.
   */
  setStatus: procedure(P.manage)
    .input(z.object({ id, status: z.enum(MATCH_STATUSES), declined: z.boolean().optional() }))
    .mutation(async ({ ctx, input }) => {
      const m = orThrow(
        await ctx.tx.burenhulpMatch.findUnique({ where: { id: input.id }, include: { request: true } }),
        "burenhulp.match.notFound",
      );
      const from = m.status as MatchStatus;
      if (!MATCH_NEXT[from].includes(input.status)) throw appError("burenhulp.match.step");
      await ctx.tx.burenhulpMatch.update({
        where: { id: m.id },
        data: { status: input.status, declined: input.status === "cancelled" && input.declined === true, statusChangedAt: new Date() },
      });
      const r = m.request;
      if (input.status === "confirmed" && !FINAL.has(r.status))
        await ctx.tx.burenhulpRequest.update({ where: { id: r.id }, data: { status: "matched", version: { increment: 1 } } });
      if (input.status === "done" && !FINAL.has(r.status))
        await ctx.tx.burenhulpRequest.update({
          where: { id: r.id },
          data: { status: "closed", closedAt: new Date(), version: { increment: 1 } },
        });
      if (input.status === "cancelled" && r.status === "matched") {
        const holding = await ctx.tx.burenhulpMatch.count({ where: { requestId: r.id, status: "confirmed" } });
        if (holding === 0)
          await ctx.tx.burenhulpRequest.update({ where: { id: r.id }, data: { status: "open", version: { increment: 1 } } });
      }
      await syncContactMessage(ctx.tx, r.id);
      // The helper hears it by mail (in the outbox, with this change): whom she helps, what, when and where.
      if (input.status === "confirmed") await mailConfirmedHelper(ctx, m.id);
      await ctx.audit({
        action: "burenhulp.match.status",
        targetType: "BurenhulpMatch",
        targetId: m.id,
        data: { from, to: input.status, declined: input.declined === true },
      });
      return { ok: true };
    }),
});
