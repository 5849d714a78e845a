import { defineJob, type Enqueue, logger, type Tx, writeAudit } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { type Analysis, analyse, type Duplicate } from "../transfer/analyse";
import { type Applied, applyImport } from "../transfer/apply";
import { storedMapping } from "../transfer/mapping";
import { keptErrors, MAX_REJECTED_ROWS } from "../transfer/rejected";
import { FileProblem } from "../transfer/table";
import { enqueueGeocoding, geocodeSetting } from "./geocode";
import { appError, storedMessage } from "../errors";

const ATTEMPTS = 3;
/**
 * 10^5 rows are written in one transaction so that a failure leaves nothing behind, which can take longer than the
 * 20 s core allows a request's transaction.
 */
const IMPORT_TX_TIMEOUT_MS = 300_000;

type Outcome = { kind: "already" } | { kind: "errors"; analysis: Analysis } | { kind: "done"; applied: Applied; analysis: Analysis };

/**
 * Imports a previewed file: reads and checks it again, then writes every actor in ONE transaction (all or nothing;
 * with the user's `skipInvalid`, all of the rows without a problem, the others kept to be handed back),
 * while the progress is written to the import row in separate short transactions so the page's progress bar moves.
 * A transaction-scoped advisory lock and the "done" status make a second run (a retry, a worker that died) a no-op.
 * After the commit: the file is gone from the row, and actors with an address but no point go to the geocoder.
 */
