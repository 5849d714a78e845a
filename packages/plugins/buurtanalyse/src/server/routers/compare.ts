import { router, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { compareIndicators, pairBy, sameWords } from "../../compare";
import { SWOT_KINDS } from "../../domain";
import { P } from "../../manifest";
import { requireAnalysis } from "../access";
import { appError } from "../errors";
import { procedure } from "../procedures";
import { id } from "../schemas";
import { indicatorTable } from "./indicator-table";

/** What one side of the comparison shows. */
async function side(tx: Tx, analysisId: string) {
  const a = await requireAnalysis(tx, analysisId);
  const indicators = await indicatorTable(tx, a.id);
  const hypotheses = await tx.buurtanalyseHypothesis.findMany({
    where: { analysisId: a.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { text: true, verdict: true },
  });
  const swot = await tx.buurtanalyseSwot.findMany({
    where: { analysisId: a.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { kind: true, text: true },
  });
  const actions = await tx.buurtanalyseAction.findMany({
    where: { analysisId: a.id },
    orderBy: [{ startsOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: { title: true, status: true },
  });
  return {
    analysis: { id: a.id, title: a.title, periodStart: a.periodStart, periodEnd: a.periodEnd },
    indicators: indicators.map((i) => ({ name: i.name, year: i.year, value: i.value })),
    hypotheses,
    swot,
    actions,
  };
}

/**
 * Analyses over time (BA-9): an analysis side by side with an earlier one of the same buurt (its previous one unless
 * another is chosen): the indicators' buurt values and their change, the hypotheses' verdicts, the SWOT per kind and
 * the actions with their state, each marked as in both, new or gone.
 */
export const compareRouter = router({
  get: procedure(P.view)
    .input(z.object({ analysisId: id, withId: id.nullable().default(null) }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      // Other analyses of one of its neighbourhoods that the member sees, newest first.
      const areas = await ctx.tx.buurtanalyseArea.findMany({ where: { analysisId: a.id }, select: { neighbourhoodId: true } });
      const candidates = await ctx.tx.buurtanalyseAnalysis.findMany({
        where: { id: { not: a.id }, areas: { some: { neighbourhoodId: { in: areas.map((x) => x.neighbourhoodId) } } } },
        orderBy: { createdAt: "desc" },
        take: 50,
        select: { id: true, title: true },
      });
      const withId = input.withId ?? (candidates.some((c) => c.id === a.previousId) ? a.previousId : (candidates[0]?.id ?? null));
      if (input.withId && !candidates.some((c) => c.id === input.withId)) throw appError("buurtanalyse.compare.notFound");
      const later = await side(ctx.tx, a.id);
      if (!withId) return { analysis: later.analysis, candidates, other: null, comparison: null };
      const earlier = await side(ctx.tx, withId);
      return {
        analysis: later.analysis,
        candidates,
        other: earlier.analysis,
        comparison: {
          indicators: compareIndicators(earlier.indicators, later.indicators),
          hypotheses: pairBy(earlier.hypotheses, later.hypotheses, (h) => sameWords(h.text)),
          swot: SWOT_KINDS.map((kind) => ({
            kind,
            items: pairBy(
              earlier.swot.filter((s) => s.kind === kind),
              later.swot.filter((s) => s.kind === kind),
              (s) => sameWords(s.text),
            ),
          })),
          actions: pairBy(earlier.actions, later.actions, (x) => sameWords(x.title)),
        },
      };
    }),
});
