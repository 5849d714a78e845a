import { defineDocument, DocumentUnavailable, env } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { manifest, P } from "../manifest";
import { SURVEY_LANGUAGES } from "../survey";
import { asContent, asTexts, requireSurvey } from "./access";
import { fileBase } from "./export";
import { loadResults, resultInput } from "./load-results";
import { paperPdf, summaryPdf } from "./pdf";
import { id } from "./schemas";

/** The module's settings as the tenant has them (the defaults when they do not parse). */
function settingsOf(raw: unknown) {
  const parsed = manifest.settings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : manifest.settings.parse({});
}

/**
 * The results' summary as a PDF, on core's documents (ADR 0033): made by the module's job with progress, for the same
 * filters, version and breakdown as the screen. It is counted as the member who asked for it (her neighbourhood scope,
 * the tenant's threshold), so it shows exactly what she sees on the screen, small groups hidden in the same place
 * (loadResults → buildResults).
 */
export const summaryDocument = defineDocument({
  kind: "summary",
  permission: P.view,
  params: resultInput,
  authorize: async (ctx, { surveyId }) => {
    await requireSurvey(ctx.tx, surveyId);
  },
  render: async (ctx, params, locale, onProgress) => {
    const loaded = await ctx.withRequesterDb(
      async (tx, requester) => {
        const exists = await tx.bevragingenSurvey.findUnique({ where: { id: params.surveyId }, select: { id: true } });
        if (!exists) return null;
        const results = await loadResults(tx, params, settingsOf(requester.settings).suppressionMin).catch(() => null);
        const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { name: true } });
        return results ? { results, tenantName: tenant.name } : null;
      },
      { timeoutMs: 60_000 },
    );
    if (!loaded) throw new DocumentUnavailable("survey gone, not published, or its version gone");
    await onProgress(50);
    const bytes = await summaryPdf(loaded.results, locale, loaded.tenantName);
    return { bytes, fileName: `${fileBase(loaded.results, locale)}.pdf` };
  },
});

/**
 * The survey on paper in one of its languages (the published version, else the last one), with boxes to tick and a
 * QR code to the public link while the survey is open there; the form's own words in the language of who asked.
 */
export const paperDocument = defineDocument({
  kind: "paper",
  permission: P.view,
  params: z.object({ surveyId: id, language: z.enum(SURVEY_LANGUAGES) }),
  authorize: async (ctx, { surveyId }) => {
    await requireSurvey(ctx.tx, surveyId);
  },
  render: async (ctx, { surveyId, language: asked }, locale, onProgress) => {
    const loaded = await ctx.withTenantDb(async (tx) => {
      const s = await tx.bevragingenSurvey.findUnique({ where: { id: surveyId } });
      if (!s) return null;
      const version = await tx.bevragingenVersion.findFirst({
        where: { surveyId: s.id, ...(s.publishedVersionId ? { id: s.publishedVersionId } : {}) },
        orderBy: { number: "desc" },
        select: { content: true },
      });
      if (!version) return null;
      const tenant = await tx.tenant.findUniqueOrThrow({
        where: { id: ctx.tenantId },
        select: { name: true, slug: true, publicCapabilities: true },
      });
      const neighbourhoods = await tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
      return { s, version, tenant, neighbourhoods };
    });
    if (!loaded) throw new DocumentUnavailable("survey or its questions gone");
    const { s, version, tenant, neighbourhoods } = loaded;
    const online =
      s.status === "open" && tenant.publicCapabilities.includes("core.site") && tenant.publicCapabilities.includes("bevragingen.answer");
    const publicUrl = online ? `${env().APP_URL.replace(/\/$/, "")}/${tenant.slug}/bevragingen/s/${s.id}` : null;
    const language = s.languages.includes(asked) ? asked : (s.languages[0] as typeof asked);
    await onProgress(30);
    const bytes = await paperPdf({
      title: asTexts(s.title),
      content: asContent(version.content),
      language,
      tenantName: tenant.name,
      publicUrl,
      neighbourhoods,
      uiLocale: locale,
    });
    return { bytes, fileName: `bevraging-${language}.pdf` };
  },
});
