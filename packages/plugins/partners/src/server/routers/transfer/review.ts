import { z } from "zod";
import { P } from "../../../manifest";
import { procedure } from "../../procedures";
import { id } from "../../schemas";
import { allowed, analyse, type Duplicate, rowKey } from "../../transfer/analyse";
import type { RowError } from "../../transfer/draft";
import { type ImportMapping, importMapping } from "../../transfer/mapping";
import { keptErrors } from "../../transfer/rejected";
import { simplify } from "../../transfer/text";
import { PAGE, page, readingFile, visibleImport } from "./shared";
import { appError, problemIn } from "../../errors";

/** Problems shown in the preview's first page list (the count is always complete). */
const MAX_STORED_ERRORS = 5_000;

const action = z.enum(["skip", "update", "new"]);

/** The mapping's value choices are stored under the simplified source value, as the rows are compared. */
function normaliseValues(m: ImportMapping): ImportMapping {
  const norm = <V>(r: Record<string, V>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [simplify(k), v]));
  return { ...m, values: { kind: norm(m.values.kind), sectors: norm(m.values.sectors), status: norm(m.values.status) } };
}

/** Checking an import before it starts: the preview, its lists, and the choices about duplicates (see ../transfer.ts). */
export const reviewProcedures = {
  /** Checks every row with this mapping and finds duplicates; stores the mapping and the result for the start. */
  preview: procedure(P.transfer)
    .input(z.object({ id, mapping: importMapping }))
    .mutation(async ({ ctx, input }) => {
      const imp = await visibleImport(ctx, input.id);
      if (imp.status !== "uploaded" && imp.status !== "previewed")
        throw appError(imp.status === "done" ? "partners.transfer.finished" : "partners.transfer.alreadyStarted");
      if (!imp.file) throw appError("partners.transfer.fileDropped");
      const mapping = normaliseValues(input.mapping);
      if (imp.format !== "hsds") {
        const cols = Object.entries(mapping.columns).filter((e): e is [string, number] => typeof e[1] === "number");
        if (mapping.columns.name == null) throw appError("partners.transfer.nameNotMapped");
        const used = new Map<number, string>();
        for (const [f, i] of cols) {
          if (i >= imp.headers.length) throw appError("partners.transfer.columnOutOfRange");
          if (used.has(i)) throw appError("partners.transfer.columnTwice", { label: imp.headers[i] ?? String(i + 1) });
          used.set(i, f);
        }
      }
      if (mapping.defaults.visibility === "organisation" && !imp.organisationId)
        throw appError("partners.transfer.privateNeedsOrganisation");
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
          errors: keptErrors(analysis) as unknown as object[],
          errorCount: analysis.errors.length,
          invalidRows: analysis.invalidRows,
          rejectedRows: analysis.rejected as unknown as object[],
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
        invalidRows: analysis.invalidRows,
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
      if (input.list === "errors") {
        const errors = page(imp.errors as unknown as RowError[], input.page, input.pageSize);
        return { list: "errors" as const, ...errors, items: errors.items.map((e) => problemIn(e, ctx.locale)) };
      }
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
      if (imp.status !== "previewed")
        throw appError(imp.status === "uploaded" ? "partners.transfer.notPreviewed" : "partners.transfer.alreadyStarted");
      const list = imp.duplicates as unknown as Duplicate[];
      const byKey = new Map(list.map((d) => [rowKey(d), d]));
      if (input.all) for (const d of list) d.action = allowed(d, input.all) ? input.all : d.action === "update" ? "skip" : d.action;
      for (const r of input.rows) {
        const d = byKey.get(rowKey(r));
        if (!d) throw appError("partners.transfer.duplicateRow");
        if (!allowed(d, r.action)) throw appError(d.inFile ? "partners.transfer.updateInFile" : "partners.transfer.updateNotAllowed");
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
};
