import { defineJob, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { renderReportPdf } from "../pdf";
import { loadReport, reportFileName } from "../report-data";
import { asLocale } from "../text";

const ATTEMPTS = 3;

/**
 * Renders a session report to PDF and stores it in ReflectieReport. Reports its progress both to the queue (operator
 * view) and to the report row (the page's progress bar reads it there). Idempotent: a report that is done stays done.
 */
export const reportPdfJob = defineJob({
  name: "reflectie.report.pdf",
  payload: z.object({ reportId: z.uuid() }),
  attempts: ATTEMPTS,
  backoffMs: 2_000,
  handler: async (ctx, { reportId }) => {
    const tenantId = ctx.tenantId;
    if (!tenantId) throw new Error("reflectie.report.pdf needs a tenant");
    const setProgress = async (pct: number) => {
      await ctx.updateProgress(pct);
      await ctx.withTenantDb((tx: Tx) =>
        tx.reflectieReport.updateMany({ where: { id: reportId, status: "pending" }, data: { progress: pct } }),
      );
    };
    const loaded = await ctx.withTenantDb(async (tx) => {
      const report = await tx.reflectieReport.findFirst({
        where: { id: reportId, tenantId },
        select: { id: true, sessionId: true, status: true, locale: true },
      });
      if (!report || report.status === "done") return { report, data: null };
      return { report, data: await loadReport(tx, tenantId, report.sessionId, asLocale(report.locale)) };
    });
    // (Not "skipped": that word is the worker's answer for a disabled module.)
    if (!loaded.report) return { missing: true };
    if (loaded.report.status === "done") {
      await ctx.updateProgress(100);
      return { alreadyDone: true };
    }
    const { report, data } = loaded;
    if (!data) {
      await ctx.withTenantDb((tx) =>
        tx.reflectieReport.updateMany({
          where: { id: report.id, status: "pending" },
          data: { status: "failed", error: "session not found" },
        }),
      );
      return { failed: true, reason: "session not found" };
    }
    try {
      await setProgress(5);
      let last = 5;
      const pdf = await renderReportPdf(data, asLocale(report.locale), async (pct) => {
        // A few steps are enough for a progress bar; every percent would be a write.
        if (pct - last >= 15) {
          last = pct;
          await setProgress(pct);
        }
      });
      const fileName = reportFileName(data.session.title, data.session.date);
      await ctx.withTenantDb((tx) =>
        tx.reflectieReport.update({
          where: { id: report.id },
          data: { pdf: new Uint8Array(pdf), fileName, status: "done", progress: 100, completedAt: new Date(), error: null },
        }),
      );
      await ctx.updateProgress(100);
      return { bytes: pdf.length, fileName };
    } catch (err) {
      if (ctx.attempt >= ATTEMPTS) {
        await ctx.withTenantDb((tx) =>
          tx.reflectieReport.updateMany({
            where: { id: report.id, status: "pending" },
            data: { status: "failed", error: String((err as Error).message ?? err).slice(0, 500), completedAt: new Date() },
          }),
        );
      }
      throw err;
    }
  },
});
