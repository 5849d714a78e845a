import { P } from "../../../manifest";
import { dropExpiredUploads } from "../../jobs/import";
import { procedure } from "../../procedures";
import type { Duplicate } from "../../transfer/analyse";
import { IMPORT_FIELDS, proposeColumns, REQUIRED_FIELDS } from "../../transfer/fields";
import { type ImportMapping, importMapping, storedMapping } from "../../transfer/mapping";
import { readTable } from "../../transfer/source";
import { importInput, readingFile, visibleImport } from "./shared";
import { readStoredMessage } from "../../errors";

/** Looking at imports: one import with everything its page shows, and the list of past imports (see ../transfer.ts). */
export const importProcedures = {
  /** Everything the import page shows: what was detected, the (proposed) mapping, a sample, the outcome. */
  get: procedure(P.transfer)
    .input(importInput)
    .query(async ({ ctx, input }) => {
      const imp = await visibleImport(ctx, input.id);
      const stored = storedMapping(imp.mapping);
      let sample: string[][] = [];
      let firstRows: string[][] = [];
      let headers = imp.headers;
      const open = imp.status === "uploaded" || imp.status === "previewed";
      if (open && imp.file && imp.format !== "hsds") {
        // The headers and a few rows are enough here: a CSV is read only up to line 40.
        const t = await readingFile(() =>
          readTable(imp.format === "xlsx" ? "xlsx" : "csv", imp.file as Uint8Array, imp.delimiter, { firstLines: 40 }),
        );
        headers = t.table.headers;
        sample = t.table.rows.slice(0, 3).map((r) => r.cells);
        firstRows = t.table.rows.map((r) => r.cells);
      }
      const mapping: ImportMapping =
        stored ?? importMapping.parse({ columns: imp.format === "hsds" ? {} : proposeColumns(headers, firstRows) });
      if (!stored) mapping.defaults.visibility = ctx.membership.organisationId ? ctx.settings.defaultVisibility : "partnership";
      const sectors = await ctx.tx.partnersSector.findMany({
        where: { archived: false },
        orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
        select: { key: true, labelNl: true, labelFr: true, labelEn: true },
      });
      const actors =
        imp.status === "done" && imp.actorIds.length
          ? await ctx.tx.partnersActor.findMany({
              where: { id: { in: imp.actorIds.slice(0, 20) } },
              select: { id: true, name: true, lat: true },
              orderBy: { name: "asc" },
            })
          : [];
      const duplicates = imp.duplicates as unknown as Duplicate[];
      const validRows = imp.totalRows - imp.invalidRows;
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
        invalidRows: imp.invalidRows,
        rejected: (imp.rejectedRows as unknown[]).length,
        skipInvalid: imp.skipInvalid,
        duplicateCount: imp.duplicateCount,
        validRows,
        toImport: validRows - duplicates.filter((d) => d.action === "skip").length,
        created: imp.createdCount,
        updated: imp.updatedCount,
        skipped: imp.skippedCount,
        message: readStoredMessage(imp.message, ctx.locale),
        fileKept: imp.file !== null,
        createdAt: imp.createdAt,
        finishedAt: imp.finishedAt,
        hasOrganisation: ctx.membership.organisationId !== null,
        sectors,
        actors: actors.map((a) => ({ id: a.id, name: a.name, hasPoint: a.lat !== null })),
        moreActors: Math.max(0, imp.actorIds.length - 20),
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
};
