import { restoreNeutralised } from "@zorgzaam/core/plugin";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { detectDelimiter } from "./csv";
import { decodeText } from "./decode";
import { HSDS_RESOURCES } from "./hsds-schema";
import { FileProblem, MAX_ROWS } from "./table";
import { appError } from "../errors";

// Opening an HSDS zip and reading its CSV files into records (the resources are in ./hsds-schema.ts).

/** One row of an HSDS CSV, by (lower-case) column name, with its line number in the file. */
export type Rec = Record<string, string> & { __row: number };

/** Is this zip an HSDS package (rather than an Excel file, which is a zip too)? */
export function isHsdsZip(files: string[]): boolean {
  return files.some((f) => /(^|\/)(datapackage\.json|organizations?\.csv|services?\.csv)$/i.test(f));
}

export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch {
    throw new FileProblem(appError("partners.transfer.zipBroken"));
  }
}

function readCsvRecords(bytes: Uint8Array): Rec[] {
  const { text } = decodeText(bytes);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      bom: true,
      skip_empty_lines: false,
    });
  } catch {
    throw new FileProblem(appError("partners.transfer.csvBroken"));
  }
  const headers = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const out: Rec[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i] ?? [];
    if (!r.some((c) => c.trim())) continue;
    if (out.length >= MAX_ROWS) throw new FileProblem(appError("partners.transfer.tooManyRows", { max: MAX_ROWS }));
    const rec = { __row: i + 1 } as Rec;
    headers.forEach((h, c) => {
      rec[h] = restoreNeutralised((r[c] ?? "").trim());
    });
    out.push(rec);
  }
  return out;
}

/** Finds each resource through datapackage.json, else by its usual file names (singular or plural). */
export function readResources(files: Record<string, Uint8Array>): { tables: Record<string, { path: string; rows: Rec[] }> } {
  const byBase = new Map<string, Uint8Array>();
  const byPath = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith("/") || path.startsWith("__MACOSX/")) continue;
    byPath.set(path.toLowerCase(), data);
    byBase.set(path.toLowerCase().split("/").pop() ?? path, data);
  }
  const declared = new Map<string, string>();
  const dp = byBase.get("datapackage.json");
  if (dp) {
    let json: { resources?: { name?: unknown; path?: unknown }[] };
    try {
      json = JSON.parse(strFromU8(dp));
    } catch {
      throw new FileProblem(appError("partners.transfer.hsdsDatapackage"));
    }
    for (const r of Array.isArray(json.resources) ? json.resources : []) {
      if (typeof r.name === "string" && typeof r.path === "string") declared.set(r.name.toLowerCase(), r.path.toLowerCase());
    }
  }
  const tables: Record<string, { path: string; rows: Rec[] }> = {};
  for (const r of HSDS_RESOURCES) {
    const candidates = [declared.get(r.name), r.path, `${r.name}.csv`, `${r.name}s.csv`, `${r.name}es.csv`].filter((x): x is string =>
      Boolean(x),
    );
    for (const c of candidates) {
      const data = byPath.get(c) ?? byBase.get(c.split("/").pop() ?? c);
      if (data) {
        tables[r.name] = { path: c.split("/").pop() ?? c, rows: readCsvRecords(data) };
        break;
      }
    }
  }
  if (!tables.organization && !tables.service) throw new FileProblem(appError("partners.transfer.hsdsMissing"));
  return { tables };
}
