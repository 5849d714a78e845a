import { badRequest, enqueue, getJobProgress, idempotentJobId, logger, orNotFound, router } from "@zorgzaam/core";
import { LOCALES } from "@zorgzaam/core/plugins/contract";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { P } from "../../manifest";
import type { PartnersCtx } from "../access";
import { actorFilters } from "../filters";
import { dropExpiredUploads, importJob, scheduleExpiry } from "../jobs/import";
import { procedure } from "../procedures";
import { id } from "../schemas";
import { allowed, analyse, type Duplicate, rowKey } from "../transfer/analyse";
import type { RowError } from "../transfer/draft";
import { T } from "../transfer/errors";
import { EXPORT_FORMATS, exportNetwork } from "../transfer/export";
import { IMPORT_FIELDS, proposeColumns, REQUIRED_FIELDS } from "../transfer/fields";
import { hsdsDrafts } from "../transfer/hsds";
import { type ImportMapping, importMapping, storedMapping } from "../transfer/mapping";
import { detectFormat, readTable } from "../transfer/source";
import { FileProblem } from "../transfer/table";
import { simplify } from "../transfer/text";

/**
 * Sizes. A request carries the file as base64 (4/3 of its size) and must stay under the web server's 10 MB request
 * limit, so at most 7 MB travels. The page gzips text files before sending (a CSV shrinks 5 to 10 times), so a CSV may
 * be up to 30 MB once unpacked: enough for 10^5 rows. Excel and zip files are compressed already: 7 MB.
 */
export const MAX_FILE_MB = 30;
export const MAX_UPLOAD_MB = 7;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
const MAX_BASE64 = Math.ceil((MAX_UPLOAD_MB * 1024 * 1024) / 3) * 4 + 4;

function unpack(bytes: Uint8Array<ArrayBuffer>, compressed: boolean): Uint8Array<ArrayBuffer> {
  if (!compressed) return bytes;
  try {
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES }));
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) throw badRequest(T.tooBig(MAX_FILE_MB));
    throw badRequest(T.badBase64);
  }
}
const PAGE = 50;
/** Problems kept for the preview's list (the count is always complete); a wrong mapping can make every row wrong. */
const MAX_STORED_ERRORS = 5_000;

const importInput = z.object({ id });
const action = z.enum(["skip", "update", "new"]);

/** Turns a problem with the file into a clear BAD_REQUEST; anything else is a real failure (logged, 500). */
async function readingFile<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof FileProblem) throw badRequest(e.message);
    throw e;
  }
}

/** An import the caller may see: uploaded by them, or by someone of their organisation (others answer NOT_FOUND). */
async function visibleImport(ctx: PartnersCtx, importId: string) {
  const org = ctx.membership.organisationId;
  return orNotFound(
    await ctx.tx.partnersImport.findFirst({
      where: { id: importId, OR: [{ requestedById: ctx.session.userId }, ...(org ? [{ organisationId: org }] : [])] },
    }),
    T.import,
  );
}

function page<T>(list: readonly T[], n: number, size = PAGE) {
  return { total: list.length, page: n, pageSize: size, items: list.slice(n * size, n * size + size) };
}

/** The mapping's value choices are stored under the simplified source value, as the rows are compared. */
function normaliseValues(m: ImportMapping): ImportMapping {
  const norm = <V>(r: Record<string, V>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [simplify(k), v]));
  return { ...m, values: { kind: norm(m.values.kind), sectors: norm(m.values.sectors), status: norm(m.values.status) } };
}

