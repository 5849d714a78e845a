import { env, router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { SURVEY_LANGUAGES } from "../../survey";
import { asContent, asTexts, requireSurvey } from "../access";
import { orThrow } from "../errors";
import { type ExportFile, fileBase, placesFile, tableFile } from "../export";
import { loadResults, resultInput } from "../load-results";
import { paperPdf, summaryPdf } from "../pdf";
import { procedure } from "../procedures";
import { id } from "../schemas";

const pdfFile = (name: string, bytes: Buffer): ExportFile => ({
  fileName: name,
  contentType: "application/pdf",
  base64: bytes.toString("base64"),
});

/**
 * Downloads: the results as CSV or XLSX (core's safe writer) and as a PDF summary, always with small groups hidden
 * (they take loadResults' output); the printable survey for paper rounds. The files are made after the transaction
 * (ctx.outside): no connection is held while writing them.
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

  summaryPdf: procedure(P.view)
    .input(resultInput)
    .query(async ({ ctx, input }) => {
      const r = orThrow(await loadResults(ctx.tx, input, ctx.settings.suppressionMin), "bevragingen.survey.notOpen");
      const { locale } = ctx;
      const tenantName = ctx.tenant.name;
      return ctx.outside(async () => pdfFile(`${fileBase(r, locale)}.pdf`, await summaryPdf(r, locale, tenantName)));
    }),

  /** The survey on paper in one of its languages, with a QR code to the public link while it is open there. */
  paperPdf: procedure(P.view)
    .input(z.object({ surveyId: id, language: z.enum(SURVEY_LANGUAGES) }))
    .query(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      const version = orThrow(
        await ctx.tx.bevragingenVersion.findFirst({
          where: { surveyId: s.id, ...(s.publishedVersionId ? { id: s.publishedVersionId } : {}) },
          orderBy: { number: "desc" },
          select: { content: true },
        }),
        "bevragingen.version.notFound",
      );
      const tenant = await ctx.tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenant.id }, select: { publicCapabilities: true } });
      const online =
        s.status === "open" && tenant.publicCapabilities.includes("core.site") && tenant.publicCapabilities.includes("bevragingen.answer");
      const publicUrl = online ? `${env().APP_URL.replace(/\/$/, "")}/${ctx.tenant.slug}/bevragingen/s/${s.id}` : null;
      const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
      const language = s.languages.includes(input.language) ? input.language : (s.languages[0] as typeof input.language);
      const args = {
        title: asTexts(s.title),
        content: asContent(version.content),
        language,
        tenantName: ctx.tenant.name,
        publicUrl,
        neighbourhoods,
        uiLocale: ctx.locale,
      };
      return ctx.outside(async () => pdfFile(`bevraging-${language}.pdf`, await paperPdf(args)));
    }),
});
