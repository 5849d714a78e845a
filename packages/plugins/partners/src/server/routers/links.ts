import { router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { actorScope, isUniqueViolation, visibleActor } from "../access";
import { procedure } from "../procedures";
import { id, linkType, optionalText } from "../schemas";
import { PARTNERS_LIMITS } from "../../limits";
import { appError, orThrow } from "../errors";

/**
 * Links between actors ("the imam gives access to the women's group"). Anyone who manages actors and can see both
 * ends may add one; removing keeps the row (removedAt) so the network can be shown as it was.
 */
export const linksRouter = router({
  create: procedure(P.manage)
    .input(z.object({ fromActorId: id, toActorId: id, type: linkType, note: optionalText(PARTNERS_LIMITS.note) }))
    .mutation(async ({ ctx, input }) => {
      if (input.fromActorId === input.toActorId) throw appError("partners.link.self");
      const from = await visibleActor(ctx, input.fromActorId);
      const to = await visibleActor(ctx, input.toActorId);
      if (from.archivedAt || to.archivedAt) throw appError("partners.actor.archived");
      try {
        const l = await ctx.tx.partnersLink.create({
          data: {
            tenantId: ctx.tenant.id,
            fromActorId: from.id,
            toActorId: to.id,
            type: input.type,
            note: input.note,
            createdById: ctx.session.userId,
          },
          select: { id: true },
        });
        await ctx.audit({
          action: "partners.link.created",
          targetType: "PartnersLink",
          targetId: l.id,
          data: { from: from.id, to: to.id, type: input.type },
        });
        return l;
      } catch (e) {
        if (isUniqueViolation(e)) throw appError("partners.link.exists");
        throw e;
      }
    }),

  remove: procedure(P.manage)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      // Both ends must be visible: a link to another organisation's private actor does not exist for this member.
      const l = orThrow(
        await ctx.tx.partnersLink.findFirst({
          where: { id: input.id, removedAt: null, from: actorScope(ctx, { archived: true }), to: actorScope(ctx, { archived: true }) },
          select: { id: true },
        }),
        "partners.link.notFound",
      );
      await ctx.tx.partnersLink.update({ where: { id: l.id }, data: { removedAt: new Date(), removedById: ctx.session.userId } });
      await ctx.audit({ action: "partners.link.removed", targetType: "PartnersLink", targetId: l.id });
      return { ok: true };
    }),
});
