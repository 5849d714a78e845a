import { getJobProgress, logger } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../../manifest";
import { importJob } from "../../jobs/import";
import { procedure } from "../../procedures";
import type { RowError } from "../../transfer/draft";
import { MAX_REJECTED_ROWS, type RejectedRow, rejectedFile } from "../../transfer/rejected";
import { importInput, visibleImport } from "./shared";
import { appError, readStoredMessage, storedMessage } from "../../errors";

/** Running an import: starting its job and following it (see ../transfer.ts). */
export const runProcedures = {
  /**
   * Starts the import job (with this transaction). While the preview shows a problem it is refused, unless the user
   * asks to import only the rows without a problem (`skipInvalid`): the others are then handed back as a file.
   */
  start: procedure(P.transfer)
    .input(importInput.extend({ skipInvalid: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      const imp = await visibleImport(ctx, input.id);
      if (imp.status === "queued" || imp.status === "running") throw appError("partners.transfer.alreadyStarted");
      if (imp.status === "done" || imp.status === "failed") throw appError("partners.transfer.finished");
      if (imp.status !== "previewed") throw appError("partners.transfer.notPreviewed");
      if (!imp.file) throw appError("partners.transfer.fileDropped");
      if (imp.errorCount > 0) {
        if (!input.skipInvalid) throw appError("partners.transfer.hasErrors", { count: imp.errorCount });
        if (imp.invalidRows > MAX_REJECTED_ROWS) throw appError("partners.transfer.tooManyInvalid", { max: MAX_REJECTED_ROWS });
        if (imp.invalidRows >= imp.totalRows) throw appError("partners.transfer.nothingValid");
      }
      const key = `${imp.id}:${Date.now()}`;
      // In this transaction (the outbox): the job exists exactly when the import is marked queued.
      const jobId = await ctx.enqueue(importJob, { importId: imp.id }, { idempotencyKey: key });
      const r = await ctx.tx.partnersImport.updateMany({
        where: { id: imp.id, status: "previewed" },
        data: { status: "queued", progress: 0, jobId, message: null, skipInvalid: input.skipInvalid && imp.errorCount > 0 },
      });
      if (r.count === 0) throw appError("partners.transfer.alreadyStarted");
      await ctx.audit({
        action: "partners.import.started",
        targetType: "PartnersImport",
        targetId: imp.id,
        data: { format: imp.format, rows: imp.totalRows, skipInvalid: input.skipInvalid && imp.errorCount > 0 },
      });
      return { id: imp.id };
    }),

  /** For the progress bar (polled while the job runs). */
  status: procedure(P.transfer)
    .input(importInput)
    .query(async ({ ctx, input }) => {
      let imp = await visibleImport(ctx, input.id);
      if ((imp.status === "queued" || imp.status === "running") && imp.jobId) {
        // A job skipped because the module was switched off while it waited leaves the import "queued": offer a restart.
        const job = await getJobProgress(imp.jobId).catch((err) => {
          logger.warn({ err, importId: imp.id }, "could not read the import job's state");
          return undefined;
        });
        const skipped = job?.state === "completed" && (job.result as { skipped?: boolean } | null)?.skipped === true;
        if (skipped) {
          await ctx.tx.partnersImport.updateMany({
            where: { id: imp.id, status: { in: ["queued", "running"] } },
            data: { status: "previewed", progress: 0, message: storedMessage(appError("partners.transfer.moduleWasOff")), jobId: null },
          });
          imp = await visibleImport(ctx, input.id);
        }
      }
      return {
        status: imp.status as "uploaded" | "previewed" | "queued" | "running" | "done" | "failed",
        progress: imp.status === "done" ? 100 : imp.progress,
        created: imp.createdCount,
        updated: imp.updatedCount,
        skipped: imp.skippedCount,
        errorCount: imp.errorCount,
        invalidRows: imp.invalidRows,
        rejected: (imp.rejectedRows as unknown[]).length,
        message: readStoredMessage(imp.message, ctx.locale),
      };
    }),

  /** The rows with a problem, handed back as a file (CSV or Excel, like the upload) with the reason per row in the reader's language. */
  rejected: procedure(P.transfer)
    .input(importInput)
    .mutation(async ({ ctx, input }) => {
      const imp = await visibleImport(ctx, input.id);
      const rows = imp.rejectedRows as unknown as RejectedRow[];
      if (rows.length === 0) throw appError("partners.transfer.noRejected");
      const file = await rejectedFile(imp, rows, imp.errors as unknown as RowError[], ctx.locale);
      await ctx.audit({
        action: "partners.import.rejectedDownloaded",
        targetType: "PartnersImport",
        targetId: imp.id,
        data: { rows: file.count },
      });
      return file;
    }),
};
