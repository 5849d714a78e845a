import type pg from "pg";

/** Column types the generator writes. Array and JSON values travel as text and are cast in SQL. */
export type ColumnType = "uuid" | "text" | "text[]" | "uuid[]" | "timestamptz" | "jsonb" | "double precision" | "boolean" | "integer";

export interface Column {
  name: string;
  type: ColumnType;
}

export const BATCH_SIZE = 5_000;

/** A PostgreSQL array literal for a list of strings: {"nl","fr"}. */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}

/**
 * Inserts rows with one statement per batch: every column is sent as one array parameter and unnest() turns the
 * arrays back into rows. Without a COPY client this is the fastest plain-`pg` way (one round trip and one plan per
 * 5,000 rows instead of one per row). Array columns arrive as array literals in text and are cast back here.
 */
export async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column[],
  rows: readonly unknown[][],
): Promise<void> {
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const params = columns.map((c, i) => `$${i + 1}::${paramType(c.type)}[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns
    .map((c, i) => (c.type === "text[]" || c.type === "uuid[]" || c.type === "jsonb" ? `c${i}::${c.type}` : `c${i}`))
    .join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS u(${aliases.join(", ")})`;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const values = columns.map((c, i) =>
      batch.map((row) => {
        const v = row[i];
        if (v === null || v === undefined) return null;
        if (c.type === "text[]" || c.type === "uuid[]") return pgTextArray(v as string[]);
        if (c.type === "jsonb") return JSON.stringify(v);
        return v;
      }),
    );
    await client.query(sql, values);
  }
}

function paramType(t: ColumnType): string {
  return t === "text[]" || t === "uuid[]" || t === "jsonb" ? "text" : t;
}
