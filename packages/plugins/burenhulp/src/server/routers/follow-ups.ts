import { router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { appError, orThrow } from "../errors";
import { FOLLOW_UP_SIDES, FOLLOW_UP_WENT, recordFollowUp, sendFollowUps } from "../follow-up";
import { procedure } from "../procedures";
import { id } from "../schemas";

/** The public capability of the follow-up page: without it, nobody gets a link (the worker asks instead). */
export const FOLLOW_UP_CAPABILITY = "burenhulp.followup";

export const answerFields = {
  happened: z.boolean(),
  went: z.enum(FOLLOW_UP_WENT).nullable().default(null),
  heavier: z.boolean().default(false),
};

/** The follow-up after a match (BH-6), from the worker's side: ask both sides now, or enter what someone said. */
export const followUpsRouter = router({
  /** Asks both sides now (mail with a one-tap link to whoever has an address); the daily job does this when due. */
  send: procedure(P.manage)
    .input(z.object({ matchId: id }))
    .mutation(async ({ ctx, input }) => {
      const m = orThrow(
        await ctx.tx.burenhulpMatch.findUnique({ where: { id: input.matchId }, select: { id: true, status: true } }),
        "burenhulp.match.notFound",
      );
      if (m.status !== "confirmed" && m.status !== "done") throw appError("burenhulp.followUp.notConfirmed");
      const t = await ctx.tx.tenant.findUnique({ where: { id: ctx.tenant.id }, select: { publicCapabilities: true } });
      const mailed = await sendFollowUps(ctx, [m.id], t?.publicCapabilities.includes(FOLLOW_UP_CAPABILITY) === true);
      return { mailed };
    }),

  /** The worker enters what one side said (by phone, at the door). */
  answer: procedure(P.manage)
    .input(z.object({ matchId: id, side: z.enum(FOLLOW_UP_SIDES), ...answerFields }))
    .mutation(async ({ ctx, input }) => {
      const m = orThrow(
        await ctx.tx.burenhulpMatch.findUnique({ where: { id: input.matchId }, select: { id: true, status: true } }),
        "burenhulp.match.notFound",
      );
      if (m.status !== "confirmed" && m.status !== "done") throw appError("burenhulp.followUp.notConfirmed");
      const row = await ctx.tx.burenhulpFollowUp.upsert({
        where: { tenantId_matchId_side: { tenantId: ctx.tenant.id, matchId: m.id, side: input.side } },
        create: { tenantId: ctx.tenant.id, matchId: m.id, side: input.side },
        update: {},
        select: { id: true },
      });
      await recordFollowUp(ctx.tx, row.id, { happened: input.happened, went: input.went, heavier: input.heavier }, "worker");
      await ctx.audit({
        action: "burenhulp.followup.answered",
        targetType: "BurenhulpFollowUp",
        targetId: row.id,
        data: { via: "worker" },
      });
      return { ok: true };
    }),
});
