import { z } from "zod";
import { P } from "../../../manifest";
import { mayEdit } from "../../access";
import { closeInput } from "../../evaluation/input";
import { rowScope, visibleRound } from "../../evaluation/read";
import { recordChange } from "../../history";
import { procedure } from "../../procedures";
import { id } from "../../schemas";
import { appError, orThrow } from "../../errors";

/** Closing a round (applying the confirmed proposals) and opening it again (see ../evaluation.ts). */
export const closingProcedures = {
  /**
   * Closes the round. `apply` lists the proposed statuses the regie confirmed; each must still be the proposal, the
   * actor must be one the regie may change, and it must not have changed meanwhile. Applied statuses go through the
   * actor history like any other status change, and the round records which were applied.
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
        if (!mayEdit(ctx, a) || a.archivedAt) throw appError("partners.evaluation.cannotApply", { actor: a.name });
        if (a.status === item.status) continue;
        const r = await ctx.tx.partnersActor.updateMany({
          where: { id: a.id, version: a.version, status: a.status },
          data: { status: item.status, statusChangedAt: now, version: { increment: 1 } },
        });
        if (r.count === 0) throw appError("partners.evaluation.actorChanged", { actor: a.name });
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
