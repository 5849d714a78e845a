/**
 * Rows about one person in every table that references "Person", for the generated tests (erasure sweep, person
 * scope): found from the database catalogue, so a new module's table is covered without a line of its own.
 */
import { ownerDb, quoteIdent } from "./fixtures";

export interface PersonReference {
  table: string;
  column: string;
}

/** Every column that references "Person" through a foreign key (its tenantId column left out). */
export async function personReferences(): Promise<PersonReference[]> {
  const refs = await ownerDb().$queryRaw<{ tbl: string; col: string }[]>`
    SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
    FROM pg_constraint c
    JOIN LATERAL unnest(c.conkey) AS k(attnum) ON true
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
    WHERE c.contype = 'f' AND c.confrelid = '"Person"'::regclass AND a.attname <> 'tenantId'
    ORDER BY 1`;
  return refs.map((r) => ({ table: r.tbl.replaceAll('"', ""), column: r.col }));
}

export interface PlantOptions {
  tenantId: string;
  personId: string;
  /** Prefix of the marker written into every free-text column. */
  mark: string;
  /** Every marker written (appended). */
  planted: string[];
}

/** The ids of the row written (or marked) and of every uuid it holds (its parents). */
export interface PlantedRow {
  table: string;
  id: string;
  uuids: string[];
}

export interface Column {
  name: string;
  type: string;
  udt: string;
  nullable: boolean;
  hasDefault: boolean;
}

export async function columnsOf(table: string): Promise<Column[]> {
  const rows = await ownerDb().$queryRaw<{ name: string; type: string; udt: string; nullable: string; def: string | null }[]>`
    SELECT column_name AS name, data_type AS type, udt_name AS udt, is_nullable AS nullable, column_default AS def
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} ORDER BY ordinal_position`;
  return rows.map((r) => ({ name: r.name, type: r.type, udt: r.udt, nullable: r.nullable === "YES", hasDefault: r.def !== null }));
}

