import type { z } from "zod";
import { P } from "../../../manifest";
import { actorScope, type PartnersCtx, requireNeighbourhoods } from "../../access";
import { memberNames } from "../../actors/present";
import { DEFAULT_ROUND_STATUSES, roundSelection, startInput } from "../../evaluation/input";
import { followUpScope, rowScope, statusRank } from "../../evaluation/read";
import { actorWhere } from "../../filters";
import { procedure } from "../../procedures";
import { appError, orThrow } from "../../errors";

/** The actors a new round takes in: visible, not archived, not a missing place, with the chosen statuses. */
async function candidates(ctx: PartnersCtx, sel: z.infer<typeof roundSelection>) {
  if (sel.neighbourhoodId) await requireNeighbourhoods(ctx.tx, [sel.neighbourhoodId]);
  const statuses = [...DEFAULT_ROUND_STATUSES, ...(sel.includeNotContacted ? (["not_contacted"] as const) : [])];
  const rows = await ctx.tx.partnersActor.findMany({
    where: actorWhere(ctx, { statuses, neighbourhoodId: sel.neighbourhoodId ?? undefined, missing: "exclude" }),
    select: { id: true, name: true, kind: true, status: true },
  });
  return rows.sort((a, b) => statusRank(a.status) - statusRank(b.status) || a.name.localeCompare(b.name, "nl"));
}

/** The rounds as a whole: the list, and starting a new one (see ../evaluation.ts). */
export const roundProcedures = {
  /** Every round, newest first, with progress and follow-ups counted over what the caller may see. */
  list: procedure(P.evaluate).query(async ({ ctx }) => {
    const rounds = await ctx.tx.partnersEvaluationRound.findMany({ orderBy: [{ startedAt: "desc" }, { createdAt: "desc" }], take: 200 });
    if (rounds.length === 0) return [];
    const roundIds = rounds.map((r) => r.id);
    const total = await ctx.tx.partnersEvaluationActor.groupBy({
      by: ["roundId"],
      where: { roundId: { in: roundIds }, ...rowScope(ctx) },
      _count: { _all: true },
    });
    const answered = await ctx.tx.partnersEvaluationActor.groupBy({
      by: ["roundId"],
      where: { roundId: { in: roundIds }, answeredAt: { not: null }, ...rowScope(ctx) },
      _count: { _all: true },
    });
    const followUps = await ctx.tx.partnersFollowUp.groupBy({
      by: ["roundId", "status"],
      where: { roundId: { in: roundIds }, ...followUpScope(ctx) },
      _count: { _all: true },
    });
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({
      where: { id: { in: rounds.map((r) => r.neighbourhoodId).filter((x): x is string => x !== null) } },
      select: { id: true, name: true },
    });
    const names = await memberNames(
      ctx.tx,
      rounds.map((r) => r.startedById),
    );
    const count = (rows: { roundId: string; _count: { _all: number } }[], rid: string) =>
      rows.find((r) => r.roundId === rid)?._count._all ?? 0;
    const nbh = new Map(neighbourhoods.map((n) => [n.id, n.name]));
    return rounds.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status as "open" | "closed",
      startedAt: r.startedAt,
      closedAt: r.closedAt,
      neighbourhoodName: r.neighbourhoodId ? (nbh.get(r.neighbourhoodId) ?? null) : null,
      startedByName: r.startedById ? (names.get(r.startedById) ?? null) : null,
      actors: count(total, r.id),
      answered: count(answered, r.id),
      followUpsOpen: followUps.find((f) => f.roundId === r.id && f.status === "open")?._count._all ?? 0,
      followUpsDone: followUps.find((f) => f.roundId === r.id && f.status === "done")?._count._all ?? 0,
    }));
  }),

  /** What the start form offers, and which actors a selection would take in (the regie may leave some out). */
  preview: procedure(P.evaluationManage)
    .input(roundSelection.default({ includeNotContacted: false }))
    .query(async ({ ctx, input }) => {
      const actors = await candidates(ctx, input);
      const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
      return { actors, neighbourhoods };
    }),

  /** Starts a round: a snapshot of each actor's status, and an empty answer row per actor. */
  start: procedure(P.evaluationManage)
    .input(startInput)
    .mutation(async ({ ctx, input }) => {
      let actors = await candidates(ctx, input);
      if (input.actorIds) {
        const chosen = [...new Set(input.actorIds)];
        // Any visible, not archived actor may be chosen (also one outside the selection); anything else is not found.
        const rows = await ctx.tx.partnersActor.findMany({
          where: { id: { in: chosen }, ...actorScope(ctx) },
          select: { id: true, name: true, kind: true, status: true },
        });
        if (rows.length !== chosen.length) orThrow(null, "partners.actor.notFound");
        actors = rows;
      }
      if (actors.length === 0) throw appError("partners.evaluation.noActors");
      const round = await ctx.tx.partnersEvaluationRound.create({
        data: {
          tenantId: ctx.tenant.id,
          title: input.title,
          neighbourhoodId: input.neighbourhoodId ?? null,
          includeNotContacted: input.includeNotContacted,
          startedById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.tx.partnersEvaluationActor.createMany({
        data: actors.map((a) => ({ tenantId: ctx.tenant.id, roundId: round.id, actorId: a.id, statusAtStart: a.status })),
      });
      await ctx.audit({
        action: "partners.evaluation.started",
        targetType: "PartnersEvaluationRound",
        targetId: round.id,
        data: { actors: actors.length, neighbourhoodId: input.neighbourhoodId ?? null, includeNotContacted: input.includeNotContacted },
      });
      return { id: round.id, actors: actors.length };
    }),
};
