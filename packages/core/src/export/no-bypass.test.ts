import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sourceFiles as scanSource } from "../testing/source-files";

// Every CSV and XLSX file the platform writes goes through ./table-writer.ts, which neutralises formula injection.
// This test reads the source of the apps and packages (tests, generated code and dependencies left out) and fails
// when a file writes spreadsheets another way: importing a CSV or spreadsheet writer itself, writing a workbook with
// exceljs, joining cells with a separator in a file about CSV, or setting the CSV content type.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const WRITER = "packages/core/src/export/table-writer.ts";
const SKIP_DIRS = new Set(["node_modules", ".next", ".turbo", "generated", "dist", "e2e", "test-results", "playwright-report"]);
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
const TEST_FILE = /(\.test\.tsx?$|(^|\/)(test-helpers|test-support|testing)\.ts$)/;

/** Ways around the writer, each a rule with a pattern. */
const RULES: { rule: string; test: (code: string) => boolean }[] = [
  {
    rule: "imports a CSV or spreadsheet writer (use @zorgzaam/core/export/table-writer)",
    test: (code) =>
      /(from\s+|import\(\s*|require\(\s*)["'](csv-stringify|json2csv|@json2csv\/[\w-]+|fast-csv|@fast-csv\/format|csv-writer|xlsx|node-xlsx|xlsx-populate|write-excel-file|@e965\/xlsx)(\/[\w/.-]*)?["']/.test(
        code,
      ),
  },
  { rule: "writes CSV with papaparse's unparse", test: (code) => /\bunparse\s*\(/.test(code) && /papaparse/.test(code) },
  {
    rule: "writes a workbook with exceljs",
    test: (code) => /["']exceljs["']/.test(code) && /\baddWorksheet\s*\(|\.xlsx\.write|\.csv\.write|\bwriteBuffer\s*\(/.test(code),
  },
  {
    rule: "joins cells with a separator in a file about CSV",
    test: (code) => /csv/i.test(code) && /\.join\(\s*(["'`])(,|;|\\t)\1\s*\)/.test(code),
  },
  { rule: "sets the CSV content type itself", test: (code) => /["'`]text\/csv/.test(code) },
];

function violations(code: string): string[] {
  return RULES.filter((r) => r.test(code)).map((r) => r.rule);
}

function sourceFiles(dir: string): string[] {
  return scanSource([path.relative(ROOT, dir)], { pattern: SOURCE, skip: SKIP_DIRS }).filter((rel) => !TEST_FILE.test(rel));
}

describe("spreadsheet files are written by the table writer only", () => {
  const files = [...sourceFiles(path.join(ROOT, "apps")), ...sourceFiles(path.join(ROOT, "packages"))];

  it("no source file outside the writer writes CSV or XLSX itself", () => {
    // A few hundred files: a broken walk that finds nothing would pass without checking anything.
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain(WRITER);
    const found = files
      .filter((f) => f !== WRITER)
      .flatMap((f) => violations(readFileSync(path.join(ROOT, f), "utf8")).map((v) => `${f}: ${v}`));
    expect(found).toEqual([]);
  });

  it("the exports that write CSV or XLSX use the writer", () => {
    // Modules reach the writer through their API, @zorgzaam/core/plugin, which re-exports it from ./table-writer.ts.
    expect(readFileSync(path.join(ROOT, "packages/core/src/plugin.ts"), "utf8")).toMatch(/\bwriteCsv,[^;]*from "\.\/export\/table-writer"/);
    const users = files.filter((f) =>
      /import\s*\{[^}]*\b(writeCsv|writeXlsx)\b[^}]*\}\s*from\s+["']@zorgzaam\/core\/(plugin|export\/table-writer)["']/.test(
        readFileSync(path.join(ROOT, f), "utf8"),
      ),
    );
    expect(users).toEqual(
      expect.arrayContaining([
        "packages/plugins/partners/src/server/transfer/export.ts",
        "packages/plugins/partners/src/server/transfer/hsds-write.ts",
      ]),
    );
  });

  it("each rule catches what it is for (and the writer itself trips them)", () => {
    expect(violations(readFileSync(path.join(ROOT, WRITER), "utf8"))).toEqual(
      expect.arrayContaining([RULES[0]?.rule, RULES[2]?.rule, RULES[4]?.rule]),
    );
    expect(violations('import { stringify } from "csv-stringify/sync";')).toEqual([RULES[0]?.rule]);
    expect(violations('const { stringify } = await import("csv-stringify");')).toEqual([RULES[0]?.rule]);
    expect(violations('import * as XLSX from "xlsx";')).toEqual([RULES[0]?.rule]);
    expect(violations('import Papa from "papaparse"; Papa.unparse(rows);')).toEqual([RULES[1]?.rule]);
    expect(violations('import ExcelJS from "exceljs"; const wb = new ExcelJS.Workbook(); wb.addWorksheet("x");')).toEqual([RULES[2]?.rule]);
    expect(violations('const file = "export.csv"; const line = cells.join(";");')).toEqual([RULES[3]?.rule]);
    expect(violations("return new Response(body, { headers: { 'content-type': 'text/csv' } });")).toEqual([RULES[4]?.rule]);
    // Reading is fine, and so is a comma list that has nothing to do with CSV.
    expect(violations('import ExcelJS from "exceljs"; await wb.xlsx.load(bytes);')).toEqual([]);
    expect(violations('import { parse } from "csv-parse/sync";')).toEqual([]);
    expect(violations('p.set("kinds", kinds.join(","));')).toEqual([]);
  });
});
