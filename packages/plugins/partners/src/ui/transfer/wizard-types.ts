// What the steps of the import wizard (./import-wizard.tsx) pass around.

export type Action = "skip" | "update" | "new";

export type ImportFormat = "csv" | "xlsx" | "hsds";

export interface Mapping {
  columns: Partial<Record<string, number | null>>;
  values: { kind: Record<string, string>; sectors: Record<string, string>; status: Record<string, string> };
  defaults: { kind: string; status: string; visibility?: "partnership" | "organisation"; sectors: string[] };
}

export type UnknownValues = { kind?: string[]; sectors?: string[]; status?: string[] };

export interface SectorOption {
  key: string;
  labelNl: string;
  labelFr: string;
  labelEn: string;
}

export interface RowIssue {
  row: number;
  file?: string;
  column: string | null;
  message: string;
}

export interface DuplicateIssue {
  row: number;
  file?: string;
  name: string;
  matchId: string | null;
  matchRow: number | null;
  matchName: string;
  matchAddress: string | null;
  score: number;
  inFile: boolean;
  editable: boolean;
  action: Action;
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export interface Summary {
  totalRows: number;
  valid: number;
  toImport: number;
  errorCount: number;
  duplicateCount: number;
}

/** A choice about one duplicate row. */
export type Decision = { row: number; file?: string; action: Action };

export const keyOf = (d: { row: number; file?: string }) => `${d.file ?? ""}#${d.row}`;
