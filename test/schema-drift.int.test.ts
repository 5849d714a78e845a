/**
 * The SQL migrations and the Prisma schema describe the same database. This test migrates nothing itself: the test
 * run's database was created by the real migrations (test/global-setup.ts); here it is compared, table by table and
 * column by column, with the Prisma schema (prisma/schema/*.prisma read through Prisma's own parser). Any drift in
 * tables, columns, types, nullability, defaults, keys, indexes or foreign keys fails the test.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
// @prisma/internals is CommonJS: Node's ESM loader cannot see its named exports, so take the default export.
import internals from "@prisma/internals";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Document = Awaited<ReturnType<typeof internals.getDMMF>>;
type Model = Document["datamodel"]["models"][number];
type Field = Model["fields"][number];

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../prisma/schema");
/** Tables that exist in the database on purpose without a Prisma model. */
const TABLES_WITHOUT_MODEL = ["schema_migrations"];

interface ColumnShape {
  dataType: string;
  udtName: string;
  nullable: boolean;
  hasDefault: boolean;
  /** Fractional-second digits of timestamps; null when not applicable. */
  datetimePrecision: number | null;
  /** Declared length of character types; null when unlimited. */
  maxLength: number | null;
}
type Shapes = Map<string, Map<string, ColumnShape>>;

let dmmf: Document;
let db: pg.Client;
let actual: Shapes;
let expected: Shapes;

beforeAll(async () => {
  const files = readdirSync(schemaDir)
    .filter((f) => f.endsWith(".prisma"))
    .sort();
  const datamodel = files.map((f) => readFileSync(path.join(schemaDir, f), "utf8")).join("\n\n");
  dmmf = await internals.getDMMF({ datamodel });
  db = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
  await db.connect();
  actual = await readDatabaseColumns(db);
  expected = expectedColumns(dmmf);
});

afterAll(async () => {
  await db?.end();
});

// ---------------------------------------------------------------------------------------------------------------
// Expected shape from the Prisma schema

function tableOf(model: Model): string {
  return model.dbName ?? model.name;
}
function columnOf(field: Field): string {
  return field.dbName ?? field.name;
}
function scalarFields(model: Model): Field[] {
  return model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
}

interface BaseType {
  dataType: string;
  udtName: string;
  datetimePrecision?: number | null;
  maxLength?: number | null;
}

/** Prisma's scalar types without a native type attribute, as this project maps them (DateTime is always timestamptz). */
const SCALAR: Record<string, BaseType> = {
  String: { dataType: "text", udtName: "text" },
  Int: { dataType: "integer", udtName: "int4" },
  BigInt: { dataType: "bigint", udtName: "int8" },
  Float: { dataType: "double precision", udtName: "float8" },
  Decimal: { dataType: "numeric", udtName: "numeric" },
  Boolean: { dataType: "boolean", udtName: "bool" },
  DateTime: { dataType: "timestamp with time zone", udtName: "timestamptz", datetimePrecision: 3 },
  Json: { dataType: "jsonb", udtName: "jsonb" },
  Bytes: { dataType: "bytea", udtName: "bytea" },
};

/** Native type attributes (@db.X(args)). An attribute missing here fails the test, so the map grows with the schema. */
function nativeBase(name: string, args: string[]): BaseType {
  const n = (i: number) => (args[i] !== undefined ? Number(args[i]) : null);
  switch (name) {
    case "Uuid":
      return { dataType: "uuid", udtName: "uuid" };
    case "Text":
      return { dataType: "text", udtName: "text" };
    case "VarChar":
      return { dataType: "character varying", udtName: "varchar", maxLength: n(0) };
    case "Char":
      return { dataType: "character", udtName: "bpchar", maxLength: n(0) ?? 1 };
    case "Timestamptz":
      return { dataType: "timestamp with time zone", udtName: "timestamptz", datetimePrecision: n(0) ?? 6 };
    case "Timestamp":
      return { dataType: "timestamp without time zone", udtName: "timestamp", datetimePrecision: n(0) ?? 6 };
    case "Date":
      return { dataType: "date", udtName: "date", datetimePrecision: 0 };
    case "Integer":
      return { dataType: "integer", udtName: "int4" };
    case "SmallInt":
      return { dataType: "smallint", udtName: "int2" };
    case "BigInt":
      return { dataType: "bigint", udtName: "int8" };
    case "DoublePrecision":
      return { dataType: "double precision", udtName: "float8" };
    case "Real":
      return { dataType: "real", udtName: "float4" };
    case "Decimal":
      return { dataType: "numeric", udtName: "numeric" };
    case "Boolean":
      return { dataType: "boolean", udtName: "bool" };
    case "Json":
      return { dataType: "json", udtName: "json" };
    case "JsonB":
      return { dataType: "jsonb", udtName: "jsonb" };
    case "ByteA":
      return { dataType: "bytea", udtName: "bytea" };
    case "Inet":
      return { dataType: "inet", udtName: "inet" };
    case "Citext":
      return { dataType: "USER-DEFINED", udtName: "citext" };
    default:
      throw new Error(`schema-drift: native type @db.${name} is not mapped yet; add it to nativeBase()`);
  }
}

