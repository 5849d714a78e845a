import ExcelJS from "exceljs";

/**
 * Reading a spreadsheet (.xlsx) a person uploads: the first worksheet with data, each cell as the text the person sees
 * in Excel, each row with Excel's own row number (so errors can name it). One place for every module's imports
 * (Partners' actor import, Buurtanalyse's indicators); the writing side is table-writer.ts.
 */

/** Why a file could not be read as a whole; each module words it in its own catalog. */
export class SheetProblem extends Error {
  constructor(readonly kind: "broken" | "empty" | "tooManyRows") {
    super(`spreadsheet: ${kind}`);
    this.name = "SheetProblem";
  }
}

/** A cell as the text a person sees in Excel (numbers as typed, dates as YYYY-MM-DD, links as their text). */
export function sheetCellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e9) / 1e9);
  if (typeof v === "boolean") return v ? "ja" : "nee";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("text" in v && v.text && typeof v.text === "object" && "richText" in v.text) {
      return (v.text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    }
    if ("result" in v) return sheetCellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("error" in v) return "";
  }
  return String(v);
}

/** True when the bytes start like a zip file (an .xlsx is one). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * The first worksheet with data: its non-empty rows as text cells, with their row numbers. More than `maxRows` rows
 * (plus a few title lines) is refused as a whole, never cut.
 */
export async function readXlsxSheet(
  bytes: Uint8Array,
  opts: { maxRows: number },
): Promise<{ rows: string[][]; rowNumbers: number[]; sheetName: string }> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' types ask for a Node Buffer of its own @types/node version; any Buffer works.
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new SheetProblem("broken");
  }
  const sheet = wb.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new SheetProblem("empty");
  if (sheet.rowCount > opts.maxRows + 20) throw new SheetProblem("tooManyRows");
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    // row.values is 1-based (index 0 is empty).
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(sheetCellText(values[c]));
    rows.push(cells);
    rowNumbers.push(row.number);
  });
  return { rows, rowNumbers, sheetName: sheet.name };
}
