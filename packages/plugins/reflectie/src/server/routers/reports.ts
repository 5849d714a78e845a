import { router } from "@zorgzaam/core/plugin";
import { LOCALES } from "@zorgzaam/core/i18n/locales";
import { z } from "zod";
import { P } from "../../manifest";
import { type ReflectieCtx, sessionScope, visibleSession } from "../access";
import { reportPdfJob } from "../jobs/report-pdf";
import { procedure } from "../procedures";
import { loadReport } from "../report-data";
import { id } from "../schemas";
import { appError, orThrow } from "../errors";

const locale = z.enum(LOCALES).default("nl");

async function visibleReport(ctx: ReflectieCtx, reportId: string) {
  return orThrow(
    await ctx.tx.reflectieReport.findFirst({
      where: { id: reportId, session: sessionScope(ctx) },
      select: { id: true, sessionId: true, status: true, progress: true, fileName: true, error: true, createdAt: true, completedAt: true },
    }),
    "reflectie.report.notFound",
  );
}

/** The session report: readable on screen, and as a PDF made by a job with progress. */
export const reportsRouter = router({
  get: procedure(P.participate)
    .input(z.object({ sessionId: id, locale }))
    .query(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.sessionId);
      const data = orThrow(await loadReport(ctx.tx, ctx.tenant.id, s.id, input.locale), "reflectie.session.notFound");
      const last = await ctx.tx.reflectieReport.findFirst({
        where: { sessionId: s.id, status: "done" },
        orderBy: { createdAt: "desc" },
        select: { id: true, fileName: true, completedAt: true },
      });
      return { ...data, lastPdf: last };
    }),

  /** Starts the PDF job (in this transaction: the outbox) and answers with the report id to poll. */
  requestPdf: procedure(P.participate)
    .input(z.object({ sessionId: id, locale }))
    .mutation(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.sessionId);
      const report = await ctx.tx.reflectieReport.create({
        data: { tenantId: ctx.tenant.id, sessionId: s.id, locale: input.locale, requestedById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({
        action: "reflectie.report.requested",
        targetType: "ReflectieReport",
        targetId: report.id,
        data: { sessionId: s.id },
      });
      await ctx.enqueue(reportPdfJob, { reportId: report.id }, { idempotencyKey: report.id });
      return { reportId: report.id };
    }),

  /** For the progress bar. */
  status: procedure(P.participate)
    .input(z.object({ reportId: id }))
    .query(async ({ ctx, input }) => {
      const r = await visibleReport(ctx, input.reportId);
      const state = r.status === "done" ? "completed" : r.status === "failed" ? "failed" : r.progress > 0 ? "active" : "waiting";
      return { state, progress: r.status === "done" ? 100 : r.progress, fileName: r.fileName } as const;
    }),

  /** The stored PDF, base64-encoded, for a download link in the browser. */
  download: procedure(P.participate)
    .input(z.object({ reportId: id }))
    .query(async ({ ctx, input }) => {
      const r = await visibleReport(ctx, input.reportId);
      if (r.status !== "done") throw appError("reflectie.report.notReady");
      const row = await ctx.tx.reflectieReport.findUniqueOrThrow({ where: { id: r.id }, select: { pdf: true, fileName: true } });
      if (!row.pdf) throw appError("reflectie.report.notReady");
      await ctx.audit({
        action: "reflectie.report.downloaded",
        targetType: "ReflectieReport",
        targetId: r.id,
        data: { sessionId: r.sessionId },
      });
      return { fileName: row.fileName ?? "reflectie.pdf", contentType: "application/pdf", base64: Buffer.from(row.pdf).toString("base64") };
    }),
});
