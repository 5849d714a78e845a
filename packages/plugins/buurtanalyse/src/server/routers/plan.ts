import { router, type Tx, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { requireAnalysis, requireHypothesis } from "../access";
import { requireObservation, requireQuote, requireSurveyLink } from "./field";
import { withSurveyTitles } from "./surveys";
import { orThrow } from "../errors";
import { procedure } from "../procedures";
import { actionFields, id, swotFields } from "../schemas";

const who = (u: { name: string | null; email: string } | null) => (u ? u.name || u.email : null);

/** What a SWOT item rests on must belong to its analysis. */
async function requireEvidence(
  tx: Tx,
  input: { hypothesisId?: string | null; observationId?: string | null; quoteId?: string | null; surveyLinkId?: string | null },
  analysisId: string,
) {
  if (input.hypothesisId) await requireHypothesis(tx, input.hypothesisId, analysisId);
  if (input.observationId) await requireObservation(tx, input.observationId, analysisId);
  if (input.quoteId) await requireQuote(tx, input.quoteId, analysisId);
  if (input.surveyLinkId) await requireSurveyLink(tx, input.surveyLinkId, analysisId);
}

/** SWOT and action plan: SWOT items, each optionally backed by a hypothesis verdict, and the actions. */
export const planRouter = router({
  get: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const swot = await ctx.tx.buurtanalyseSwot.findMany({
        where: { analysisId: a.id },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        include: {
          hypothesis: { select: { id: true, text: true, verdict: true } },
          observation: { select: { id: true, text: true, observedAt: true } },
          quote: { select: { id: true, text: true, saidBy: true } },
          surveyLink: { select: { id: true, surveyId: true } },
          updatedBy: { select: { name: true, email: true } },
        },
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
      // Round-4 evidence a SWOT item may rest on (BA-7): observations, quotes and linked surveys.
      const observations = await ctx.tx.buurtanalyseObservation.findMany({
        where: { analysisId: a.id },
        orderBy: { observedAt: "desc" },
        take: 200,
        select: { id: true, text: true, observedAt: true },
      });
      const quotes = await ctx.tx.buurtanalyseQuote.findMany({
        where: { analysisId: a.id },
        orderBy: { createdAt: "desc" },
        take: 200,
        select: { id: true, text: true, saidBy: true },
      });
      const surveyLinks = await ctx.tx.buurtanalyseSurveyLink.findMany({
        where: { analysisId: a.id },
        orderBy: { createdAt: "asc" },
        select: { id: true, surveyId: true },
      });
      return {
        swot: swot.map(({ updatedBy, ...s }) => ({ ...s, updatedBy: who(updatedBy) })),
        actions: actions.map(({ updatedBy, ...x }) => ({ ...x, updatedBy: who(updatedBy) })),
        hypotheses,
        observations,
        quotes,
        surveyLinks: await withSurveyTitles(ctx, surveyLinks),
      };
    }),

  addSwot: procedure(P.edit)
    .input(swotFields.extend({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      await requireEvidence(ctx.tx, input, a.id);
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
      await requireEvidence(ctx.tx, input, s.analysisId);
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
