import { router } from "@zorgzaam/core/plugin";
import { surveyFigures, surveyTitles } from "@zorgzaam/plugin-bevragingen/server";
import { z } from "zod";
import { P } from "../../manifest";
import { requireAnalysis } from "../access";
import { appError, orThrow } from "../errors";
import { procedure } from "../procedures";
import { id } from "../schemas";

type Ctx = { tx: Parameters<typeof surveyTitles>[0]; locale: string; modules: Record<string, { enabled: boolean } | undefined> };

const inLocale = (t: Partial<Record<string, string>>, locale: string) => t[locale] || t.nl || Object.values(t).find(Boolean) || "";

/** Links with their survey's title (in the reader's language), through Bevragingen's server API when it is on. */
export async function withSurveyTitles<L extends { surveyId: string }>(ctx: Ctx, links: L[]): Promise<(L & { title: string | null })[]> {
  if (links.length === 0) return [];
  const titles = ctx.modules.bevragingen?.enabled
    ? await surveyTitles(
        ctx.tx,
        links.map((l) => l.surveyId),
      )
    : new Map();
  return links.map((l) => {
    const t = titles.get(l.surveyId);
    return { ...l, title: t ? inLocale(t, ctx.locale) : null };
  });
}

/**
 * Round 4 (BA-7): Bevragingen's surveys with their key figures (respondents in all and per neighbourhood of the
 * analysis, small groups hidden by Bevragingen's own rule), the ones linked to the analysis first. When Bevragingen is
 * off the list says so and the links stay.
 */
export const surveysRouter = router({
  list: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const links = await ctx.tx.buurtanalyseSurveyLink.findMany({
        where: { analysisId: a.id },
        orderBy: { createdAt: "asc" },
        select: { id: true, surveyId: true },
      });
      const on = ctx.modules.bevragingen?.enabled === true;
      if (!on) return { on, surveys: [], links: links.map((l) => ({ ...l, title: null })) };
      const areas = await ctx.tx.buurtanalyseArea.findMany({
        where: { analysisId: a.id },
        select: { neighbourhood: { select: { id: true, name: true } } },
      });
      const names = new Map(areas.map((x) => [x.neighbourhood.id, x.neighbourhood.name]));
      const figures = await surveyFigures(ctx.tx, ctx.tenant.id, { neighbourhoodIds: [...names.keys()] });
      const linked = new Map(links.map((l) => [l.surveyId, l.id]));
      const surveys = figures
        .map((f) => ({
          id: f.id,
          title: inLocale(f.title, ctx.locale),
          status: f.status,
          total: f.total,
          questions: f.questions,
          min: f.min,
          byNeighbourhood: f.byNeighbourhood.map((n) => ({ name: names.get(n.neighbourhoodId) ?? "", count: n.count })),
          linkId: linked.get(f.id) ?? null,
        }))
        .sort((x, y) => Number(y.linkId !== null) - Number(x.linkId !== null));
      return { on, surveys, links: await withSurveyTitles(ctx, links) };
    }),

  link: procedure(P.edit)
    .input(z.object({ analysisId: id, surveyId: id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      if (ctx.modules.bevragingen?.enabled !== true) throw appError("buurtanalyse.survey.notFound");
      const titles = await surveyTitles(ctx.tx, [input.surveyId]);
      if (!titles.has(input.surveyId)) throw appError("buurtanalyse.survey.notFound");
      const l = await ctx.tx.buurtanalyseSurveyLink.upsert({
        where: { tenantId_analysisId_surveyId: { tenantId: ctx.tenant.id, analysisId: a.id, surveyId: input.surveyId } },
        create: { tenantId: ctx.tenant.id, analysisId: a.id, surveyId: input.surveyId, createdById: ctx.session.userId },
        update: {},
        select: { id: true },
      });
      return l;
    }),

  unlink: procedure(P.edit)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const l = orThrow(await ctx.tx.buurtanalyseSurveyLink.findUnique({ where: { id: input.id } }), "buurtanalyse.surveyLink.notFound");
      await ctx.tx.buurtanalyseSurveyLink.delete({ where: { id: l.id } });
      return { ok: true };
    }),
});
