import { z } from "zod";
import { P } from "../../../manifest";
import { ownPlace, ownStatuses } from "../../relationships";
import { memberNames } from "../../actors/present";
import { byStatusThenName, followUpOwners, followUpScope, networkAnswersOf, rowScope, visibleRound } from "../../evaluation/read";
import { procedure } from "../../procedures";
import { id } from "../../schemas";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Reading one round, everything the walk-through page shows (see ../evaluation.ts). */
export const walkThroughProcedures = {
  /** One round for the walk-through: its actors (as the caller may see them), answers, network answers, follow-ups. */
  get: procedure(P.evaluate)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const round = await visibleRound(ctx, input.id);
      const rows = await ctx.tx.partnersEvaluationActor.findMany({
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
      });
      const followUps = await ctx.tx.partnersFollowUp.findMany({
        where: { roundId: round.id, ...followUpScope(ctx) },
        orderBy: { createdAt: "asc" },
        include: { actor: { select: { name: true } } },
      });
      const neighbourhood = round.neighbourhoodId
        ? await ctx.tx.neighbourhood.findFirst({ where: { id: round.neighbourhoodId }, select: { name: true } })
        : null;
      const owners = await followUpOwners(ctx.tx);
      const network = networkAnswersOf(round.networkAnswers);
      const names = await memberNames(ctx.tx, [
        round.startedById,
        round.closedById,
        ...rows.map((r) => r.answeredById),
        ...followUps.map((f) => f.ownerUserId),
        ...Object.values(network).map((n) => n.byUserId),
      ]);
      const nameOf = (u: string | null) => (u ? (names.get(u) ?? null) : null);
      // Proposals apply to the reader's own organisation's relationship (ADR 0017), so they are compared with it.
      const own = await ownStatuses(
        ctx,
        rows.map((r) => r.actor),
      );
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
          /** The reader's own organisation's relationship status now (null: they keep none with this actor). */
          ownStatus: own.get(r.actorId) ?? null,
          mayApply: ownPlace(ctx, r.actor).at !== "none" && r.actor.archivedAt === null,
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
        /** Proposed statuses that differ from the reader's own relationship now: what closing may apply to it. */
        proposals: actors
          .filter((a) => a.answers.proposedStatus !== null && a.answers.proposedStatus !== (a.ownStatus ?? a.status))
          .map((a) => ({
            actorId: a.actorId,
            name: a.name,
            from: a.ownStatus ?? a.status,
            to: a.answers.proposedStatus as string,
            mayApply: a.mayApply,
          })),
        owners,
        canManage: ctx.permissions.has(P.evaluationManage),
      };
    }),
};
