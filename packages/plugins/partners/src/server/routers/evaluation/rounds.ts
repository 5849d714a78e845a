import { z } from "zod";
import { P } from "../../../manifest";
import { actorScope, type PartnersCtx, requireNeighbourhoods } from "../../access";
import { memberNames } from "../../actors/present";
import { addActorsInput, addableInput, DEFAULT_ROUND_STATUSES, roundSelection, startInput } from "../../evaluation/input";
import { followUpScope, networkAnswersOf, openRound, rowScope, statusRank, visibleRound } from "../../evaluation/read";
import { actorWhere } from "../../filters";
import { procedure } from "../../procedures";
import { id } from "../../schemas";
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

  /** Actors that could still join an open round: visible, not archived, not a missing place, not in it yet; by name. */
  addable: procedure(P.evaluationManage)
    .input(addableInput)
    .query(async ({ ctx, input }) => {
      const round = await openRound(ctx, input.roundId);
      return ctx.tx.partnersActor.findMany({
        where: {
          AND: [
            actorScope(ctx),
            { missing: false, evaluations: { none: { roundId: round.id } } },
            ...(input.q ? [{ name: { contains: input.q, mode: "insensitive" as const } }] : []),
          ],
        },
        orderBy: { name: "asc" },
        take: 20,
        select: { id: true, name: true, kind: true, status: true },
      });
    }),

  /** Adds actors to an open round (forgotten ones, or new ones met since it started); those already in it are left as they are. */
  addActors: procedure(P.evaluationManage)
    .input(addActorsInput)
    .mutation(async ({ ctx, input }) => {
      const round = await openRound(ctx, input.roundId);
      const chosen = [...new Set(input.actorIds)];
      const rows = await ctx.tx.partnersActor.findMany({
        where: { id: { in: chosen }, ...actorScope(ctx) },
        select: { id: true, status: true },
      });
      if (rows.length !== chosen.length) orThrow(null, "partners.actor.notFound");
      const r = await ctx.tx.partnersEvaluationActor.createMany({
        data: rows.map((a) => ({ tenantId: ctx.tenant.id, roundId: round.id, actorId: a.id, statusAtStart: a.status })),
        skipDuplicates: true,
      });
      await ctx.tx.partnersEvaluationRound.update({ where: { id: round.id }, data: { version: { increment: 1 } } });
      await ctx.audit({
        action: "partners.evaluation.actors_added",
        targetType: "PartnersEvaluationRound",
        targetId: round.id,
        data: { added: r.count },
      });
      return { added: r.count, already: chosen.length - r.count };
    }),

  /**
   * Deletes a round started by mistake: only while nothing is answered in it (no answer about any actor, also those
   * the regie cannot see; no answer about the whole network; no follow-up). After that, a round is history: close it.
   */
  remove: procedure(P.evaluationManage)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const round = await visibleRound(ctx, input.id);
      // Counted over every row of the round, not only those the caller may see: another organisation's answers count too.
      const answered = await ctx.tx.partnersEvaluationActor.count({ where: { roundId: round.id, answeredAt: { not: null } } });
      const followUps = await ctx.tx.partnersFollowUp.count({ where: { roundId: round.id } });
      const network = Object.values(networkAnswersOf(round.networkAnswers)).some((n) => n.text.trim() !== "");
      if (answered > 0 || followUps > 0 || network) throw appError("partners.evaluation.roundAnswered");
      const r = await ctx.tx.partnersEvaluationRound.deleteMany({ where: { id: round.id, version: round.version } });
      if (r.count === 0) throw appError("partners.evaluation.roundConflict");
      await ctx.audit({
        action: "partners.evaluation.deleted",
        targetType: "PartnersEvaluationRound",
        targetId: round.id,
        data: { title: round.title },
      });
      return { ok: true };
    }),
};