export const importJob = defineJob({
  name: "partners.import",
  payload: z.object({ importId: z.uuid() }),
  attempts: ATTEMPTS,
  backoffMs: 5_000,
  handler: async (ctx, { importId }) => {
    const tenantId = ctx.tenantId;
    if (!tenantId) throw new Error("partners.import needs a tenant");
    const imp = await ctx.withTenantDb((tx) =>
      tx.partnersImport.findFirst({
        where: { id: importId },
        select: { status: true, requestedById: true, organisationId: true, startedAt: true },
      }),
    );
    if (!imp) return { missing: true };
    if (imp.status === "done") {
      await ctx.updateProgress(100);
      return { alreadyDone: true };
    }
    if (imp.status !== "queued" && imp.status !== "running") return { notStarted: true, status: imp.status };

    let last = -1;
    const progress = async (pct: number) => {
      const p = Math.max(1, Math.min(99, Math.floor(pct)));
      if (p === last) return;
      last = p;
      await ctx.updateProgress(p);
      await ctx.withTenantDb((tx) =>
        tx.partnersImport.updateMany({
          where: { id: importId, status: { in: ["queued", "running"] } },
          data: { progress: p, status: "running", ...(imp.startedAt ? {} : { startedAt: new Date() }) },
        }),
      );
    };
    await progress(1);

    let outcome: Outcome;
    try {
      outcome = await ctx.withTenantDb(
        async (tx): Promise<Outcome> => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`partners.import:${importId}`}))`;
          const row = await tx.partnersImport.findUniqueOrThrow({ where: { id: importId } });
          if (row.status === "done") return { kind: "already" };
          const mapping = storedMapping(row.mapping);
          if (!mapping) throw new FileProblem(appError("partners.transfer.notPreviewed"));
          const analysis = await analyse(
            tx,
            { organisationId: row.organisationId },
            { format: row.format, file: row.file, delimiter: row.delimiter },
            mapping,
            row.duplicates as unknown as Duplicate[],
          );
          await progress(10);
          // Rows with a problem stop the import, unless the user chose to import the others and get these back.
          if (analysis.errors.length && (!row.skipInvalid || analysis.invalidRows > MAX_REJECTED_ROWS)) return { kind: "errors", analysis };
          const visibility = mapping.defaults.visibility === "organisation" && row.organisationId ? "organisation" : "partnership";
          const applied = await applyImport(
            tx,
            {
              tenantId,
              importId,
              format: row.format,
              organisationId: row.organisationId,
              visibility,
              byUserId: row.requestedById,
              given: {
                kind: row.format === "hsds" || mapping.columns.kind != null,
                status: row.format !== "hsds" && mapping.columns.status != null,
                missing: row.format !== "hsds" && mapping.columns.missing != null,
              },
              progress: (f) => progress(10 + f * 88),
            },
            analysis,
          );
          await writeAudit(tx, {
            tenantId,
            actorUserId: row.requestedById,
            action: "partners.import.completed",
            targetType: "PartnersImport",
            targetId: importId,
            data: {
              created: applied.created.length,
              updated: applied.updated.length,
              skipped: applied.skipped,
              links: applied.links,
              rejected: analysis.invalidRows,
            },
          });
          const now = new Date();
          await tx.partnersImport.update({
            where: { id: importId },
            data: {
              status: "done",
              progress: 100,
              finishedAt: now,
              file: null,
              fileDroppedAt: now,
              message: null,
              createdCount: applied.created.length,
              updatedCount: applied.updated.length,
              skippedCount: applied.skipped,
              errorCount: analysis.errors.length,
              errors: keptErrors(analysis) as unknown as object[],
              invalidRows: analysis.invalidRows,
              rejectedRows: analysis.rejected as unknown as object[],
              duplicates: analysis.duplicates as unknown as object[],
              duplicateCount: analysis.duplicates.length,
              actorIds: [...applied.created, ...applied.updated],
            },
          });
          return { kind: "done", applied, analysis };
        },
        { timeoutMs: IMPORT_TX_TIMEOUT_MS },
      );
    } catch (err) {
      const fileProblem = err instanceof FileProblem;
      if (fileProblem || ctx.attempt >= ATTEMPTS) {
        logger.error({ err, importId, tenantId }, "partners import failed; nothing was imported");
        const now = new Date();
        await ctx.withTenantDb((tx) =>
          tx.partnersImport.updateMany({
            where: { id: importId, status: { in: ["queued", "running"] } },
            data: {
              status: "failed",
              finishedAt: now,
              file: null,
              fileDroppedAt: now,
              message: storedMessage(fileProblem ? (err as FileProblem).error : appError("partners.transfer.jobFailed")),
            },
          }),
        );
        if (fileProblem) return { failed: true, reason: (err as FileProblem).message };
      }
      throw err;
    }

    if (outcome.kind === "already") {
      await ctx.updateProgress(100);
      return { alreadyDone: true };
    }
    if (outcome.kind === "errors") {
      // The data changed since the preview (e.g. a sector was archived): back to the preview, with the new problems.
      const a = outcome.analysis;
      await ctx.withTenantDb((tx) =>
        tx.partnersImport.updateMany({
          where: { id: importId, status: { in: ["queued", "running"] } },
          data: {
            status: "previewed",
            progress: 0,
            message: storedMessage(
              a.invalidRows > MAX_REJECTED_ROWS
                ? appError("partners.transfer.tooManyInvalid", { max: MAX_REJECTED_ROWS })
                : appError("partners.transfer.hasErrors", { count: a.errors.length }),
            ),
            errors: keptErrors(a) as unknown as object[],
            errorCount: a.errors.length,
            invalidRows: a.invalidRows,
            rejectedRows: a.rejected as unknown as object[],
            duplicates: a.duplicates as unknown as object[],
            duplicateCount: a.duplicates.length,
            unknownValues: a.unknown as unknown as object,
          },
        }),
      );
      return { refused: true, errors: a.errors.length };
    }

    await ctx.updateProgress(100);
    const { applied } = outcome;
    if (applied.toGeocode.length) {
      const on = await ctx.withTenantDb((tx) => geocodeSetting(tx, tenantId));
      if (on) await enqueueGeocoding(ctx.enqueue, applied.toGeocode);
    }
    return { created: applied.created.length, updated: applied.updated.length, skipped: applied.skipped, links: applied.links };
  },
});

/** Days an uploaded file that is never imported is kept. */
export const UPLOAD_RETENTION_DAYS = 7;

/** Drops the bytes of an upload that was not imported within the retention period (enqueued, delayed, at upload). */
export const importExpireJob = defineJob({
  name: "partners.import.expire",
  payload: z.object({ importId: z.uuid() }),
  attempts: 5,
  backoffMs: 60_000,
  handler: async (ctx, { importId }) => {
    const r = await ctx.withTenantDb((tx) => dropExpiredUploads(tx, importId));
    return { dropped: r };
  },
});

/**
 * Drops the file of unstarted uploads older than the retention period (one, or all of the tenant); for one import
 * (its expiry job), also the rows with a problem kept to hand back, whatever its state.
 */
export async function dropExpiredUploads(tx: Tx, importId?: string): Promise<number> {
  const before = new Date(Date.now() - UPLOAD_RETENTION_DAYS * 86_400_000 + 60_000);
  const r = await tx.partnersImport.updateMany({
    where: {
      ...(importId ? { id: importId } : {}),
      status: { in: ["uploaded", "previewed"] },
      file: { not: null },
      createdAt: { lt: before },
    },
    data: { file: null, fileDroppedAt: new Date() },
  });
  // The rows handed back go with the expiry job of their own import (not on every page view: a request has 20 s).
  if (importId) {
    await tx.partnersImport.updateMany({
      where: { id: importId, createdAt: { lt: before }, NOT: { rejectedRows: { equals: [] } } },
      data: { rejectedRows: [] },
    });
  }
  return r.count;
}
/** Enqueues the expiry of an upload (with the upload's transaction, through ctx.enqueue). */
export async function scheduleExpiry(enqueue: Enqueue, importId: string): Promise<void> {
  await enqueue(importExpireJob, { importId }, { idempotencyKey: importId, delayMs: UPLOAD_RETENTION_DAYS * 86_400_000 });
}
