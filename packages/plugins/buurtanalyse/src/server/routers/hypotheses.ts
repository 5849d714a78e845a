import { router, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { requireAnalysis, requireHypothesis } from "../access";
import { orThrow } from "../errors";
import { procedure } from "../procedures";
import { hypothesisFields, id, referenceFields } from "../schemas";
import { indicatorTable } from "./indicator-table";

/**
 * Round 2: hypotheses, each with its indicators in words, who looks it up by when, the values found for the buurt and
 * for reference areas (with year and source), the imported indicators linked to it, and a verdict with reasoning.
 */
export const hypothesesRouter = router({
  list: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const rows = await ctx.tx.buurtanalyseHypothesis.findMany({
        where: { analysisId: a.id },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        include: {
          references: { orderBy: { createdAt: "asc" } },
          updatedBy: { select: { name: true, email: true } },
        },
      });
      const indicators = await indicatorTable(ctx.tx, a.id);
      return {
        hypotheses: rows.map(({ updatedBy, ...h }) => ({
          ...h,
          updatedBy: updatedBy ? updatedBy.name || updatedBy.email : null,
          imported: indicators.filter((i) => i.hypothesisId === h.id),
        })),
        indicators,
      };
    }),

  create: procedure(P.edit)
    .input(hypothesisFields.extend({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const last = await ctx.tx.buurtanalyseHypothesis.findFirst({
        where: { analysisId: a.id },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      const { analysisId: _a, ...data } = input;
      return ctx.tx.buurtanalyseHypothesis.create({
        data: { ...data, tenantId: ctx.tenant.id, analysisId: a.id, position: (last?.position ?? -1) + 1, updatedById: ctx.session.userId },
        select: { id: true },
      });
    }),

  update: procedure(P.edit)
    .meta(updateMeta({ model: "BuurtanalyseHypothesis" }))
    .input(updateInput(hypothesisFields, { id }))
    .mutation(async ({ ctx, input }) => {
      const h = await requireHypothesis(ctx.tx, input.id);
      const { id: _id, ...data } = input;
      await ctx.tx.buurtanalyseHypothesis.update({ where: { id: h.id }, data: { ...data, updatedById: ctx.session.userId } });
      return { ok: true };
    }),

  remove: procedure(P.edit)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const h = await requireHypothesis(ctx.tx, input.id);
      await ctx.tx.buurtanalyseHypothesis.delete({ where: { id: h.id } });
      return { ok: true };
    }),

  addReference: procedure(P.edit)
    .input(referenceFields)
    .mutation(async ({ ctx, input }) => {
      const h = await requireHypothesis(ctx.tx, input.hypothesisId);
      const r = await ctx.tx.buurtanalyseReference.create({
        data: { ...input, tenantId: ctx.tenant.id, hypothesisId: h.id },
        select: { id: true },
      });
      await ctx.tx.buurtanalyseHypothesis.update({ where: { id: h.id }, data: { updatedById: ctx.session.userId } });
      return r;
    }),

  removeReference: procedure(P.edit)
    .input(z.object({ referenceId: id }))
    .mutation(async ({ ctx, input }) => {
      const r = orThrow(
        await ctx.tx.buurtanalyseReference.findUnique({ where: { id: input.referenceId } }),
        "buurtanalyse.reference.notFound",
      );
      await ctx.tx.buurtanalyseReference.delete({ where: { id: r.id } });
      return { ok: true };
    }),
});
