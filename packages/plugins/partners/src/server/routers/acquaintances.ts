import { personInputs, router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { actorScope, isUniqueViolation, requireMember, seesKeyFigures, visibleActor } from "../access";
import { procedure } from "../procedures";
import { id, optionalText, strength } from "../schemas";
import { PARTNERS_LIMITS } from "../../limits";
import { appError, orThrow, zodMessage } from "../errors";

/**
 * "Who in our team knows whom": a member (user) or a Person knows an actor. Linking a Person needs the key-figure
 * permission (it says something about a resident). Removing keeps the row for the history.
 */
export const acquaintancesRouter = router({
  create: procedure(P.manage)
    .meta(personInputs("personId"))
    .input(
      z
        .object({
          actorId: id,
          userId: id.optional(),
          personId: id.optional(),
          strength: strength.default("knows"),
          note: optionalText(PARTNERS_LIMITS.note),
        })
        .refine((v) => Boolean(v.userId) !== Boolean(v.personId), { message: zodMessage("partners.schema.memberOrPerson") }),
    )
    .mutation(async ({ ctx, input }) => {
      const a = await visibleActor(ctx, input.actorId);
      if (a.archivedAt) throw appError("partners.actor.archived");
      if (input.userId) await requireMember(ctx.tx, input.userId);
      if (input.personId) {
        if (!seesKeyFigures(ctx)) orThrow(null, "partners.person.notFound");
        orThrow(await ctx.tx.person.findUnique({ where: { id: input.personId }, select: { id: true } }), "partners.person.notFound");
      }
      try {
        const q = await ctx.tx.partnersAcquaintance.create({
          data: {
            tenantId: ctx.tenant.id,
            actorId: a.id,
            userId: input.userId ?? null,
            personId: input.personId ?? null,
            strength: input.strength,
            note: input.note,
            createdById: ctx.session.userId,
          },
          select: { id: true },
        });
        await ctx.audit({
          action: "partners.acquaintance.created",
          targetType: "PartnersAcquaintance",
          targetId: q.id,
          data: { actorId: a.id, ...(input.userId ? { userId: input.userId } : { personId: input.personId }) },
        });
        return q;
      } catch (e) {
        if (isUniqueViolation(e)) throw appError("partners.acquaintance.exists");
        throw e;
      }
    }),

  remove: procedure(P.manage)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const q = orThrow(
        await ctx.tx.partnersAcquaintance.findFirst({
          where: { id: input.id, removedAt: null, actor: actorScope(ctx, { archived: true }) },
          select: { id: true, actorId: true },
        }),
        "partners.acquaintance.notFound",
      );
      await ctx.tx.partnersAcquaintance.update({ where: { id: q.id }, data: { removedAt: new Date() } });
      await ctx.audit({
        action: "partners.acquaintance.removed",
        targetType: "PartnersAcquaintance",
        targetId: q.id,
        data: { actorId: q.actorId },
      });
      return { ok: true };
    }),

  /** Members of the tenant to pick from ("who knows them"). */
  members: procedure(P.manage).query(async ({ ctx }) => {
    const rows = await ctx.tx.membership.findMany({ select: { userId: true, user: { select: { name: true, email: true } } } });
    return rows
      .map((m) => ({ userId: m.userId, name: m.user.name?.trim() || m.user.email }))
      .sort((x, y) => x.name.localeCompare(y.name, "nl"));
  }),
});
