import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

/**
 * The one writer of spreadsheet files (CSV and XLSX) in the code base. Every export goes through it, so a value that
 * someone typed into a form cannot turn into a live formula when a coordinator opens the file in Excel, LibreOffice
 * or Google Sheets (CSV or formula injection, OWASP "CSV Injection", CWE-1236). A unit test keeps other files from
 * building CSV themselves or importing a CSV stringifier (no-bypass.test.ts).
 *
 * - A cell is text or a number. Numbers stay numbers (a negative number is not a formula); text is neutralised by
 *   `neutraliseFormula` in CSV and written as a text cell in XLSX.
 * - CSV follows RFC 4180: every text field in double quotes, a quote inside doubled, records ended by CRLF. A UTF-8
 *   byte order mark on request (Excel needs it to read accents; machine formats such as HSDS go without).
 */

/** A cell: text, or a number that is written as a number. null and undefined give an empty cell. */
export type Cell = string | number | null | undefined;

/** One table: a sheet in an XLSX workbook, or the whole of a CSV file. */
export interface SheetTable {
  name: string;
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
}

export const CSV_MEDIA_TYPE = "text/csv";
export const CSV_CONTENT_TYPE = `${CSV_MEDIA_TYPE}; charset=utf-8`;
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Characters that make a spreadsheet read a cell as a formula (with their full-width forms, which some read too). */
const FORMULA_START = "=+-@\uff1d\uff0b\uff0d\uff20";
/** Separators a spreadsheet may split a line on (whatever the file's own delimiter is): comma, semicolon, tab. */
const SEPARATORS = ",;\t";

/**
 * Makes a text cell safe to open in a spreadsheet, as OWASP recommends: a single quote before a cell that starts with
 * = + - @ (also after leading spaces, and the full-width forms), a tab or a carriage return, so that the spreadsheet
 * shows it as text instead of running it. Excel shows the quote only in the formula bar.
 *
 * The same goes for such a character right after a comma, semicolon or tab inside the cell (spaces between allowed):
 * a spreadsheet that splits on another separator than the file's (Belgian Excel splits on ";") would otherwise start
 * a new cell there. Line breaks inside a cell are left alone: they stay inside the quoted field.
 */
export function neutraliseFormula(text: string): string {
  let out = "";
  let atCellStart = true;
  let pendingSpaces = "";
  for (const ch of text) {
    if (atCellStart) {
      if (out === "" && pendingSpaces === "" && (ch === "\t" || ch === "\r")) {
        out += `'${ch}`;
        atCellStart = false;
        continue;
      }
      if (/\s/u.test(ch)) {
        pendingSpaces += ch;
        continue;
      }
      if (FORMULA_START.includes(ch)) out += out === "" ? `'${pendingSpaces}` : `${pendingSpaces}'`;
      else out += pendingSpaces;
      pendingSpaces = "";
      atCellStart = false;
    }
    out += ch;
    if (SEPARATORS.includes(ch)) atCellStart = true;
  }
  return out + pendingSpaces;
}

/**
 * Undoes `neutraliseFormula` on a cell read back from a file (our own export imported again): the quote before a
 * formula character goes, so "+32 9 …" comes back as it was typed. The text is stored as text, never evaluated.
 */
export function restoreNeutralised(text: string): string {
  const start = `[${FORMULA_START.replace("-", "\\-")}\\t\\r]`;
  return text
    .replace(new RegExp(`^'(?=\\s*${start})`, "u"), "")
    .replace(new RegExp(`([${SEPARATORS}]\\s*)'(?=[${FORMULA_START.replace("-", "\\-")}])`, "gu"), "$1");
}

function csvValue(cell: Cell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  return neutraliseFormula(cell);
}

/** A CSV file (header row first) as UTF-8 bytes. */
export function writeCsv(table: Pick<SheetTable, "header" | "rows">, options: { bom: boolean; delimiter?: "," | ";" }): Uint8Array {
  const text = stringify(
    [table.header, ...table.rows].map((row) => row.map(csvValue)),
    {
      bom: options.bom,
      delimiter: options.delimiter ?? ",",
      record_delimiter: "windows",
      quoted_string: true,
      cast: { number: (n) => String(n) },
    },
  );
  return new Uint8Array(Buffer.from(text, "utf8"));
}

/** Excel's limits: 31 characters for a sheet name (without : \ / ? * [ ]), 32,767 for a cell. */
const SHEET_NAME_MAX = 31;
const CELL_MAX = 32_767;

function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]\s]+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, SHEET_NAME_MAX) || "Blad";
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, SHEET_NAME_MAX - String(i).length - 1)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Text as XML 1.0 allows it (no control characters but tab and line breaks), within Excel's cell limit. */
function xlsxText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML cannot hold.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").slice(0, CELL_MAX);
}

/**
 * An XLSX workbook with one sheet per table. Text goes in as a text cell with the Text number format ("@"), so it is
 * never a formula, not when the file is opened and not when someone edits the cell later; numbers go in as numbers.
 */
export async function writeXlsx(sheets: readonly SheetTable[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Zorgzaam";
  wb.created = new Date();
  const taken = new Set<string>();
  for (const table of sheets) {
    const ws = wb.addWorksheet(sheetName(table.name, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    const put = (row: readonly Cell[]) => {
      const r = ws.addRow([]);
      row.forEach((value, i) => {
        if (value === null || value === undefined) return;
        const cell = r.getCell(i + 1);
        if (typeof value === "number") {
          if (Number.isFinite(value)) cell.value = value;
          return;
        }
        cell.value = xlsxText(value);
        cell.numFmt = "@";
      });
      return r;
    };
    put(table.header).font = { bold: true };
    for (const row of table.rows) put(row);
    table.header.forEach((h, i) => {
      const longest = Math.max(h.length, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? "").length));
      ws.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