/** Columns whose CHECK constraint makes them a code (a list of values, a pattern, or an array within a list): they hold no free text. */
async function codeColumns(table: string): Promise<Set<string>> {
  const rows = await ownerDb().$queryRaw<{ def: string }[]>`
    SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = ${quoteIdent(table)}::regclass AND contype = 'c'`;
  const out = new Set<string>();
  for (const { def } of rows) {
    for (const m of def.matchAll(/\(?"?(\w+)"?\)?\s*(?:=\s*ANY\s*\(ARRAY|~|<@\s*ARRAY)/g)) if (m[1]) out.add(m[1]);
  }
  return out;
}

export const isText = (c: Column) => c.udt === "text" || c.udt === "varchar";
export const isTextArray = (c: Column) => c.udt === "_text" || c.udt === "_varchar";

/** Writes one row about the person into `table`, starting from a row of the seeded tenant, markers in every text column. */
export async function plantRow(table: string, personColumn: string, o: PlantOptions): Promise<PlantedRow> {
  const db = ownerDb();
  const cols = await columnsOf(table);
  const codes = await codeColumns(table);
  const q = quoteIdent(table);
  // A row about the person already there (e.g. from the demo seed): its text columns take the markers.
  const own = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text AS id FROM ${q} WHERE ${quoteIdent(personColumn)} = $1::uuid LIMIT 1`,
    o.personId,
  );
  if (own[0]) {
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const c of cols) {
      if (codes.has(c.name) || c.name === "id") continue;
      const m = `${o.mark}-${table}-${c.name}`;
      if (isText(c)) sets.push(`${quoteIdent(c.name)} = $${params.push(m)}`);
      else if (isTextArray(c)) sets.push(`${quoteIdent(c.name)} = ARRAY[$${params.push(m)}]::${c.udt.slice(1)}[]`);
      else if (c.udt === "jsonb") sets.push(`${quoteIdent(c.name)} = jsonb_build_array($${params.push(m)}::text)`);
      else continue;
      o.planted.push(m);
    }
    // A table without free text (a helper's limit) has nothing to mark.
    if (sets.length)
      await db.$executeRawUnsafe(`UPDATE ${q} SET ${sets.join(", ")} WHERE id = $${params.push(own[0].id)}::uuid`, ...params);
    return rowIds(table, own[0].id, cols);
  }
  // Rows that reference a person first (their other columns fit one), then any; the first that takes the insert wins
  // (a unique key may already hold the person with that row's parent).
  const bases = [
    ...(await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT * FROM ${q} WHERE "tenantId" = $1::uuid AND ${quoteIdent(personColumn)} IS NOT NULL LIMIT 20`,
      o.tenantId,
    )),
    ...(await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM ${q} WHERE "tenantId" = $1::uuid LIMIT 5`, o.tenantId)),
  ];
  if (bases.length === 0) throw new Error(`no row of ${table} in the seeded tenant: give the module's demo seed one, so erasure is tested`);
  let lastError: unknown;
  for (const base of bases) {
    try {
      // A row that named no person may name someone else instead (a member): leave its other optional ids empty.
      const row =
        base[personColumn] === null
          ? Object.fromEntries(
              Object.entries(base).map(([k, v]) => [k, cols.find((c) => c.name === k && c.udt === "uuid" && c.nullable) ? null : v]),
            )
          : base;
      const id = await insertFrom(table, personColumn, row, cols, codes, o);
      return rowIds(table, id, cols);
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}

/**
 * uuid columns in a UNIQUE constraint that reference nothing (a client's idempotency key): a copy of another row's
 * value would collide, so the new row gets a fresh one.
 */
async function freshUuidColumns(table: string): Promise<Set<string>> {
  const rows = await ownerDb().$queryRaw<{ name: string }[]>`
    SELECT a.attname AS name FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
    WHERE c.conrelid = ${quoteIdent(table)}::regclass AND c.contype = 'u' AND a.atttypid = 'uuid'::regtype
      AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.conrelid = c.conrelid AND f.contype = 'f' AND a.attnum = ANY (f.conkey))`;
  return new Set(rows.map((r) => r.name));
}

async function insertFrom(
  table: string,
  personColumn: string,
  base: Record<string, unknown>,
  cols: Column[],
  codes: Set<string>,
  o: PlantOptions,
): Promise<string> {
  const db = ownerDb();
  const q = quoteIdent(table);
  const fresh = await freshUuidColumns(table);
  const names: string[] = [];
  const values: string[] = [];
  const params: unknown[] = [];
  const add = (name: string, expr: string, value?: unknown) => {
    names.push(quoteIdent(name));
    if (value === undefined) values.push(expr);
    else {
      params.push(value);
      values.push(expr.replace("?", `$${params.length}`));
    }
  };
  for (const c of cols) {
    if (c.name === "id" && c.hasDefault) continue;
    if (c.name === "tenantId") add(c.name, "?::uuid", o.tenantId);
    else if (c.name === personColumn) add(c.name, "?::uuid", o.personId);
    else if (fresh.has(c.name)) add(c.name, "gen_random_uuid()");
    else if (isText(c) && !codes.has(c.name)) {
      const m = `${o.mark}-${table}-${c.name}`;
      o.planted.push(m);
      add(c.name, "?", m);
    } else if (isTextArray(c) && !codes.has(c.name)) {
      const m = `${o.mark}-${table}-${c.name}`;
      o.planted.push(m);
      add(c.name, `ARRAY[?]::${c.udt.slice(1)}[]`, m);
    } else if (c.udt === "jsonb") {
      const m = `${o.mark}-${table}-${c.name}`;
      o.planted.push(m);
      add(c.name, "jsonb_build_array(?::text)", m);
    } else if (base[c.name] === null || base[c.name] === undefined) {
      if (!c.hasDefault) add(c.name, "NULL");
    } else {
      add(c.name, `(SELECT ${quoteIdent(c.name)} FROM ${q} WHERE id = ?::uuid)`, String(base.id));
    }
  }
  const inserted = await db.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO ${q} (${names.join(", ")}) VALUES (${values.join(", ")}) RETURNING id::text AS id`,
    ...params,
  );
  return inserted[0]?.id ?? "";
}

async function rowIds(table: string, id: string, cols: Column[]): Promise<PlantedRow> {
  const uuidCols = cols.filter((c) => c.udt === "uuid").map((c) => quoteIdent(c.name));
  const row = (
    await ownerDb().$queryRawUnsafe<Record<string, string | null>[]>(
      `SELECT ${uuidCols.map((c) => `${c}::text AS ${c}`).join(", ")} FROM ${quoteIdent(table)} WHERE id = $1::uuid`,
      id,
    )
  )[0];
  return { table, id, uuids: Object.values(row ?? {}).filter((v): v is string => typeof v === "string") };
}
