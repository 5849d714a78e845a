import { router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import type { Tx } from "@zorgzaam/core/plugin";
import { orThrow } from "../errors";
import { publicProcedure } from "../procedures";
import { id } from "../schemas";
import { asTexts } from "../../report-view";

/** The public capability: published residents' summaries on the tenant's public site. */
export const SUMMARIES = "buurtanalyse.summaries";

/** What residents see of a published summary: the analysis's title and neighbourhoods, the texts, the chosen actions. */
async function publicSummary(
  tx: Tx,
  s: { id: string; analysisId: string; heard: unknown; doing: unknown; actionIds: string[]; publishedAt: Date | null },
) {
  const analysis = await tx.buurtanalyseAnalysis.findUnique({ where: { id: s.analysisId }, select: { id: true, title: true } });
  const areas = await tx.buurtanalyseArea.findMany({ where: { analysisId: s.analysisId }, select: { neighbourhoodId: true } });
  const neighbourhoods = await tx.neighbourhood.findMany({
    where: { id: { in: areas.map((a) => a.neighbourhoodId) } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const actions = s.actionIds.length
    ? await tx.buurtanalyseAction.findMany({
        where: { id: { in: s.actionIds }, analysisId: s.analysisId },
        orderBy: [{ startsOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: { id: true, title: true, status: true },
      })
    : [];
  // Quotes with residents' consent, their words only (who said them stays in the team's report). No photos: the public
  // site has no safe way to serve a stored file yet (only the tenant's logo).
  const quotes = await tx.buurtanalyseQuote.findMany({
    where: { analysisId: s.analysisId, audiences: { has: "residents" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, text: true },
  });
  return {
    id: s.id,
    quotes,
    title: analysis?.title ?? "",
    neighbourhoods: neighbourhoods.map((n) => n.name),
    heard: asTexts(s.heard),
    doing: asTexts(s.doing),
    actions,
    publishedAt: s.publishedAt,
  };
}

const SELECT = { id: true, analysisId: true, heard: true, doing: true, actionIds: true, publishedAt: true } as const;

/**
 * What residents without an account may read (only while the tenant switched "buurtanalyse.summaries" on): the
 * published residents' summaries, "wat we hoorden en wat we doen". Nothing else of an analysis is public.
 */
export const publicRouter = router({
  summaries: publicProcedure(SUMMARIES).query(async ({ ctx }) => {
    const rows = await ctx.tx.buurtanalyseSummary.findMany({
      where: { publishedAt: { not: null } },
      orderBy: { publishedAt: "desc" },
      take: 50,
      select: SELECT,
    });
    // One after another: queries of one transaction never run in parallel.
    const out: Awaited<ReturnType<typeof publicSummary>>[] = [];
    for (const s of rows) out.push(await publicSummary(ctx.tx, s));
    return out;
  }),

  summary: publicProcedure(SUMMARIES)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const s = orThrow(
        await ctx.tx.buurtanalyseSummary.findFirst({ where: { id: input.id, publishedAt: { not: null } }, select: SELECT }),
        "buurtanalyse.summary.notFound",
      );
      return publicSummary(ctx.tx, s);
    }),
});
