import { restoreNeutralised } from "@zorgzaam/core/plugin";
import type { AppError } from "@zorgzaam/core/plugin";
import { appError } from "../errors";

/**
 * A spreadsheet as read from a file: the header row and the data rows, each with its row number as the user sees it
 * in Excel (the header row of a plain CSV is row 1, its first data row row 2).
 */
export interface Table {
  headers: string[];
  /** Row number of the header row. */
  headerRow: number;
  rows: TableRow[];
}

export interface TableRow {
  row: number;
  cells: string[];
}

/** Limits of what we read: enough for a municipal list, small enough for one request and one transaction. */
export const MAX_ROWS = 100_000;
export const MAX_COLUMNS = 200;
export const MAX_CELL = 5_000;

/**
 * A problem with the file as a whole (not one row): the upload or preview is refused with this error (a code of the
 * module's catalog); `message` is its Dutch text.
 */
export class FileProblem extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = "FileProblem";
  }
}

/** An unclosed quote, near a line when the parser knows it. */
export function csvBroken(line: number | null): AppError {
  return line ? appError("partners.transfer.csvBrokenAt", { line }) : appError("partners.transfer.csvBroken");
}

/**
 * The header row among the first rows: the one where most cells are recognised column names (a municipal export often
 * starts with a title line or two), else the first row with at least two filled cells.
 */
export function findHeaderRow(rows: string[][], recognised: (cell: string) => boolean): number {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(rows.length, 10);
  for (let i = 0; i < limit; i++) {
    const cells = rows[i] ?? [];
    const score = cells.filter((c) => c.trim() && recognised(c)).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  for (let i = 0; i < limit; i++) if ((rows[i] ?? []).filter((c) => c.trim()).length >= 2) return i;
  return rows.findIndex((r) => r.some((c) => c.trim()));
}

/** Builds the table from raw rows (index i is spreadsheet row rowNumber(i)), dropping empty rows and trailing columns. */
export function toTable(raw: string[][], rowNumber: (i: number) => number, recognised: (cell: string) => boolean): Table {
  const h = findHeaderRow(raw, recognised);
  if (h < 0) throw new FileProblem(appError("partners.transfer.noHeader"));
  const headerCells = (raw[h] ?? []).map((c) => c.trim());
  // Columns without a name at the end of the header are left out (Excel exports often carry empty ones).
  let width = headerCells.length;
  while (width > 0 && !headerCells[width - 1]) width--;
  if (width === 0) throw new FileProblem(appError("partners.transfer.noHeader"));
  if (width > MAX_COLUMNS) throw new FileProblem(appError("partners.transfer.tooManyColumns", { max: MAX_COLUMNS }));
  const headers = headerCells.slice(0, width).map((c, i) => c || `(${i + 1})`);
  const rows: TableRow[] = [];
  for (let i = h + 1; i < raw.length; i++) {
    const cells = raw[i] ?? [];
    if (!cells.some((c) => c.trim())) continue;
    if (rows.length >= MAX_ROWS) throw new FileProblem(appError("partners.transfer.tooManyRows", { max: MAX_ROWS }));
    const out = new Array<string>(width);
    // Never cut: a cell longer than its field's limit is reported on its row by the field's validation.
    for (let c = 0; c < width; c++) out[c] = restoreNeutralised((cells[c] ?? "").trim());
    rows.push({ row: rowNumber(i), cells: out });
  }
  return { headers, headerRow: rowNumber(h), rows };
}
