import { router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { asContent, asTexts, requireSurvey } from "../access";
import { orThrow } from "../errors";
import { placesFile, tableFile } from "../export";
import { loadResults, resultInput } from "../load-results";
import { procedure } from "../procedures";
import { id } from "../schemas";

/**
 * Downloads: the results as CSV or XLSX (core's safe writer), always with small groups hidden (they take loadResults'
 * output), made after the transaction (ctx.outside): no connection is held while writing them. The PDFs (the results'
 * summary, the survey on paper) are documents made by the module's job: server/documents.ts.
 */
export const exportsRouter = router({
  table: procedure(P.view)
    .input(resultInput.extend({ format: z.enum(["csv", "xlsx"]) }))
    .query(async ({ ctx, input }) => {
      const r = orThrow(await loadResults(ctx.tx, input, ctx.settings.suppressionMin), "bevragingen.survey.notOpen");
      const locale = ctx.locale;
      return ctx.outside(() => tableFile(r, locale, input.format));
    }),

  /** Points and photos one row per answer (CSV), for who manages surveys only: never part of the figures. */
  places: procedure(P.manage)
    .input(z.object({ surveyId: id }))
    .query(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      const versions = await ctx.tx.bevragingenVersion.findMany({ where: { surveyId: s.id }, select: { id: true, content: true } });
      const rows = await ctx.tx.bevragingenResponse.findMany({
        where: { surveyId: s.id },
        orderBy: { id: "asc" },
        select: { versionId: true, answers: true },
      });
      const { locale } = ctx;
      const title = asTexts(s.title);
      const base = (title[locale] || title.nl || "bevraging")
        .normalize("NFKD")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .slice(0, 60)
        .toLowerCase();
      return ctx.outside(async () => {
        // Each version's questions (a later one may have added or changed a point or photo question).
        const byVersion = new Map(versions.map((v) => [v.id, asContent(v.content)]));
        const content = { sections: [...byVersion.values()].flatMap((c) => c.sections) };
        const seen = new Set<string>();
        const unique = {
          sections: content.sections.map((x) => ({ ...x, questions: x.questions.filter((q) => !seen.has(q.key) && seen.add(q.key)) })),
        };
        return placesFile(unique, rows as { answers: Record<string, unknown> }[], locale, base || "bevraging");
      });
    }),
});