/** Import (CSV, XLSX, HSDS) and export (elements + connections CSV, GeoJSON, HSDS) of the network. */
export const transferRouter = router({
  /** Receives a file (base64 in JSON), recognises what it is and keeps it until it is imported (or for 7 days). */
  upload: procedure(P.transfer)
    .input(
      z.object({
        fileName: z.string().trim().min(1, "Geef de naam van het bestand").max(255, "Maximaal 255 tekens"),
        contentBase64: z.string().min(1, T.empty).max(MAX_BASE64, T.tooBig(MAX_UPLOAD_MB)),
        /** The page gzips text files before sending them. */
        compressed: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64) || input.contentBase64.length % 4 === 1) throw badRequest(T.badBase64);
      const bytes = unpack(new Uint8Array(Buffer.from(input.contentBase64, "base64")), input.compressed);
      if (bytes.length === 0) throw badRequest(T.empty);
      if (bytes.length > MAX_FILE_BYTES) throw badRequest(T.tooBig(MAX_FILE_MB));
      const info = await readingFile(async () => {
        const format = detectFormat(input.fileName, bytes);
        if (format === "hsds") {
          const r = hsdsDrafts(bytes, { status: "not_contacted", sectors: [] });
          return { format, headers: r.files, totalRows: r.totalRows, encoding: null, delimiter: null, sheetName: null };
        }
        const t = await readTable(format, bytes);
        return {
          format,
          headers: t.table.headers,
          totalRows: t.table.rows.length,
          encoding: t.encoding,
          delimiter: t.delimiter,
          sheetName: t.sheetName,
        };
      });
      if (info.totalRows === 0) throw badRequest(T.noRows);
      await dropExpiredUploads(ctx.tx);
      const row = await ctx.tx.partnersImport.create({
        data: {
          tenantId: ctx.tenant.id,
          fileName: input.fileName,
          format: info.format,
          fileSize: bytes.length,
          file: bytes,
          encoding: info.encoding,
          delimiter: info.delimiter,
          sheetName: info.sheetName,
          headers: info.headers,
          totalRows: info.totalRows,
          organisationId: ctx.membership.organisationId,
          requestedById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.audit({
        action: "partners.import.uploaded",
        targetType: "PartnersImport",
        targetId: row.id,
        data: { format: info.format, rows: info.totalRows, bytes: bytes.length },
      });
      const tenantId = ctx.tenant.id;
      ctx.afterCommit(() => scheduleExpiry(tenantId, row.id));
      return { id: row.id, format: info.format, totalRows: info.totalRows };
    }),

  /** Everything the import page shows: what was detected, the (proposed) mapping, a sample, the outcome. */
  get: procedure(P.transfer)
    .input(importInput)
    .query(async ({ ctx, input }) => {
      const imp = await visibleImport(ctx, input.id);
      const stored = storedMapping(imp.mapping);
      let sample: string[][] = [];
      let headers = imp.headers;
      const open = imp.status === "uploaded" || imp.status === "previewed";
      if (open && imp.file && imp.format !== "hsds") {
        // The headers and a few rows are enough here: a CSV is read only up to line 40.
        const t = await readingFile(() =>
          readTable(imp.format === "xlsx" ? "xlsx" : "csv", imp.file as Uint8Array, imp.delimiter, { firstLines: 40 }),
        );
        headers = t.table.headers;
        sample = t.table.rows.slice(0, 3).map((r) => r.cells);
      }
      const mapping: ImportMapping = stored ?? importMapping.parse({ columns: imp.format === "hsds" ? {} : proposeColumns(headers) });
      if (!stored) mapping.defaults.visibility = ctx.membership.organisationId ? ctx.settings.defaultVisibility : "partnership";
      const [sectors, actors] = await Promise.all([
        ctx.tx.partnersSector.findMany({
          where: { archived: false },
          orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
          select: { key: true, labelNl: true, labelFr: true, labelEn: true },
        }),
        imp.status === "done" && imp.actorIds.length
          ? ctx.tx.partnersActor.findMany({
              where: { id: { in: imp.actorIds.slice(0, 20) } },
              select: { id: true, name: true, lat: true },
              orderBy: { name: "asc" },
            })
          : [],
      ]);
      const errors = imp.errors as unknown as RowError[];
      const duplicates = imp.duplicates as unknown as Duplicate[];
      const validRows = imp.totalRows - new Set(errors.map((e) => rowKey(e))).size;
      return {
        id: imp.id,
        fileName: imp.fileName,
        format: imp.format as "csv" | "xlsx" | "hsds",
        status: imp.status as "uploaded" | "previewed" | "queued" | "running" | "done" | "failed",
        progress: imp.status === "done" ? 100 : imp.progress,
        encoding: imp.encoding,
        delimiter: imp.delimiter,
        sheetName: imp.sheetName,
        headers,
        sample,
        totalRows: imp.totalRows,
        mapping,
        mappingProposed: !stored,
        fields: IMPORT_FIELDS,
        requiredFields: REQUIRED_FIELDS,
        unknownValues: (imp.unknownValues ?? {}) as { kind?: string[]; sectors?: string[]; status?: string[] },
        errorCount: imp.errorCount,
        duplicateCount: imp.duplicateCount,
        validRows,
        toImport: validRows - duplicates.filter((d) => d.action === "skip").length,
        created: imp.createdCount,
        updated: imp.updatedCount,
        skipped: imp.skippedCount,
        message: imp.message,
        fileKept: imp.file !== null,
        createdAt: imp.createdAt,
        finishedAt: imp.finishedAt,
        hasOrganisation: ctx.membership.organisationId !== null,
        sectors,
        actors: actors.map((a) => ({ id: a.id, name: a.name, hasPoint: a.lat !== null })),
        moreActors: Math.max(0, imp.actorIds.length - 20),
      };
    }),

  /** Checks every row with this mapping and finds duplicates; stores the mapping and the result for the start. */
  preview: procedure(P.transfer)
    .input(z.object({ id, mapping: importMapping }))
    .mutation(async ({ ctx, input }) => {
      const imp = await visibleImport(ctx, input.id);
      if (imp.status !== "uploaded" && imp.status !== "previewed") throw badRequest(imp.status === "done" ? T.finished : T.alreadyStarted);
      if (!imp.file) throw badRequest(T.fileDropped);
      const mapping = normaliseValues(input.mapping);
      if (imp.format !== "hsds") {
        const cols = Object.entries(mapping.columns).filter((e): e is [string, number] => typeof e[1] === "number");
        if (mapping.columns.name == null) throw badRequest(T.nameNotMapped);
        const used = new Map<number, string>();
        for (const [f, i] of cols) {
          if (i >= imp.headers.length) throw badRequest(T.columnOutOfRange);
          if (used.has(i)) throw badRequest(T.columnTwice(imp.headers[i] ?? String(i + 1)));
          used.set(i, f);
        }
      }
      if (mapping.defaults.visibility === "organisation" && !imp.organisationId) throw badRequest(T.privateNeedsOrganisation);
      const analysis = await readingFile(() =>
        analyse(
          ctx.tx,
          { organisationId: imp.organisationId },
          { format: imp.format, file: imp.file, delimiter: imp.delimiter },
          mapping,
          imp.duplicates as unknown as Duplicate[],
        ),
      );
      await ctx.tx.partnersImport.update({
        where: { id: imp.id },
        data: {
          mapping: mapping as object,
          status: "previewed",
          message: null,
          totalRows: analysis.totalRows,
          errors: analysis.errors.slice(0, MAX_STORED_ERRORS) as unknown as object[],
          errorCount: analysis.errors.length,
          duplicates: analysis.duplicates as unknown as object[],
          duplicateCount: analysis.duplicates.length,
          unknownValues: analysis.unknown as unknown as object,
        },
      });
      await ctx.audit({
        action: "partners.import.previewed",
        targetType: "PartnersImport",
        targetId: imp.id,
        data: { rows: analysis.totalRows, errors: analysis.errors.length, duplicates: analysis.duplicates.length },
      });
      const skip = analysis.duplicates.filter((d) => d.action === "skip").length;
      return {
        totalRows: analysis.totalRows,
        valid: analysis.drafts.length,
        toImport: analysis.drafts.length - skip,
        errorCount: analysis.errors.length,
        duplicateCount: analysis.duplicates.length,
        unknownValues: analysis.unknown,
        errors: page(analysis.errors.slice(0, MAX_STORED_ERRORS), 0),
        duplicates: page(analysis.duplicates, 0),
      };
    }),

  /** One page of the problems or of the duplicates found by the last preview. */
  issues: procedure(P.transfer)
    .input(
      z.object({
        id,
        list: z.enum(["errors", "duplicates"]),
        page: z.number().int().min(0).max(100_000).default(0),
        pageSize: z.number().int().min(1).max(200).default(PAGE),
      }),
    )
    .query(async ({ ctx, input }) => {
      const imp = await visibleImport(ctx, input.id);
      if (input.list === "errors")
        return { list: "errors" as const, ...page(imp.errors as unknown as RowError[], input.page, input.pageSize) };
      return { list: "duplicates" as const, ...page(imp.duplicates as unknown as Duplicate[], input.page, input.pageSize) };
    }),

  /** What to do with duplicates: per row, or the same for all (skip, update the existing actor, import as new). */
  decide: procedure(P.transfer)
    .input(
      z.object({
        id,
        rows: z
          .array(z.object({ row: z.number().int().min(1).max(10_000_000), file: z.string().max(100).optional(), action }))
          .max(1_000)
          .default([]),
        all: action.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const imp = await visibleImport(ctx, input.id);
      if (imp.status !== "previewed") throw badRequest(imp.status === "uploaded" ? T.notPreviewed : T.alreadyStarted);
      const list = imp.duplicates as unknown as Duplicate[];
      const byKey = new Map(list.map((d) => [rowKey(d), d]));
      if (input.all) for (const d of list) d.action = allowed(d, input.all) ? input.all : d.action === "update" ? "skip" : d.action;
      for (const r of input.rows) {
        const d = byKey.get(rowKey(r));
        if (!d) throw badRequest(T.duplicateRow);
        if (!allowed(d, r.action)) throw badRequest(d.inFile ? T.updateInFile : T.updateNotAllowed);
        d.action = r.action;
      }
      await ctx.tx.partnersImport.update({ where: { id: imp.id }, data: { duplicates: list as unknown as object[] } });
      await ctx.audit({
        action: "partners.import.decided",
        targetType: "PartnersImport",
        targetId: imp.id,
        data: { rows: input.rows.length, all: input.all ?? null },
      });
      const count = (a: string) => list.filter((d) => d.action === a).length;
      return { skip: count("skip"), update: count("update"), new: count("new") };
    }),

  /** Starts the import job (after this transaction commits); refused while the preview shows any problem. */
  start: procedure(P.transfer)
    .input(importInput)
    .mutation(async ({ ctx, input }) => {
      const imp = await visibleImport(ctx, input.id);
      if (imp.status === "queued" || imp.status === "running") throw badRequest(T.alreadyStarted);
      if (imp.status === "done" || imp.status === "failed") throw badRequest(T.finished);
      if (imp.status !== "previewed") throw badRequest(T.notPreviewed);
      if (!imp.file) throw badRequest(T.fileDropped);
      if (imp.errorCount > 0) throw badRequest(T.hasErrors(imp.errorCount));
      const tenantId = ctx.tenant.id;
      const key = `${imp.id}:${Date.now()}`;
      const jobId = idempotentJobId(importJob.name, tenantId, key);
      const r = await ctx.tx.partnersImport.updateMany({
        where: { id: imp.id, status: "previewed" },
        data: { status: "queued", progress: 0, jobId, message: null },
      });
      if (r.count === 0) throw badRequest(T.alreadyStarted);
      await ctx.audit({
        action: "partners.import.started",
        targetType: "PartnersImport",
        targetId: imp.id,
        data: { format: imp.format, rows: imp.totalRows },
      });
      ctx.afterCommit(async () => {
        await enqueue(importJob, { importId: imp.id }, { tenantId, idempotencyKey: key });
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
            data: { status: "previewed", progress: 0, message: T.moduleWasOff, jobId: null },
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
        message: imp.message,
      };
    }),

  /** Past imports of the caller and their organisation, newest first. */
  list: procedure(P.transfer).query(async ({ ctx }) => {
    const org = ctx.membership.organisationId;
    await dropExpiredUploads(ctx.tx);
    const rows = await ctx.tx.partnersImport.findMany({
      where: { OR: [{ requestedById: ctx.session.userId }, ...(org ? [{ organisationId: org }] : [])] },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        fileName: true,
        format: true,
        status: true,
        progress: true,
        totalRows: true,
        createdCount: true,
        updatedCount: true,
        skippedCount: true,
        errorCount: true,
        createdAt: true,
        finishedAt: true,
        requestedById: true,
      },
    });
    const users = await ctx.tx.membership.findMany({
      where: { userId: { in: [...new Set(rows.map((r) => r.requestedById).filter((x): x is string => Boolean(x)))] } },
      select: { userId: true, user: { select: { name: true, email: true } } },
    });
    const names = new Map(users.map((u) => [u.userId, u.user.name?.trim() || u.user.email]));
    return rows.map(({ requestedById, ...r }) => ({ ...r, by: requestedById ? (names.get(requestedById) ?? null) : null }));
  }),

  /** A file of the network (within the caller's view and the shared filters), base64, for a download. Audited. */
  export: procedure(P.transfer)
    .input(z.object({ format: z.enum(EXPORT_FORMATS), filters: actorFilters, locale: z.enum(LOCALES).default("nl") }))
    .mutation(async ({ ctx, input }) => {
      const file = await exportNetwork(ctx, input.format, input.filters, input.locale);
      await ctx.audit({
        action: "partners.network.exported",
        targetType: "PartnersActor",
        data: { format: input.format, count: file.count, filters: input.filters as object },
      });
      return file;
    }),
});
