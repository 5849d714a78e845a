import { z } from "zod";
import { P } from "../../../manifest";
import { ownPlace, ownStatuses, ownVersion, saveOwnRelationship } from "../../relationships";
import { closeInput } from "../../evaluation/input";
import { rowScope, visibleRound } from "../../evaluation/read";
import { procedure } from "../../procedures";
import { id } from "../../schemas";
import { appError, orThrow } from "../../errors";

/** Closing a round (applying the confirmed proposals) and opening it again (see ../evaluation.ts). */
export const closingProcedures = {
  /**
   * Closes the round. `apply` lists the proposed statuses the regie confirmed; each must still be the proposal, and is
   * applied to the regie's own organisation's relationship with the actor (ADR 0017: the lead relationship when their
   * organisation owns it, else their own). Applied statuses go through the actor history like any other relationship
   * change, and the round records which were applied.
   */
  close: procedure(P.evaluationManage)
    .input(closeInput)
    .mutation(async ({ ctx, input }) => {
      const round = await visibleRound(ctx, input.id);
      if (round.status !== "open") throw appError("partners.evaluation.alreadyClosed");
      const now = new Date();
      const applied: string[] = [];
      const seen = new Set<string>();
      for (const item of input.apply) {
        if (seen.has(item.actorId)) continue;
        seen.add(item.actorId);
        const row = orThrow(
          await ctx.tx.partnersEvaluationActor.findFirst({
            where: { roundId: round.id, actorId: item.actorId, ...rowScope(ctx) },
            include: { actor: true },
          }),
          "partners.evaluation.actorNotInRound",
        );
        const a = row.actor;
        if (row.proposedStatus !== item.status) throw appError("partners.evaluation.proposalChanged", { actor: a.name });
        // The proposal applies to the closer's own organisation's relationship (ADR 0017), wherever it is kept.
        if (a.archivedAt || ownPlace(ctx, a).at === "none") throw appError("partners.evaluation.cannotApply", { actor: a.name });
        const current = (await ownStatuses(ctx, [a])).get(a.id);
        const version = await ownVersion(ctx, a);
        if (current === item.status) continue;
        try {
          await saveOwnRelationship(
            ctx,
            a,
            version,
            { status: item.status, note: `Netwerkevaluatie: ${round.title}` },
            { at: now, roundId: round.id },
          );
        } catch (e) {
          if ((e as { code?: string }).code === "CONFLICT") throw appError("partners.evaluation.actorChanged", { actor: a.name });
          throw e;
        }
        await ctx.tx.partnersEvaluationActor.update({ where: { id: row.id }, data: { appliedStatus: item.status, appliedAt: now } });
        applied.push(a.id);
      }
      const r = await ctx.tx.partnersEvaluationRound.updateMany({
        where: { id: round.id, status: "open" },
        data: { status: "closed", closedAt: now, closedById: ctx.session.userId, version: { increment: 1 } },
      });
      if (r.count === 0) throw appError("partners.evaluation.roundConflict");
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
      if (round.status !== "closed") throw appError("partners.evaluation.alreadyOpen");
      const r = await ctx.tx.partnersEvaluationRound.updateMany({
        where: { id: round.id, status: "closed" },
        data: { status: "open", closedAt: null, closedById: null, version: { increment: 1 } },
      });
      if (r.count === 0) throw appError("partners.evaluation.roundConflict");
      await ctx.audit({ action: "partners.evaluation.reopened", targetType: "PartnersEvaluationRound", targetId: round.id });
      return { ok: true };
    }),
};
