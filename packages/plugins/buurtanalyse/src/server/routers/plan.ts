import { router, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { requireAnalysis, requireHypothesis } from "../access";
import { orThrow } from "../errors";
import { procedure } from "../procedures";
import { actionFields, id, swotFields } from "../schemas";

const who = (u: { name: string | null; email: string } | null) => (u ? u.name || u.email : null);

/** SWOT and action plan: SWOT items, each optionally backed by a hypothesis verdict, and the actions. */
export const planRouter = router({
  get: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const swot = await ctx.tx.buurtanalyseSwot.findMany({
        where: { analysisId: a.id },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        include: { hypothesis: { select: { id: true, text: true, verdict: true } }, updatedBy: { select: { name: true, email: true } } },
      });
      const actions = await ctx.tx.buurtanalyseAction.findMany({
        where: { analysisId: a.id },
        orderBy: [{ startsOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        include: { updatedBy: { select: { name: true, email: true } } },
      });
      const hypotheses = await ctx.tx.buurtanalyseHypothesis.findMany({
        where: { analysisId: a.id },
        orderBy: { position: "asc" },
        select: { id: true, text: true, verdict: true },
      });
      return {
        swot: swot.map(({ updatedBy, ...s }) => ({ ...s, updatedBy: who(updatedBy) })),
        actions: actions.map(({ updatedBy, ...x }) => ({ ...x, updatedBy: who(updatedBy) })),
        hypotheses,
      };
    }),

  addSwot: procedure(P.edit)
    .input(swotFields.extend({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      if (input.hypothesisId) await requireHypothesis(ctx.tx, input.hypothesisId, a.id);
      const { analysisId: _a, ...data } = input;
      return ctx.tx.buurtanalyseSwot.create({
        data: { ...data, tenantId: ctx.tenant.id, analysisId: a.id, updatedById: ctx.session.userId },
        select: { id: true },
      });
    }),

  updateSwot: procedure(P.edit)
    .meta(updateMeta({ model: "BuurtanalyseSwot" }))
    .input(updateInput(swotFields, { id }))
    .mutation(async ({ ctx, input }) => {
      const s = orThrow(await ctx.tx.buurtanalyseSwot.findUnique({ where: { id: input.id } }), "buurtanalyse.swot.notFound");
      if (input.hypothesisId) await requireHypothesis(ctx.tx, input.hypothesisId, s.analysisId);
      const { id: _id, ...data } = input;
      await ctx.tx.buurtanalyseSwot.update({ where: { id: s.id }, data: { ...data, updatedById: ctx.session.userId } });
      return { ok: true };
    }),

  removeSwot: procedure(P.edit)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const s = orThrow(await ctx.tx.buurtanalyseSwot.findUnique({ where: { id: input.id } }), "buurtanalyse.swot.notFound");
      await ctx.tx.buurtanalyseSwot.delete({ where: { id: s.id } });
      return { ok: true };
    }),

  addAction: procedure(P.edit)
    .input(actionFields.extend({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const { analysisId: _a, ...data } = input;
      return ctx.tx.buurtanalyseAction.create({
        data: { ...data, tenantId: ctx.tenant.id, analysisId: a.id, updatedById: ctx.session.userId },
        select: { id: true },
      });
    }),

  updateAction: procedure(P.edit)
    .meta(updateMeta({ model: "BuurtanalyseAction" }))
    .input(updateInput(actionFields, { id }))
    .mutation(async ({ ctx, input }) => {
      const x = orThrow(await ctx.tx.buurtanalyseAction.findUnique({ where: { id: input.id } }), "buurtanalyse.action.notFound");
      const { id: _id, ...data } = input;
      await ctx.tx.buurtanalyseAction.update({ where: { id: x.id }, data: { ...data, updatedById: ctx.session.userId } });
      return { ok: true };
    }),

  removeAction: procedure(P.edit)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const x = orThrow(await ctx.tx.buurtanalyseAction.findUnique({ where: { id: input.id } }), "buurtanalyse.action.notFound");
      await ctx.tx.buurtanalyseAction.delete({ where: { id: x.id } });
      return { ok: true };
    }),
});