function expectedShape(field: Field, enumDbNames: Map<string, string>): ColumnShape {
  let base: BaseType;
  if (field.kind === "enum") {
    base = { dataType: "USER-DEFINED", udtName: enumDbNames.get(field.type) ?? field.type };
  } else if (field.nativeType) {
    const [name, args] = field.nativeType as [string, string[]];
    base = nativeBase(name, args);
  } else {
    const s = SCALAR[field.type];
    if (!s) throw new Error(`schema-drift: Prisma type ${field.type} is not mapped yet; add it to SCALAR`);
    base = s;
  }
  const isList = field.isList;
  return {
    dataType: isList ? "ARRAY" : base.dataType,
    // information_schema names an array's element type with a leading underscore (_text, _uuid).
    udtName: isList ? `_${base.udtName}` : base.udtName,
    // Prisma lists cannot hold NULL: the column must be NOT NULL.
    nullable: isList ? false : !field.isRequired,
    hasDefault: field.hasDefaultValue,
    datetimePrecision: isList ? null : (base.datetimePrecision ?? null),
    maxLength: isList ? null : (base.maxLength ?? null),
  };
}

function expectedColumns(doc: Document): Shapes {
  const enumDbNames = new Map(doc.datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const out: Shapes = new Map();
  for (const model of doc.datamodel.models) {
    const cols = new Map<string, ColumnShape>();
    for (const f of scalarFields(model)) cols.set(columnOf(f), expectedShape(f, enumDbNames));
    out.set(tableOf(model), cols);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Actual shape from the migrated database

async function readDatabaseColumns(client: pg.Client): Promise<Shapes> {
  const r = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: "YES" | "NO";
    column_default: string | null;
    datetime_precision: number | null;
    character_maximum_length: number | null;
  }>(`
    SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.column_default,
           c.datetime_precision, c.character_maximum_length
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
     ORDER BY c.table_name, c.ordinal_position`);
  const out: Shapes = new Map();
  for (const row of r.rows) {
    let cols = out.get(row.table_name);
    if (!cols) out.set(row.table_name, (cols = new Map()));
    const isTime = /^(timestamp|date|time)/.test(row.data_type);
    cols.set(row.column_name, {
      dataType: row.data_type,
      udtName: row.udt_name,
      nullable: row.is_nullable === "YES",
      hasDefault: row.column_default !== null,
      datetimePrecision: isTime ? row.datetime_precision : null,
      maxLength: row.character_maximum_length,
    });
  }
  // Tables without any column still count as tables.
  const tables = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  for (const t of tables.rows) if (!out.has(t.table_name)) out.set(t.table_name, new Map());
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison (pure, so that it can be shown to catch drift)

function compareTables(exp: Shapes, act: Shapes): string[] {
  const problems: string[] = [];
  for (const t of exp.keys()) if (!act.has(t)) problems.push(`table ${t}: in the Prisma schema, missing in the database`);
  for (const t of act.keys()) {
    if (!exp.has(t) && !TABLES_WITHOUT_MODEL.includes(t)) problems.push(`table ${t}: in the database, missing in the Prisma schema`);
  }
  return problems;
}

function compareColumns(exp: Shapes, act: Shapes): { problems: string[]; compared: number } {
  const problems: string[] = [];
  let compared = 0;
  for (const [table, cols] of exp) {
    const actualCols = act.get(table);
    if (!actualCols) continue; // reported by compareTables
    for (const [col, e] of cols) {
      const a = actualCols.get(col);
      if (!a) {
        problems.push(`${table}.${col}: in the Prisma schema, missing in the database`);
        continue;
      }
      compared++;
      for (const key of Object.keys(e) as (keyof ColumnShape)[]) {
        if (e[key] !== a[key])
          problems.push(
            `${table}.${col}: ${key} is ${JSON.stringify(a[key])} in the database, ${JSON.stringify(e[key])} in the Prisma schema`,
          );
      }
    }
    for (const col of actualCols.keys()) {
      if (!cols.has(col)) problems.push(`${table}.${col}: in the database, missing in the Prisma schema`);
    }
  }
  return { problems, compared };
}

function clone(s: Shapes): Shapes {
  return new Map([...s].map(([t, cols]) => [t, new Map([...cols].map(([c, shape]) => [c, { ...shape }]))]));
}

// ---------------------------------------------------------------------------------------------------------------

describe("Prisma schema and SQL migrations agree", () => {
  it("parses a non-trivial schema", () => {
    expect(dmmf.datamodel.models.length).toBeGreaterThanOrEqual(14);
    expect(expected.size).toBe(dmmf.datamodel.models.length);
  });

  it("has the same tables (only schema_migrations is extra in the database)", () => {
    expect(compareTables(expected, actual)).toEqual([]);
    expect(actual.has("schema_migrations")).toBe(true);
  });

  it("has the same columns with the same type, nullability and default presence", () => {
    const { problems, compared } = compareColumns(expected, actual);
    expect(problems).toEqual([]);
    const scalarCount = dmmf.datamodel.models.reduce((n, m) => n + scalarFields(m).length, 0);
    expect(compared).toBe(scalarCount);
    expect(compared).toBeGreaterThan(100);
  });

  it("would notice drift (the comparison is not vacuous)", () => {
    const mutations: [string, (s: Shapes) => void][] = [
      ["nullability", (s) => void (s.get("Person")!.get("email")!.nullable = false)],
      ["type", (s) => void (s.get("Person")!.get("neighbourhoodId")!.udtName = "text")],
      ["array element", (s) => void (s.get("Tenant")!.get("enabledLocales")!.udtName = "_uuid")],
      ["precision", (s) => void (s.get("Consent")!.get("givenAt")!.datetimePrecision = 6)],
      ["default", (s) => void (s.get("Person")!.get("lastName")!.hasDefault = false)],
      ["missing column", (s) => void s.get("Person")!.delete("notes")],
      [
        "extra column",
        (s) =>
          void s.get("Person")!.set("shoeSize", {
            dataType: "integer",
            udtName: "int4",
            nullable: true,
            hasDefault: false,
            datetimePrecision: null,
            maxLength: null,
          }),
      ],
    ];
    for (const [what, mutate] of mutations) {
      const drifted = clone(expected);
      mutate(drifted);
      expect(compareColumns(drifted, actual).problems, what).toHaveLength(1);
    }
    const extraTable = clone(expected);
    extraTable.set("Ghost", new Map());
    expect(compareTables(extraTable, actual)).toHaveLength(1);
    const missingTable = clone(expected);
    missingTable.delete("DevMail");
    expect(compareTables(missingTable, actual)).toHaveLength(1);
  });

  it("has the same primary keys, unique constraints and indexes", async () => {
    const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
    const columnName = (modelName: string, fieldName: string) => {
      const f = models.get(modelName)?.fields.find((x) => x.name === fieldName);
      if (!f) throw new Error(`unknown field ${modelName}.${fieldName}`);
      return columnOf(f);
    };
    const key = (table: string, kind: string, cols: string[]) => `${table} ${kind} (${cols.join(", ")})`;

    const want = new Set<string>();
    for (const idx of dmmf.datamodel.indexes) {
      const model = models.get(idx.model);
      if (!model) throw new Error(`index on unknown model ${idx.model}`);
      const cols = idx.fields.map((f) => columnName(idx.model, f.name));
      const kind = idx.type === "id" ? "primary key" : idx.type === "unique" ? "unique" : idx.type === "normal" ? "index" : idx.type;
      want.add(key(tableOf(model), kind, cols));
    }

    const r = await db.query<{ table: string; cols: string[]; is_primary: boolean; is_unique: boolean }>(
      `
      SELECT t.relname AS table, i.indisprimary AS is_primary, i.indisunique AS is_unique,
             array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS cols
        FROM pg_index i
        JOIN pg_class t ON t.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> ALL($1::text[])
         -- Partial indexes (WHERE ...) are rules the database keeps on its own, e.g. "one current link of a type
         -- between two actors"; Prisma's schema language cannot express them, so they are not compared.
         AND i.indpred IS NULL`,
      [TABLES_WITHOUT_MODEL],
    );
    const have = new Set<string>();
    const pkOf = new Map<string, string[]>();
    for (const row of r.rows) {
      const kind = row.is_primary ? "primary key" : row.is_unique ? "unique" : "index";
      have.add(key(row.table, kind, row.cols));
      if (row.is_primary) pkOf.set(row.table, row.cols);
    }
    const problems: string[] = [];
    for (const k of want) if (!have.has(k)) problems.push(`missing in the database: ${k}`);
    for (const row of r.rows) {
      const kind = row.is_primary ? "primary key" : row.is_unique ? "unique" : "index";
      const k = key(row.table, kind, row.cols);
      if (want.has(k)) continue;
      // A unique key that contains the primary key adds no rule of its own: the migrations declare ("tenantId", "id")
      // so that composite foreign keys can reference it.
      const pk = pkOf.get(row.table) ?? [];
      if (kind === "unique" && pk.length > 0 && pk.every((c) => row.cols.includes(c))) continue;
      problems.push(`in the database, missing in the Prisma schema: ${k}`);
    }
    expect(problems).toEqual([]);
    expect(want.size).toBeGreaterThan(20);
  });

  it("has a foreign key for every relation, with the same referential action on delete", async () => {
    const r = await db.query<{ name: string; table: string; cols: string[]; ref_table: string; ref_cols: string[]; on_delete: string }>(`
      SELECT c.conname AS name, t.relname AS table, rt.relname AS ref_table, c.confdeltype AS on_delete,
             array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS cols,
             array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_cols
        FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_class rt ON rt.oid = c.confrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`);
    const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
    // Prisma's referential actions and PostgreSQL's confdeltype codes (NO ACTION and RESTRICT both refuse the delete).
    const action: Record<string, string[]> = {
      Cascade: ["c"],
      SetNull: ["n"],
      SetDefault: ["d"],
      Restrict: ["r", "a"],
      NoAction: ["a", "r"],
    };
    const unmatched = new Set(r.rows.map((row) => row.name));
    const problems: string[] = [];
    let relations = 0;
    for (const model of dmmf.datamodel.models) {
      for (const f of model.fields) {
        if (f.kind !== "object" || !f.relationFromFields?.length) continue;
        relations++;
        const target = models.get(f.type);
        if (!target) throw new Error(`relation ${model.name}.${f.name} to unknown model ${f.type}`);
        const from = f.relationFromFields.map((n) => columnOf(model.fields.find((x) => x.name === n)!));
        const to = (f.relationToFields ?? []).map((n) => columnOf(target.fields.find((x) => x.name === n)!));
        // The database may add columns to the key (the tenant, for composite tenant-safe keys) but each Prisma pair
        // must appear at the same position on both sides.
        const fk = r.rows.find(
          (row) =>
            row.table === tableOf(model) &&
            row.ref_table === tableOf(target) &&
            from.every((c, i) => {
              const at = row.cols.indexOf(c);
              return at >= 0 && row.ref_cols[at] === to[i];
            }),
        );
        const label = `${model.name}.${f.name} (${from.join(", ")}) -> ${target.name}(${to.join(", ")})`;
        if (!fk) {
          problems.push(`${label}: no foreign key in the database`);
          continue;
        }
        unmatched.delete(fk.name);
        const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
        if (!(action[onDelete] ?? []).includes(fk.on_delete)) {
          problems.push(`${label}: onDelete ${onDelete} in the Prisma schema, confdeltype '${fk.on_delete}' in the database (${fk.name})`);
        }
      }
    }
    for (const name of unmatched) problems.push(`foreign key ${name}: in the database, no relation in the Prisma schema`);
    expect(problems).toEqual([]);
    expect(relations).toBeGreaterThan(15);
    expect(r.rows.length).toBe(relations);
  });
});
