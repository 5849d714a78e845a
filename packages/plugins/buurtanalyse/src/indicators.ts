import { parse } from "csv-parse/sync";
import type { AggregationMethod } from "./domain";
import { BUURTANALYSE_LIMITS as L } from "./limits";

/**
 * Indicators per statistical sector (the shape of Belgian open data: sector code, indicator, year, value, and an
 * optional weight such as the population), read from a CSV file and added up to the buurt by the sectors it covers.
 * Pure functions: the server stores what `readSectorCsv` accepts; the pages show what `aggregate` computes.
 */

export interface SectorRow {
  sector: string;
  indicator: string;
  year: number;
  value: number;
  weight: number | null;
}

/** A problem with one row, as a code and its params (the page words it from the catalogs). */
export interface RowError {
  row: number;
  code: "sector" | "indicator" | "year" | "value" | "weight" | "duplicate" | "columns";
  value?: string;
}

export type FileError = "empty" | "header" | "tooManyRows" | "broken";

const HEADERS: Record<keyof SectorRow, readonly string[]> = {
  sector: ["sector", "sectorcode", "cd_sector", "statistische sector", "secteur", "code"],
  indicator: ["indicator", "indicateur", "naam", "name"],
  year: ["year", "jaar", "annee", "année"],
  value: ["value", "waarde", "valeur"],
  weight: ["weight", "gewicht", "poids", "inwoners", "population", "bevolking"],
};

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/^\ufeff/, "");

/** A number as people write it: "1.234,5" (Belgian), "1234.5", "12,5". Null when it is not a number. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s/g, "");
  if (!s) return null;
  let t = s;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function detectDelimiter(firstLine: string): string {
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/**
 * Reads the file: a header row naming the columns (Dutch, French or English names), then one row per sector and
 * indicator. Every bad row is reported with its row number as a spreadsheet shows it (the header is row 1) and left
 * out; the good rows are kept.
 */
export function readSectorCsv(text: string): { rows: SectorRow[]; errors: RowError[]; fileError: FileError | null } {
  const clean = text.replace(/^\ufeff/, "");
  if (!clean.trim()) return { rows: [], errors: [], fileError: "empty" };
  const firstLine = clean.slice(0, clean.indexOf("\n") === -1 ? clean.length : clean.indexOf("\n"));
  let records: string[][];
  try {
    records = parse(clean, {
      delimiter: detectDelimiter(firstLine),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch {
    return { rows: [], errors: [], fileError: "broken" };
  }
  return readSectorRecords(records);
}

/**
 * The rows of a file already split into cells (a CSV as parsed, or an Excel sheet as core's reader gives it, with
 * Excel's row numbers): a header row names the columns, then one row per sector and indicator.
 */
export function readSectorRecords(
  records: string[][],
  rowNumbers?: readonly number[],
): { rows: SectorRow[]; errors: RowError[]; fileError: FileError | null } {
  if (records.length === 0 || records.every((r) => r.every((c) => !c.trim()))) return { rows: [], errors: [], fileError: "empty" };
  if (records.length - 1 > L.importRows) return { rows: [], errors: [], fileError: "tooManyRows" };
  // The header is the first row (among the first ten: an export often starts with a title line) that names the
  // four columns needed.
  const columns = (cells: readonly string[]) => {
    const header = cells.map(norm);
    const col = (k: keyof SectorRow) => header.findIndex((h) => HEADERS[k].includes(h));
    return { sector: col("sector"), indicator: col("indicator"), year: col("year"), value: col("value"), weight: col("weight") };
  };
  const headerAt = records.slice(0, 10).findIndex((r) => Object.entries(columns(r)).every(([k, i]) => k === "weight" || i >= 0));
  if (headerAt < 0) return { rows: [], errors: [], fileError: "header" };
  const at = columns(records[headerAt] ?? []);

  const rows: SectorRow[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  records.slice(headerAt + 1).forEach((r, i) => {
    const row = rowNumbers?.[headerAt + 1 + i] ?? headerAt + i + 2;
    if (r.every((c) => !c.trim())) return;
    const cell = (j: number) => (j >= 0 ? (r[j] ?? "").trim() : "");
    const read = readRow(row, cell(at.sector), cell(at.indicator), cell(at.year), cell(at.value), cell(at.weight));
    if ("code" in read) errors.push(read);
    else {
      const key = `${read.sector}\u0000${read.indicator}\u0000${read.year}`;
      if (seen.has(key)) errors.push({ row, code: "duplicate", value: read.sector });
      else {
        seen.add(key);
        rows.push(read);
      }
    }
  });
  return { rows, errors, fileError: null };
}

/** One data row, or what is wrong with it (the first problem found). */
function readRow(
  row: number,
  sectorText: string,
  indicator: string,
  yearText: string,
  valueText: string,
  weightText: string,
): SectorRow | RowError {
  const sector = sectorText.toUpperCase();
  const cut = (v: string) => v.slice(0, 40);
  if (!/^[0-9A-Z]{1,20}$/.test(sector)) return { row, code: "sector", value: cut(sector) };
  if (!indicator || indicator.length > L.label) return { row, code: "indicator", value: cut(indicator) };
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  if (!(year >= 1900 && year <= 2200)) return { row, code: "year", value: cut(yearText) };
  const value = parseNumber(valueText);
  if (value === null) return { row, code: "value", value: cut(valueText) };
  const weight = weightText ? parseNumber(weightText) : null;
  if (weightText && (weight === null || weight < 0)) return { row, code: "weight", value: cut(weightText) };
  return { sector, indicator, year, value, weight };
}

export interface Aggregate {
  /** The value for the buurt; null when none of its sectors has a value. */
  value: number | null;
  /** Sectors of the buurt that have a value. */
  covered: string[];
  /** Sectors of the buurt that the data lacks. */
  missing: string[];
  /** True when a mean was weighted (every covered sector had a weight). */
  weighted: boolean;
}

/**
 * One indicator for a buurt made of `sectors`: a sum (counts: residents, homes) or a mean (shares and rates), the
 * mean weighted by each sector's weight when every sector used has one (else a plain mean, so that one missing weight
 * does not silently tilt the figure). Sectors without data are named, never guessed.
 */
export function aggregate(
  values: readonly { sectorCode: string; value: number; weight: number | null }[],
  sectors: readonly string[],
  method: AggregationMethod,
): Aggregate {
  const bySector = new Map(values.map((v) => [v.sectorCode.toUpperCase(), v]));
  const wanted = [...new Set(sectors.map((s) => s.toUpperCase()))];
  const used = wanted.flatMap((s) => (bySector.has(s) ? [bySector.get(s) as (typeof values)[number]] : []));
  const covered = used.map((v) => v.sectorCode.toUpperCase());
  const missing = wanted.filter((s) => !bySector.has(s));
  if (used.length === 0) return { value: null, covered, missing, weighted: false };
  if (method === "sum") return { value: round(used.reduce((n, v) => n + v.value, 0)), covered, missing, weighted: false };
  const weighted = used.every((v) => v.weight !== null) && used.some((v) => (v.weight ?? 0) > 0);
  if (weighted) {
    const w = used.reduce((n, v) => n + (v.weight ?? 0), 0);
    return { value: round(used.reduce((n, v) => n + v.value * (v.weight ?? 0), 0) / w), covered, missing, weighted };
  }
  return { value: round(used.reduce((n, v) => n + v.value, 0) / used.length), covered, missing, weighted };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
