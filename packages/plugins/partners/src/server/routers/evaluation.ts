import { badRequest, conflict, orNotFound, router } from "@zorgzaam/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { P } from "../../manifest";
import { actorScope, mayEdit, type PartnersCtx, requireMember, requireNeighbourhoods, visibleActor } from "../access";
import { memberNames } from "../actors/present";
import { E } from "../errors";
import { saveActorAnswers, saveNetworkAnswer } from "../evaluation/answers";
import { EE } from "../evaluation/errors";
import { actorMoves, type FigureRow, roundFigures } from "../evaluation/figures";
import {
  answerInput,
  closeInput,
  compareInput,
  DEFAULT_ROUND_STATUSES,
  followUpCreate,
  followUpUpdate,
  networkAnswerInput,
  roundSelection,
  startInput,
} from "../evaluation/input";
import {
  byStatusThenName,
  followUpOwners,
  followUpScope,
  networkAnswersOf,
  openRound,
  rowScope,
  statusRank,
  visibleFollowUp,
  visibleRound,
  visibleRow,
} from "../evaluation/read";
import { actorWhere } from "../filters";
import { recordChange } from "../history";
import { procedure } from "../procedures";
import { id } from "../schemas";

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

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Network evaluation rounds: the regie starts a round, the team answers the guiding questions per actor and for the
 * whole network, records follow-ups, and the regie closes it (optionally applying the proposed statuses, which then
 * go through the actor history). Every read follows `actorScope`: a round shows each member only the actors they may
 * see, and a follow-up about an invisible actor does not exist for them.
 */
