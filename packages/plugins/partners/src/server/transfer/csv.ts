import { CsvError, parse } from "csv-parse/sync";
import { decodeText, type Encoding } from "./decode";
import { csvBroken, FileProblem, MAX_CELL, MAX_ROWS, type Table, toTable } from "./table";
import { appError } from "../errors";

export const DELIMITERS = [";", ",", "\t", "|"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

function parseRows(text: string, delimiter: string, toLine?: number): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    // Real files have stray quotes inside unquoted cells (Café "De Hoek"); keep them as text.
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
    max_record_size: MAX_CELL * 50,
    ...(toLine ? { to_line: toLine } : {}),
  }) as string[][];
}

/**
 * The separator of a CSV file: of ; , tab and |, the one that splits the first lines into the same number (> 1) of
 * columns most consistently. Belgian Excel writes ";", most other tools ",". Ties go to the order above.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 65_536);
  const cut = sample.length < text.length ? sample.slice(0, Math.max(sample.lastIndexOf("\n"), 1)) : sample;
  let best: Delimiter = ";";
  let bestScore = -1;
  for (const d of DELIMITERS) {
    let rows: string[][];
    try {
      rows = parseRows(cut, d, 30).filter((r) => r.some((c) => c.trim()));
    } catch {
      continue;
    }
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [len, n] of counts) if (n > modeCount || (n === modeCount && len > mode)) [mode, modeCount] = [len, n];
    if (mode < 2) continue;
    const score = (modeCount / rows.length) * 1000 + Math.min(mode, 100);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Reads a CSV file: encoding, separator, header row and data rows (row numbers as Excel shows them). */
export function readCsv(
  bytes: Uint8Array,
  recognised: (cell: string) => boolean,
  given?: { delimiter?: string | null; firstLines?: number },
): { table: Table; encoding: Encoding; delimiter: Delimiter } {
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw new FileProblem(appError("partners.transfer.empty"));
  const delimiter = (DELIMITERS as readonly string[]).includes(given?.delimiter ?? "")
    ? (given?.delimiter as Delimiter)
    : detectDelimiter(text);
  let raw: string[][];
  try {
    raw = parseRows(text, delimiter, given?.firstLines);
  } catch (e) {
    if (e instanceof CsvError) throw new FileProblem(csvBroken((e as CsvError & { lines?: number }).lines ?? null));
    throw e;
  }
  if (raw.length > MAX_ROWS + 20) throw new FileProblem(appError("partners.transfer.tooManyRows", { max: MAX_ROWS }));
  // Each record is one row in Excel (a cell with a line break stays in its row), so record i is row i + 1.
  return { table: toTable(raw, (i) => i + 1, recognised), encoding, delimiter };
}
