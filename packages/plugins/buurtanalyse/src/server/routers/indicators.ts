import { looksLikeXlsx, readXlsxSheet, router, SheetProblem } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { readSectorCsv, readSectorRecords } from "../../indicators";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { P } from "../../manifest";
import { requireAnalysis, requireHypothesis } from "../access";
import { appError, orThrow } from "../errors";
import { procedure } from "../procedures";
import { id, importInput } from "../schemas";
import { indicatorTable } from "./indicator-table";

/** An Excel file's first sheet through core's reader, then the same reading of rows as a CSV file. */
async function readSectorXlsx(base64: string) {
  const bytes = new Uint8Array(Buffer.from(base64, "base64"));
  // The old binary format (an OLE2 compound file) is not a zip: name it rather than call the file broken.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw appError("buurtanalyse.import.oldExcel");
  if (!looksLikeXlsx(bytes)) throw appError("buurtanalyse.import.xlsxBroken");
  try {
    const sheet = await readXlsxSheet(bytes, { maxRows: L.importRows });
    return readSectorRecords(sheet.rows, sheet.rowNumbers);
  } catch (e) {
    if (!(e instanceof SheetProblem)) throw e;
    if (e.kind === "tooManyRows") throw appError("buurtanalyse.import.tooManyRows", { max: L.importRows });
    throw appError(e.kind === "empty" ? "buurtanalyse.import.empty" : "buurtanalyse.import.xlsxBroken");
  }
}

/**
 * Indicators per statistical sector, imported from a CSV or Excel file (sector code, indicator, year, value, optional weight):
 * good rows are stored (an indicator imported again for the same year is replaced), bad rows are reported one by
 * one; the table aggregates them to the buurt and names the sectors the data lacks.
 */
export const indicatorsRouter = router({
  list: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      return indicatorTable(ctx.tx, a.id);
    }),

  import: procedure(P.edit)
    .input(importInput)
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      if (input.hypothesisId) await requireHypothesis(ctx.tx, input.hypothesisId, a.id);
      const { rows, errors, fileError } = input.xlsx ? await readSectorXlsx(input.xlsx) : readSectorCsv(input.csv);
      if (fileError === "tooManyRows") throw appError("buurtanalyse.import.tooManyRows", { max: L.importRows });
      if (fileError) throw appError(`buurtanalyse.import.${fileError}`);
      if (rows.length === 0) return { imported: 0, indicators: [], errors: errors.slice(0, L.importErrors), errorCount: errors.length };
      const groups = new Map<string, typeof rows>();
      for (const r of rows) {
        const k = `${r.indicator}\u0000${r.year}`;
        groups.set(k, [...(groups.get(k) ?? []), r]);
      }
      const tenantId = ctx.tenant.id;
      const names: string[] = [];
      for (const group of groups.values()) {
        const first = group[0] as (typeof group)[number];
        const data = { method: input.method, source: input.source, ...(input.hypothesisId ? { hypothesisId: input.hypothesisId } : {}) };
        const ind = await ctx.tx.buurtanalyseIndicator.upsert({
          where: { tenantId_analysisId_name_year: { tenantId, analysisId: a.id, name: first.indicator, year: first.year } },
          create: { tenantId, analysisId: a.id, name: first.indicator, year: first.year, ...data },
          update: data,
          select: { id: true },
        });
        await ctx.tx.buurtanalyseSectorValue.deleteMany({ where: { indicatorId: ind.id } });
        await ctx.tx.buurtanalyseSectorValue.createMany({
          data: group.map((r) => ({ tenantId, indicatorId: ind.id, sectorCode: r.sector, value: r.value, weight: r.weight })),
        });
        names.push(`${first.indicator} (${first.year})`);
      }
      await ctx.audit({
        action: "buurtanalyse.indicators.imported",
        targetType: "BuurtanalyseAnalysis",
        targetId: a.id,
        data: { rows: rows.length, errors: errors.length, indicators: names.length },
      });
      return { imported: rows.length, indicators: names, errors: errors.slice(0, L.importErrors), errorCount: errors.length };
    }),

  /** Links an imported indicator to a hypothesis (or unlinks it with null). */
  link: procedure(P.edit)
    .input(z.object({ indicatorId: id, hypothesisId: id.nullable() }))
    .mutation(async ({ ctx, input }) => {
      const ind = orThrow(
        await ctx.tx.buurtanalyseIndicator.findUnique({ where: { id: input.indicatorId } }),
        "buurtanalyse.indicator.notFound",
      );
      if (input.hypothesisId) await requireHypothesis(ctx.tx, input.hypothesisId, ind.analysisId);
      await ctx.tx.buurtanalyseIndicator.update({ where: { id: ind.id }, data: { hypothesisId: input.hypothesisId } });
      return { ok: true };
    }),

  remove: procedure(P.edit)
    .input(z.object({ indicatorId: id }))
    .mutation(async ({ ctx, input }) => {
      const ind = orThrow(
        await ctx.tx.buurtanalyseIndicator.findUnique({ where: { id: input.indicatorId } }),
        "buurtanalyse.indicator.notFound",
      );
      await ctx.tx.buurtanalyseIndicator.delete({ where: { id: ind.id } });
      return { ok: true };
    }),
});
