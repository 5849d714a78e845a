import { router, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../../manifest";
import { requireMember, visibleActor } from "../../access";
import { followUpCreate, followUpUpdate } from "../../evaluation/input";
import { openRound, visibleFollowUp } from "../../evaluation/read";
import { procedure } from "../../procedures";
import { id } from "../../schemas";
import { appError } from "../../errors";

/** The follow-ups of a round: decisions to be taken up, mounted as `evaluation.followUps` (see ../evaluation.ts). */
export const followUpsRouter = router({
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
    .meta(updateMeta({ model: "PartnersFollowUp", derived: { status: ["doneAt"] } }))
    .input(followUpUpdate)
    .mutation(async ({ ctx, input }) => {
      const f = await visibleFollowUp(ctx, input.id);
      if (input.actorId) await visibleActor(ctx, input.actorId);
      if (input.ownerUserId) await requireMember(ctx.tx, input.ownerUserId);
      if (f.version !== input.version) throw appError("partners.evaluation.followUpConflict");
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
      if (r.count === 0) throw appError("partners.evaluation.followUpConflict");
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
        throw appError("partners.evaluation.deleteNotYours");
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
});
