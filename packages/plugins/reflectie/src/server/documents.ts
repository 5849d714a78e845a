import { defineDocument, DocumentUnavailable } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../manifest";
import { visibleSession } from "./access";
import { renderReportPdf } from "./pdf";
import { loadReport, reportFileName } from "./report-data";
import { id } from "./schemas";

/**
 * The session report as a PDF: a document kind on core's mechanism (ADR 0033), made by the module's documents job
 * with progress. Whoever takes part in the session (or manages Reflectie) may ask for it.
 */
export const reportDocument = defineDocument({
  kind: "report",
  permission: P.participate,
  params: z.object({ sessionId: id }),
  authorize: async (ctx, { sessionId }) => {
    await visibleSession(ctx, sessionId);
  },
  render: async (ctx, { sessionId }, locale, onProgress) => {
    const data = await ctx.withTenantDb((tx) => loadReport(tx, ctx.tenantId, sessionId, locale));
    if (!data) throw new DocumentUnavailable("session not found");
    const pdf = await renderReportPdf(data, locale, onProgress);
    return { bytes: pdf, fileName: reportFileName(data.session.title, data.session.date) };
  },
});
