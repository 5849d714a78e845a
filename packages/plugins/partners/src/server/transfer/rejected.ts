import type { Locale } from "@zorgzaam/core/plugin";
import { CSV_CONTENT_TYPE, type SheetTable, writeCsv, writeXlsx, XLSX_CONTENT_TYPE } from "@zorgzaam/core/plugin";
import enTransfer from "../../messages/en/transfer.json";
import frTransfer from "../../messages/fr/transfer.json";
import nlTransfer from "../../messages/nl/transfer.json";
import { problemIn } from "../errors";
import type { RowError } from "./draft";

/**
 * Rows with a problem, handed back. The user may import the rows without a problem and get the others back as a file
 * of the same kind (CSV or Excel): the row number, the reason in the reader's language, then the row as it was. The
 * user fixes the file and imports it again. Rows are kept with the import for that (see the migration
 * 20261204001010_partners_import_valid_rows.sql); more than MAX_REJECTED_ROWS rows with a problem nearly always means
 * a wrong column mapping, so skipping them is refused with that limit named.
 */
export const MAX_REJECTED_ROWS = 5_000;

export interface RejectedRow {
  row: number;
  /** HSDS: the file of the package the row is in. */
  file?: string;
  /** The row's cells as read (CSV/XLSX); empty for HSDS, whose rows span several files. */
  cells: string[];
}

/**
 * The problems kept with an import: all of them while the rows with a problem can be handed back (each needs its
 * reason), else the first 5,000 (a wrong mapping can make every row wrong; the count stays complete).
 */
export function keptErrors(a: { errors: RowError[]; invalidRows: number }): RowError[] {
  return a.invalidRows <= MAX_REJECTED_ROWS ? a.errors : a.errors.slice(0, 5_000);
}

const WORDS = { nl: nlTransfer.rejected, fr: frTransfer.rejected, en: enTransfer.rejected } as const;

const key = (r: { row: number; file?: string }) => `${r.file ?? ""}#${r.row}`;

/** The reasons of one row in the reader's language, each with its column: "Breedtegraad: Tussen -90 en 90." */
function reasons(errors: readonly RowError[], locale: Locale): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const e of errors) {
    const text = problemIn(e, locale).message;
    const line = e.column ? `${e.column}: ${text}` : text;
    const list = out.get(key(e));
    if (list) list.push(line);
    else out.set(key(e), [line]);
  }
  return new Map([...out].map(([k, v]) => [k, v.join(" ")]));
}

export interface RejectedFile {
  fileName: string;
  contentType: string;
  base64: string;
  count: number;
}

/** The file of rejected rows, in the reader's language and the upload's own kind (Excel stays Excel). */
export async function rejectedFile(
  imp: { fileName: string; format: string; headers: string[]; delimiter: string | null },
  rows: readonly RejectedRow[],
  errors: readonly RowError[],
  locale: Locale,
): Promise<RejectedFile> {
  const w = WORDS[locale];
  const why = reasons(errors, locale);
  const hsds = imp.format === "hsds";
  const table: SheetTable = {
    name: w.sheet,
    header: hsds ? [w.file, w.row, w.reason] : [w.row, w.reason, ...imp.headers],
    rows: rows.map((r) => (hsds ? [r.file ?? "", r.row, why.get(key(r)) ?? ""] : [r.row, why.get(key(r)) ?? "", ...r.cells])),
  };
  const base = imp.fileName.replace(/\.[^.]+$/, "") || "import";
  if (imp.format === "xlsx") {
    const bytes = await writeXlsx([table]);
    return {
      fileName: `${base}-${w.suffix}.xlsx`,
      contentType: XLSX_CONTENT_TYPE,
      base64: Buffer.from(bytes).toString("base64"),
      count: rows.length,
    };
  }
  // A CSV comes back with the separator it came with, so Excel opens it the same way.
  const bytes = writeCsv(table, { bom: true, delimiter: imp.delimiter === ";" ? ";" : "," });
  return {
    fileName: `${base}-${w.suffix}.csv`,
    contentType: CSV_CONTENT_TYPE,
    base64: Buffer.from(bytes).toString("base64"),
    count: rows.length,
  };
}
