import { defineDocument, DocumentUnavailable, storedImageForPdf } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { AUDIENCES, EVIDENCE_AUDIENCE } from "../domain";
import { P } from "../manifest";
import { requireAnalysis } from "./access";
import { reportEvidence } from "./evidence";
import { type PdfEvidence, renderReportPdf } from "./pdf";
import { reportData } from "./report-data";
import { id } from "./schemas";

/** Photos in one PDF at most (each scaled down to fit the page). */
const MAX_PHOTOS = 24;

/** A file name from the analysis's title and the audience ("buurtanalyse-noord-2026-bewoners.pdf"). */
export function reportFileName(title: string, audience: string): string {
  const base =
    title
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .replace(/\s+/g, "-")
      .toLowerCase()
      .slice(0, 60) || "buurtanalyse";
  return `${base}-${audience}.pdf`;
}

/**
 * The report of an analysis as a PDF for one audience (BA-10): a document kind on core's mechanism (ADR 0033), made
 * by the module's documents job with progress. Whoever sees the analysis may ask for it (a field worker: those of her
 * neighbourhoods, the module's row-level policy); quotes and photos only with consent for the audience.
 */
export const reportDocument = defineDocument({
  kind: "report",
  permission: P.view,
  params: z.object({ analysisId: id, audience: z.enum(AUDIENCES).default("team") }),
  authorize: async (ctx, { analysisId }) => {
    await requireAnalysis(ctx.tx, analysisId);
  },
  render: async (ctx, { analysisId, audience }, locale, onProgress) => {
    const loaded = await ctx.withTenantDb(
      async (tx) => {
        const exists = await tx.buurtanalyseAnalysis.findUnique({ where: { id: analysisId }, select: { id: true } });
        if (!exists) return null;
        const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { name: true } });
        const data = await reportData(tx, analysisId);
        // Only the quotes and photos with consent for this audience; the photos' bytes from core's file storage.
        const found = await reportEvidence(tx, ctx.tenantId, analysisId, EVIDENCE_AUDIENCE[audience]);
        const evidence: PdfEvidence = {
          quotes: found.quotes,
          photos: [],
        };
        for (const p of found.photos.slice(0, MAX_PHOTOS))
          evidence.photos.push({
            id: p.id,
            caption: p.caption,
            takenAt: p.takenAt,
            bytes: await storedImageForPdf(tx, ctx.tenantId, p.fileId),
          });
        return { tenantName: tenant.name, data, evidence };
      },
      { timeoutMs: 60_000 },
    );
    if (!loaded) throw new DocumentUnavailable("analysis not found");
    await onProgress(10);
    const bytes = await renderReportPdf(loaded.data, loaded.tenantName, locale, audience, loaded.evidence, onProgress);
    return { bytes, fileName: reportFileName(loaded.data.analysis.title, audience) };
  },
});
