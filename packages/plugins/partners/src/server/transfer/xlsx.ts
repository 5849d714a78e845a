import ExcelJS from "exceljs";
import { FileProblem, MAX_ROWS, type Table, toTable } from "./table";
import { appError } from "../errors";

/** A cell as the text a person sees in Excel (numbers as typed, dates as YYYY-MM-DD, links as their text). */
function cellText(v: ExcelJS.CellValue): string {
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
    if ("result" in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("error" in v) return "";
  }
  return String(v);
}

/** Reads the first worksheet with data of an .xlsx file (row numbers are Excel's own). */
export async function readXlsx(bytes: Uint8Array, recognised: (cell: string) => boolean): Promise<{ table: Table; sheetName: string }> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' types ask for a Node Buffer of its own @types/node version; any Buffer works.
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new FileProblem(appError("partners.transfer.xlsxBroken"));
  }
  const sheet = wb.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new FileProblem(appError("partners.transfer.xlsxEmpty"));
  if (sheet.rowCount > MAX_ROWS + 20) throw new FileProblem(appError("partners.transfer.tooManyRows", { max: MAX_ROWS }));
  const raw: string[][] = [];
  const numbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    // row.values is 1-based (index 0 is empty).
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    raw.push(cells);
    numbers.push(row.number);
  });
  return { table: toTable(raw, (i) => numbers[i] ?? i + 1, recognised), sheetName: sheet.name };
}