export const evaluationRouter = router({
  /** Every round, newest first, with progress and follow-ups counted over what the caller may see. */
  list: procedure(P.evaluate).query(async ({ ctx }) => {
    const rounds = await ctx.tx.partnersEvaluationRound.findMany({ orderBy: [{ startedAt: "desc" }, { createdAt: "desc" }], take: 200 });
    if (rounds.length === 0) return [];
    const roundIds = rounds.map((r) => r.id);
    const [total, answered, followUps, neighbourhoods, names] = await Promise.all([
      ctx.tx.partnersEvaluationActor.groupBy({
        by: ["roundId"],
        where: { roundId: { in: roundIds }, ...rowScope(ctx) },
        _count: { _all: true },
      }),
      ctx.tx.partnersEvaluationActor.groupBy({
        by: ["roundId"],
        where: { roundId: { in: roundIds }, answeredAt: { not: null }, ...rowScope(ctx) },
        _count: { _all: true },
      }),
      ctx.tx.partnersFollowUp.groupBy({
        by: ["roundId", "status"],
        where: { roundId: { in: roundIds }, ...followUpScope(ctx) },
        _count: { _all: true },
      }),
      ctx.tx.neighbourhood.findMany({
        where: { id: { in: rounds.map((r) => r.neighbourhoodId).filter((x): x is string => x !== null) } },
        select: { id: true, name: true },
      }),
      memberNames(
        ctx.tx,
        rounds.map((r) => r.startedById),
      ),
    ]);
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
      const [actors, neighbourhoods] = await Promise.all([
        candidates(ctx, input),
        ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
      ]);
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
        if (rows.length !== chosen.length) orNotFound(null, E.actor);
        actors = rows;
      }
      if (actors.length === 0) throw badRequest(EE.noActors);
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

  /** One round for the walk-through: its actors (as the caller may see them), answers, network answers, follow-ups. */
  get: procedure(P.evaluate)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const round = await visibleRound(ctx, input.id);
      const [rows, followUps, neighbourhood, owners] = await Promise.all([
        ctx.tx.partnersEvaluationActor.findMany({
          where: { roundId: round.id, ...rowScope(ctx) },
          include: {
            actor: {
              select: {
                id: true,
                name: true,
                kind: true,
                status: true,
                offersUs: true,
                offersThem: true,
                organisationId: true,
                archivedAt: true,
                version: true,
              },
            },
          },
        }),
        ctx.tx.partnersFollowUp.findMany({
          where: { roundId: round.id, ...followUpScope(ctx) },
          orderBy: { createdAt: "asc" },
          include: { actor: { select: { name: true } } },
        }),
        round.neighbourhoodId
          ? ctx.tx.neighbourhood.findFirst({ where: { id: round.neighbourhoodId }, select: { name: true } })
          : Promise.resolve(null),
        followUpOwners(ctx.tx),
      ]);
      const network = networkAnswersOf(round.networkAnswers);
      const names = await memberNames(ctx.tx, [
        round.startedById,
        round.closedById,
        ...rows.map((r) => r.answeredById),
        ...followUps.map((f) => f.ownerUserId),
        ...Object.values(network).map((n) => n.byUserId),
      ]);
      const nameOf = (u: string | null) => (u ? (names.get(u) ?? null) : null);
      const actors = rows
        .map((r) => ({
          rowId: r.id,
          actorId: r.actorId,
          name: r.actor.name,
          kind: r.actor.kind,
          status: r.actor.status,
          offersUs: r.actor.offersUs,
          offersThem: r.actor.offersThem,
          archived: r.actor.archivedAt !== null,
          statusAtStart: r.statusAtStart,
          answers: {
            worksTogether: r.worksTogether,
            mutual: r.mutual,
            worthWaking: r.worthWaking,
            opensNetworks: r.opensNetworks,
            proposedStatus: r.proposedStatus,
            note: r.note,
          },
          answeredByName: nameOf(r.answeredById),
          answeredAt: r.answeredAt,
          appliedStatus: r.appliedStatus,
          version: r.version,
          mayApply: mayEdit(ctx, r.actor) && r.actor.archivedAt === null,
        }))
        .sort(byStatusThenName);
      return {
        id: round.id,
        title: round.title,
        status: round.status as "open" | "closed",
        version: round.version,
        neighbourhoodName: neighbourhood?.name ?? null,
        includeNotContacted: round.includeNotContacted,
        startedAt: round.startedAt,
        startedByName: nameOf(round.startedById),
        closedAt: round.closedAt,
        closedByName: nameOf(round.closedById),
        progress: { answered: actors.filter((a) => a.answeredAt !== null).length, total: actors.length },
        actors,
        network: Object.fromEntries(Object.entries(network).map(([k, v]) => [k, { text: v.text, byName: nameOf(v.byUserId), at: v.at }])),
        followUps: followUps.map((f) => ({
          id: f.id,
          text: f.text,
          actorId: f.actorId,
          actorName: f.actor?.name ?? null,
          ownerUserId: f.ownerUserId,
          ownerName: nameOf(f.ownerUserId),
          dueDate: day(f.dueDate),
          status: f.status as "open" | "done" | "dropped",
          version: f.version,
          mine: f.createdById === ctx.session.userId,
        })),
        /** Proposed statuses that differ from the actor's status now: what closing may apply. */
        proposals: actors
          .filter((a) => a.answers.proposedStatus !== null && a.answers.proposedStatus !== a.status)
          .map((a) => ({ actorId: a.actorId, name: a.name, from: a.status, to: a.answers.proposedStatus as string, mayApply: a.mayApply })),
        owners,
        canManage: ctx.permissions.has(P.evaluationManage),
      };
    }),

  /** Saves some answers for one actor (only what changed; see evaluation/answers.ts for the concurrency rule). */
  answer: procedure(P.evaluate)
    .input(answerInput)
    .mutation(async ({ ctx, input }) => {
      await openRound(ctx, input.roundId);
      const row = await visibleRow(ctx, input.roundId, input.actorId);
      const fields = await saveActorAnswers(ctx, row, input.answers, input.before);
      if (fields.length)
        await ctx.audit({
          action: "partners.evaluation.answered",
          targetType: "PartnersEvaluationActor",
          targetId: row.id,
          data: { roundId: input.roundId, actorId: input.actorId, fields },
        });
      const now = await ctx.tx.partnersEvaluationActor.findUniqueOrThrow({ where: { id: row.id } });
      return {
        answers: {
          worksTogether: now.worksTogether,
          mutual: now.mutual,
          worthWaking: now.worthWaking,
          opensNetworks: now.opensNetworks,
          proposedStatus: now.proposedStatus,
          note: now.note,
        },
        answeredAt: now.answeredAt,
        version: now.version,
      };
    }),

  /** Saves the answer to one whole-network question (compare-and-set on the text the person saw). */
  networkAnswer: procedure(P.evaluate)
    .input(networkAnswerInput)
    .mutation(async ({ ctx, input }) => {
      await openRound(ctx, input.roundId);
      await saveNetworkAnswer(ctx, input.roundId, input.key, input.text, input.before);
      await ctx.audit({
        action: "partners.evaluation.network_answered",
        targetType: "PartnersEvaluationRound",
        targetId: input.roundId,
        data: { key: input.key },
      });
      return { key: input.key, text: input.text };
    }),

  followUps: router({
    create: procedure(P.evaluate)
      .input(followUpCreate)
      .mutation(async ({ ctx, input }) => {
        const round = await openRound(ctx, input.roundId);
        if (input.actorId) await visibleActor(ctx, input.actorId);
        if (input.ownerUserId) await requireMember(ctx.tx, input.ownerUserId);
        const f = await ctx.tx.partnersFollowUp.create({
          data: {
            tenantId: ctx.tenant.id,
            roundId: round.id,
            text: input.text,
            actorId: input.actorId ?? null,
            ownerUserId: input.ownerUserId ?? null,
            dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00.000Z`) : null,
            createdById: ctx.session.userId,
          },
          select: { id: true, version: true },
        });
        await ctx.audit({
          action: "partners.evaluation.followup_created",
          targetType: "PartnersFollowUp",
          targetId: f.id,
          data: { roundId: round.id, actorId: input.actorId ?? null },
        });
        return f;
      }),

    /** Changes a follow-up (also after the round closed: that is when most get done). */
    update: procedure(P.evaluate)
      .input(followUpUpdate)
      .mutation(async ({ ctx, input }) => {
        const f = await visibleFollowUp(ctx, input.id);
        if (input.actorId) await visibleActor(ctx, input.actorId);
        if (input.ownerUserId) await requireMember(ctx.tx, input.ownerUserId);
        if (f.version !== input.version) throw conflict(EE.followUpConflict);
        const r = await ctx.tx.partnersFollowUp.updateMany({
          where: { id: f.id, version: input.version },
          data: {
            ...(input.text !== undefined ? { text: input.text } : {}),
            ...(input.actorId !== undefined ? { actorId: input.actorId } : {}),
            ...(input.ownerUserId !== undefined ? { ownerUserId: input.ownerUserId } : {}),
            ...(input.dueDate !== undefined ? { dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00.000Z`) : null } : {}),
            ...(input.status !== undefined && input.status !== f.status
              ? { status: input.status, doneAt: input.status === "done" ? new Date() : null }
              : {}),
            version: { increment: 1 },
          },
        });
        if (r.count === 0) throw conflict(EE.followUpConflict);
        await ctx.audit({
          action: "partners.evaluation.followup_updated",
          targetType: "PartnersFollowUp",
          targetId: f.id,
          data: { roundId: f.roundId, status: input.status ?? f.status },
        });
        return { id: f.id, version: input.version + 1 };
      }),

    /** Removes a follow-up made by mistake: by whoever made it, or the regie; only while the round is open. */
    delete: procedure(P.evaluate)
      .input(z.object({ id }))
      .mutation(async ({ ctx, input }) => {
        const f = await visibleFollowUp(ctx, input.id);
        await openRound(ctx, f.roundId);
        if (f.createdById !== ctx.session.userId && !ctx.permissions.has(P.evaluationManage)) {
          throw new TRPCError({ code: "FORBIDDEN", message: EE.deleteNotYours });
        }
        await ctx.tx.partnersFollowUp.delete({ where: { id: f.id } });
        await ctx.audit({
          action: "partners.evaluation.followup_deleted",
          targetType: "PartnersFollowUp",
          targetId: f.id,
          data: { roundId: f.roundId },
        });
        return { ok: true };
      }),
  }),

  /**
   * Closes the round. `apply` lists the proposed statuses the regie confirmed; each must still be the proposal, the
   * actor must be one the regie may change, and it must not have changed meanwhile. Applied statuses go through the
   * actor history like any other status change, and the round records which were applied.
   */
  close: procedure(P.evaluationManage)
    .input(closeInput)
    .mutation(async ({ ctx, input }) => {
      const round = await visibleRound(ctx, input.id);
      if (round.status !== "open") throw new TRPCError({ code: "PRECONDITION_FAILED", message: EE.alreadyClosed });
      const now = new Date();
      const applied: string[] = [];
      const seen = new Set<string>();
      for (const item of input.apply) {
        if (seen.has(item.actorId)) continue;
        seen.add(item.actorId);
        const row = orNotFound(
          await ctx.tx.partnersEvaluationActor.findFirst({
            where: { roundId: round.id, actorId: item.actorId, ...rowScope(ctx) },
            include: { actor: true },
          }),
          EE.actorNotInRound,
        );
        const a = row.actor;
        if (row.proposedStatus !== item.status) throw conflict(EE.proposalChanged(a.name));
        if (!mayEdit(ctx, a) || a.archivedAt) throw new TRPCError({ code: "FORBIDDEN", message: EE.cannotApply(a.name) });
        if (a.status === item.status) continue;
        const r = await ctx.tx.partnersActor.updateMany({
          where: { id: a.id, version: a.version, status: a.status },
          data: { status: item.status, statusChangedAt: now, version: { increment: 1 } },
        });
        if (r.count === 0) throw conflict(EE.actorChanged(a.name));
        await recordChange(ctx.tx, {
          tenantId: ctx.tenant.id,
          actorId: a.id,
          kind: "status",
          statusAfter: item.status,
          fields: { status: [a.status, item.status], note: [null, `Netwerkevaluatie: ${round.title}`] },
          byUserId: ctx.session.userId,
          at: now,
        });
        await ctx.tx.partnersEvaluationActor.update({ where: { id: row.id }, data: { appliedStatus: item.status, appliedAt: now } });
        await ctx.audit({
          action: "partners.actor.status",
          targetType: "PartnersActor",
          targetId: a.id,
          data: { from: a.status, to: item.status, roundId: round.id },
        });
        applied.push(a.id);
      }
      const r = await ctx.tx.partnersEvaluationRound.updateMany({
        where: { id: round.id, status: "open" },
        data: { status: "closed", closedAt: now, closedById: ctx.session.userId, version: { increment: 1 } },
      });
      if (r.count === 0) throw conflict(EE.roundConflict);
      await ctx.audit({
        action: "partners.evaluation.closed",
        targetType: "PartnersEvaluationRound",
        targetId: round.id,
        data: { applied: applied.length },
      });
      return { applied };
    }),

  /** Opens a closed round again (statuses already applied stay applied; they are in the actors' history). */
  reopen: procedure(P.evaluationManage)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const round = await visibleRound(ctx, input.id);
      if (round.status !== "closed") throw new TRPCError({ code: "PRECONDITION_FAILED", message: EE.alreadyOpen });
      const r = await ctx.tx.partnersEvaluationRound.updateMany({
        where: { id: round.id, status: "closed" },
        data: { status: "open", closedAt: null, closedById: null, version: { increment: 1 } },
      });
      if (r.count === 0) throw conflict(EE.roundConflict);
      await ctx.audit({ action: "partners.evaluation.reopened", targetType: "PartnersEvaluationRound", targetId: round.id });
      return { ok: true };
    }),

  /**
   * Rounds side by side (oldest first): per round the figures over the actors the caller may see, and per actor how
   * the status at the start and the answers moved from round to round.
   */
  compare: procedure(P.evaluate)
    .input(compareInput)
    .query(async ({ ctx, input }) => {
      const ids = [...new Set(input.roundIds)];
      const rounds = await ctx.tx.partnersEvaluationRound.findMany({ where: { id: { in: ids } }, orderBy: { startedAt: "asc" } });
      if (rounds.length !== ids.length) orNotFound(null, EE.round);
      const roundIds = rounds.map((r) => r.id);
      const [rows, followUps] = await Promise.all([
        ctx.tx.partnersEvaluationActor.findMany({
          where: { roundId: { in: roundIds }, ...rowScope(ctx) },
          include: { actor: { select: { name: true, kind: true, status: true } } },
        }),
        ctx.tx.partnersFollowUp.findMany({
          where: { roundId: { in: roundIds }, ...followUpScope(ctx) },
          select: { roundId: true, status: true },
        }),
      ]);
      const rowsByRound = new Map<string, (FigureRow & (typeof rows)[number])[]>(roundIds.map((rid) => [rid, []]));
      for (const r of rows) rowsByRound.get(r.roundId)?.push(r);
      const actorInfo = new Map(rows.map((r) => [r.actorId, r.actor]));
      const moves = actorMoves(roundIds, rowsByRound)
        .map((m) => {
          const a = actorInfo.get(m.actorId);
          return { ...m, name: a?.name ?? "", kind: a?.kind ?? "", status: a?.status ?? "" };
        })
        .sort((a, b) => Number(b.changed) - Number(a.changed) || a.name.localeCompare(b.name, "nl"));
      return {
        rounds: rounds.map((r) => ({
          id: r.id,
          title: r.title,
          status: r.status as "open" | "closed",
          startedAt: r.startedAt,
          closedAt: r.closedAt,
          figures: roundFigures(
            rowsByRound.get(r.id) ?? [],
            followUps.filter((f) => f.roundId === r.id),
          ),
        })),
        actors: moves,
      };
    }),
});
