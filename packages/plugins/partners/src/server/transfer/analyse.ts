import type { Tx } from "@zorgzaam/core/plugin";
import { actorScope } from "../access";
import { DuplicateIndex } from "./dedupe";
import type { ActorDraft, RowError, UnknownValues } from "./draft";
import { hsdsDrafts } from "./hsds-read";
import type { ImportMapping } from "./mapping";
import { MAX_REJECTED_ROWS, type RejectedRow } from "./rejected";
import { mapRows } from "./rows";
import { readTable } from "./source";
import { FileProblem } from "./table";
import { sectorMatcher } from "./values";
import { appError } from "../errors";

export type DuplicateAction = "skip" | "update" | "new";

/** A row that looks like an actor we already have (or like an earlier row of the same file), and what to do with it. */
export interface Duplicate {
  row: number;
  file?: string;
  name: string;
  /** The existing actor it matches (null when it matches an earlier row of the file). */
  matchId: string | null;
  /** The earlier row of the file it matches. */
  matchRow: number | null;
  matchName: string;
  matchAddress: string | null;
  score: number;
  inFile: boolean;
  /** The existing actor belongs to the importer's organisation (or to none), so "update" is possible. */
  editable: boolean;
  action: DuplicateAction;
}

export interface Analysis {
  drafts: ActorDraft[];
  errors: RowError[];
  /** Rows with at least one problem, and (up to MAX_REJECTED_ROWS of) those rows as read, to hand back. */
  invalidRows: number;
  rejected: RejectedRow[];
  unknown: UnknownValues;
  duplicates: Duplicate[];
  totalRows: number;
}

export interface ImportSource {
  format: string;
  file: Uint8Array | null;
  delimiter: string | null;
}

/** A stable key for a row of an import (HSDS rows are numbered per file). */
export const rowKey = (d: { row: number; file?: string }) => `${d.file ?? ""}#${d.row}`;

/**
 * Reads the file with the mapping, checks every row, and finds the duplicates against the actors the importer can see
 * and within the file. Used for the preview and again by the job, inside its transaction, so what is written matches
 * the data at that moment. Earlier decisions about duplicates are kept when the same row matches the same actor.
 */
export async function analyse(
  tx: Tx,
  who: { organisationId: string | null },
  source: ImportSource,
  mapping: ImportMapping,
  previous: readonly Duplicate[] = [],
): Promise<Analysis> {
  if (!source.file) throw new FileProblem(appError("partners.transfer.fileDropped"));
  const sectors = await tx.partnersSector.findMany({
    where: { archived: false },
    select: { key: true, labelNl: true, labelFr: true, labelEn: true },
  });
  let drafts: ActorDraft[];
  let errors: RowError[];
  let unknown: UnknownValues = { kind: [], sectors: [], status: [] };
  let totalRows: number;
  let rejected: RejectedRow[];
  if (source.format === "hsds") {
    const sectorOf = sectorMatcher(sectors);
    const r = hsdsDrafts(source.file, { status: mapping.defaults.status, sectors: mapping.defaults.sectors }, (v) => {
      const k = sectorOf(v, undefined);
      return k === "ignore" ? null : k;
    });
    drafts = r.drafts;
    errors = r.errors;
    totalRows = r.totalRows;
    const seen = new Set<string>();
    rejected = errors.flatMap((e) => {
      const k = rowKey(e);
      if (seen.has(k)) return [];
      seen.add(k);
      return [{ row: e.row, ...(e.file ? { file: e.file } : {}), cells: [] }];
    });
  } else {
    const { table } = await readTable(source.format === "xlsx" ? "xlsx" : "csv", source.file, source.delimiter);
    const r = mapRows(table, mapping, sectorMatcher(sectors));
    drafts = r.drafts;
    errors = r.errors;
    unknown = r.unknown;
    totalRows = table.rows.length;
    const bad = new Set(errors.map((e) => e.row));
    rejected = table.rows.filter((x) => bad.has(x.row)).map((x) => ({ row: x.row, cells: x.cells }));
  }
  const invalidRows = rejected.length;
  rejected = rejected.slice(0, MAX_REJECTED_ROWS);

  const existing = await tx.partnersActor.findMany({
    where: { ...actorScope({ membership: who }), kind: { not: "key_figure" } },
    select: { id: true, name: true, address: true, postcode: true, city: true, externalId: true, organisationId: true },
  });
  const known = new DuplicateIndex<(typeof existing)[number]>();
  for (const a of existing) known.add(a, a);
  const inFile = new DuplicateIndex<ActorDraft>();
  const before = new Map(previous.map((d) => [rowKey(d), d]));
  const duplicates: Duplicate[] = [];
  for (const d of drafts) {
    const match = known.best(d);
    let dup: Duplicate | null = null;
    if (match) {
      dup = {
        row: d.row,
        ...(d.file ? { file: d.file } : {}),
        name: d.name,
        matchId: match.item.id,
        matchRow: null,
        matchName: match.item.name,
        matchAddress:
          [match.item.address, [match.item.postcode, match.item.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null,
        score: match.score,
        inFile: false,
        editable: match.item.organisationId === null || match.item.organisationId === who.organisationId,
        action: "skip",
      };
    } else {
      // Within an HSDS package an organization and its service may share a name: only compare like with like there.
      const earlier = inFile.best(d);
      if (earlier && (source.format !== "hsds" || earlier.item.kind === d.kind)) {
        dup = {
          row: d.row,
          ...(d.file ? { file: d.file } : {}),
          name: d.name,
          matchId: null,
          matchRow: earlier.item.row,
          matchName: earlier.item.name,
          matchAddress: earlier.item.address,
          score: earlier.score,
          inFile: true,
          editable: false,
          action: "skip",
        };
      }
    }
    inFile.add(d, d);
    if (!dup) continue;
    const prev = before.get(rowKey(d));
    if (prev && prev.matchId === dup.matchId && prev.matchRow === dup.matchRow && allowed(dup, prev.action)) dup.action = prev.action;
    duplicates.push(dup);
  }
  return { drafts, errors, invalidRows, rejected, unknown, duplicates, totalRows };
}

/** Whether an action is possible for a duplicate: "update" needs an existing actor of one's own organisation. */
export function allowed(d: Pick<Duplicate, "inFile" | "editable">, action: DuplicateAction): boolean {
  if (action !== "update") return true;
  return !d.inFile && d.editable;
}
