import { LOCALES, type Localised, optionalText, router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { P } from "../../manifest";
import { requireAnalysis } from "../access";
import { appError, orThrow } from "../errors";
import { procedure } from "../procedures";
import { id } from "../schemas";
import { asTexts } from "../../report-view";

/** A text per language; an empty one is left out. */
const perLanguage = z.object(
  Object.fromEntries(LOCALES.map((l) => [l, optionalText(L.longText)])) as Record<
    (typeof LOCALES)[number],
    ReturnType<typeof optionalText>
  >,
);

const clean = (v: Record<string, string | null | undefined>): Partial<Localised> =>
  Object.fromEntries(Object.entries(v).filter(([, s]) => typeof s === "string" && s.trim() !== "")) as Partial<Localised>;

const SELECT = {
  id: true,
  analysisId: true,
  heard: true,
  doing: true,
  actionIds: true,
  publishedAt: true,
  version: true,
  updatedAt: true,
} as const;

/**
 * The residents' summary of an analysis (BA-10): "wat we hoorden" and "wat we doen" in plain language per language,
 * and the actions shown. The team writes it (edit); publishing it on the tenant's public site is an explicit step of
 * whoever manages analyses ("Publiceren", "Niet meer publiceren"). Publishing needs a text in at least one language.
 */
export const summaryRouter = router({
  get: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const s = await ctx.tx.buurtanalyseSummary.findUnique({
        where: { tenantId_analysisId: { tenantId: ctx.tenant.id, analysisId: a.id } },
        select: SELECT,
      });
      const tenant = await ctx.tx.tenant.findUniqueOrThrow({
        where: { id: ctx.tenant.id },
        select: { enabledLocales: true, publicCapabilities: true },
      });
      const languages = LOCALES.filter((l) => tenant.enabledLocales.includes(l));
      return {
        summary: s ? { ...s, heard: asTexts(s.heard), doing: asTexts(s.doing) } : null,
        /** The tenant's languages: the summary is written in each. */
        languages: languages.length ? languages : (["nl"] as const).slice(),
        /** Whether the public site shows published summaries (the tenant's "publiek zichtbaar" switch). */
        publicOn: tenant.publicCapabilities.includes("buurtanalyse.summaries"),
      };
    }),

  /** Writes the texts and the chosen actions (version 0 for a new summary; a stale version is refused). */
  save: procedure(P.edit)
    .input(
      z.object({
        analysisId: id,
        version: z.number().int().min(0),
        heard: perLanguage,
        doing: perLanguage,
        actionIds: z.array(id).max(100).default([]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const ids = [...new Set(input.actionIds)];
      if (ids.length) {
        const found = await ctx.tx.buurtanalyseAction.count({ where: { id: { in: ids }, analysisId: a.id } });
        if (found !== ids.length) throw appError("buurtanalyse.action.notFound");
      }
      const data = { heard: clean(input.heard), doing: clean(input.doing), actionIds: ids, updatedById: ctx.session.userId };
      const existing = await ctx.tx.buurtanalyseSummary.findUnique({
        where: { tenantId_analysisId: { tenantId: ctx.tenant.id, analysisId: a.id } },
        select: { id: true, version: true },
      });
      let row: { id: string; version: number };
      if (!existing) {
        if (input.version !== 0) throw appError("buurtanalyse.summary.changed");
        row = await ctx.tx.buurtanalyseSummary.create({
          data: { ...data, tenantId: ctx.tenant.id, analysisId: a.id },
          select: { id: true, version: true },
        });
      } else {
        const r = await ctx.tx.buurtanalyseSummary.updateMany({
          where: { id: existing.id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (r.count === 0) throw appError("buurtanalyse.summary.changed");
        row = { id: existing.id, version: input.version + 1 };
      }
      await ctx.audit({ action: "buurtanalyse.summary.saved", targetType: "BuurtanalyseAnalysis", targetId: a.id });
      return row;
    }),

  /** Puts it on the tenant's public site (the public capability "buurtanalyse.summaries" must be on to be seen). */
  publish: procedure(P.manage)
    .input(z.object({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const s = orThrow(
        await ctx.tx.buurtanalyseSummary.findUnique({
          where: { tenantId_analysisId: { tenantId: ctx.tenant.id, analysisId: a.id } },
          select: { id: true, heard: true, doing: true },
        }),
        "buurtanalyse.summary.empty",
      );
      if (Object.keys(asTexts(s.heard)).length === 0 && Object.keys(asTexts(s.doing)).length === 0)
        throw appError("buurtanalyse.summary.empty");
      await ctx.tx.buurtanalyseSummary.update({
        where: { id: s.id },
        data: { publishedAt: new Date(), publishedById: ctx.session.userId, version: { increment: 1 } },
      });
      await ctx.audit({ action: "buurtanalyse.summary.published", targetType: "BuurtanalyseAnalysis", targetId: a.id });
      return { ok: true };
    }),

  unpublish: procedure(P.manage)
    .input(z.object({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      await ctx.tx.buurtanalyseSummary.updateMany({
        where: { analysisId: a.id, publishedAt: { not: null } },
        data: { publishedAt: null, publishedById: null, version: { increment: 1 } },
      });
      await ctx.audit({ action: "buurtanalyse.summary.unpublished", targetType: "BuurtanalyseAnalysis", targetId: a.id });
      return { ok: true };
    }),
});
