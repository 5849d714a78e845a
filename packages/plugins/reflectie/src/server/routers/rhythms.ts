import { router, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { membersById, neighbourhoodNames, requireMembers, requireNeighbourhood } from "../access";
import { procedure } from "../procedures";
import { dateInput, id } from "../schemas";
import { REFLECTIE_LIMITS } from "../../limits";
import { orThrow, zodMessage } from "../errors";

const fields = z.object({
  name: z.string().trim().min(1, zodMessage("reflectie.schema.rhythmNameRequired")).max(REFLECTIE_LIMITS.rhythmName),
  intervalWeeks: z
    .number()
    .int()
    .min(1, zodMessage("reflectie.schema.intervalMin"))
    .max(52, zodMessage("reflectie.schema.intervalMax"))
    .optional(),
  nextSessionAt: dateInput,
  neighbourhoodId: id.nullable().optional(),
  participantIds: z.array(id).max(200).default([]),
  active: z.boolean().default(true),
});

/** Reflection rhythms: who meets how often, and when next (the reminder job reads these). */
export const rhythmsRouter = router({
  /** Those who manage rhythms see all; everyone else the rhythms they take part in. */
  list: procedure(P.participate).query(async ({ ctx }) => {
    const all = ctx.permissions.has(P.rhythms);
    const rows = await ctx.tx.reflectieRhythm.findMany({
      where: all ? {} : { participantIds: { has: ctx.session.userId } },
      orderBy: [{ active: "desc" }, { nextSessionAt: "asc" }],
    });
    const members = await membersById(
      ctx.tx,
      rows.flatMap((r) => r.participantIds),
    );
    const nbh = await neighbourhoodNames(
      ctx.tx,
      rows.map((r) => r.neighbourhoodId),
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      intervalWeeks: r.intervalWeeks,
      nextSessionAt: r.nextSessionAt,
      neighbourhoodId: r.neighbourhoodId,
      neighbourhoodName: r.neighbourhoodId ? (nbh.get(r.neighbourhoodId) ?? null) : null,
      participants: r.participantIds.map((uid) => ({ userId: uid, name: members.get(uid)?.name ?? null })),
      active: r.active,
    }));
  }),

  create: procedure(P.rhythms)
    .input(fields)
    .mutation(async ({ ctx, input }) => {
      await requireNeighbourhood(ctx.tx, input.neighbourhoodId);
      await requireMembers(ctx.tx, input.participantIds);
      const r = await ctx.tx.reflectieRhythm.create({
        data: {
          tenantId: ctx.tenant.id,
          name: input.name,
          intervalWeeks: input.intervalWeeks ?? ctx.settings.defaultRhythmWeeks,
          nextSessionAt: input.nextSessionAt,
          neighbourhoodId: input.neighbourhoodId ?? null,
          participantIds: [...new Set(input.participantIds)],
          active: input.active,
          createdById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.audit({ action: "reflectie.rhythm.created", targetType: "ReflectieRhythm", targetId: r.id });
      return r;
    }),

  update: procedure(P.rhythms)
    .meta(updateMeta({ model: "ReflectieRhythm" }))
    .input(updateInput(fields, { id }))
    .mutation(async ({ ctx, input }) => {
      const r = orThrow(
        await ctx.tx.reflectieRhythm.findUnique({ where: { id: input.id }, select: { id: true } }),
        "reflectie.rhythm.notFound",
      );
      if (input.neighbourhoodId !== undefined) await requireNeighbourhood(ctx.tx, input.neighbourhoodId);
      if (input.participantIds) await requireMembers(ctx.tx, input.participantIds);
      await ctx.tx.reflectieRhythm.update({
        where: { id: r.id },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.intervalWeeks !== undefined ? { intervalWeeks: input.intervalWeeks } : {}),
          ...(input.nextSessionAt !== undefined ? { nextSessionAt: input.nextSessionAt } : {}),
          ...(input.neighbourhoodId !== undefined ? { neighbourhoodId: input.neighbourhoodId } : {}),
          ...(input.participantIds !== undefined ? { participantIds: [...new Set(input.participantIds)] } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
        },
      });
      await ctx.audit({
        action: "reflectie.rhythm.updated",
        targetType: "ReflectieRhythm",
        targetId: r.id,
        data: { fields: Object.keys(input).filter((k) => k !== "id") },
      });
      return { ok: true };
    }),

  delete: procedure(P.rhythms)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const r = orThrow(
        await ctx.tx.reflectieRhythm.findUnique({ where: { id: input.id }, select: { id: true } }),
        "reflectie.rhythm.notFound",
      );
      await ctx.tx.reflectieRhythm.delete({ where: { id: r.id } });
      await ctx.audit({ action: "reflectie.rhythm.deleted", targetType: "ReflectieRhythm", targetId: r.id });
      return { ok: true };
    }),
});
