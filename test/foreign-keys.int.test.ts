/**
 * Foreign keys, generated from the database catalogue (pg_catalog of the run's migrated database), so a new module's
 * tables are covered without a line of their own:
 *  1. every foreign key between two tables that both have a "tenantId" column includes "tenantId" on both sides, at
 *     the same position (a row can only point at a row of its own tenant, whatever row-level security lets through:
 *     foreign-key checks ignore it); a SET NULL action on such a key names the columns it empties, never "tenantId";
 *  2. every "*Id" uuid column of a module table that names a core row (tenant, organisation, neighbourhood, person,
 *     user: decided by the column's name) is a foreign key to that core table, tenant-scoped where the core table has
 *     a tenant; deleting the core row never fails because of a module (CASCADE or SET NULL);
 *  3. every other "*Id" uuid column of a module table is a foreign key too (to one of the module's own tables), and
 *     every "*Ids" array or non-uuid "*Id" column is a listed exception with its reason (arrays cannot carry keys).
 * Then a behavioural check per module-to-core key: as tenant A, pointing a module row at tenant B's core row fails.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, closeAll, createTenant, ownerDb, quoteIdent, seedModules, sessionFor, type TenantFixture } from "./fixtures";

interface ForeignKey {
  name: string;
  table: string;
  cols: string[];
  refTable: string;
  refCols: string[];
  /** confdeltype: a no action, r restrict, c cascade, n set null, d set default. */
  onDelete: string;
  /** The columns a SET NULL / SET DEFAULT action empties (PostgreSQL 15); empty: all of the key's columns. */
  setCols: string[];
}
interface Column {
  table: string;
  column: string;
  udt: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORE_TABLES = ["Tenant", "Organisation", "Neighbourhood", "Person", "User"] as const;
type CoreTable = (typeof CORE_TABLES)[number];

/** The core table a module column points at, by its name; null: not a core row. */
function coreTableOf(column: string): CoreTable | null {
  if (column === "tenantId") return "Tenant";
  if (/^(organisation|.*Organisation)Id$/.test(column)) return "Organisation";
  if (/^(neighbourhood|.*Neighbourhood)Id$/.test(column)) return "Neighbourhood";
  if (/^(person|.*Person)Id$/.test(column)) return "Person";
  // userId, ownerUserId, byUserId; createdById, closedById, requestedById, answeredById, ...: who did something.
  if (/^(user|.*User)Id$/.test(column) || /.ById$/.test(column)) return "User";
  return null;
}

/**
 * Reference-like columns that cannot be, or are not, foreign keys. Each is a known exception with its reason; a listed
 * column that no longer exists fails the test, so the list stays true.
 */
const NOT_KEYS: Record<string, string> = {
  "PartnersActor.neighbourhoodIds":
    "uuid[] of core neighbourhoods an actor serves (GIN-indexed for the map filter): arrays cannot carry foreign keys; the procedures check the ids (requireNeighbourhoods) and readers skip ids of deleted neighbourhoods",
  "PartnersImport.actorIds":
    "uuid[] of the module's own actors an import created or updated, a summary for the result page and geocoding; ids of actors deleted later are skipped",
  "ReflectieRhythm.participantIds":
    "uuid[] of core users invited to each session of a rhythm: arrays cannot carry foreign keys; the procedures check membership, and a session copies them into ReflectieParticipant rows (which are keys)",
  "BuurtanalyseSummary.actionIds":
    "uuid[] of the analysis's own actions shown in the residents' summary: arrays cannot carry foreign keys; the procedure checks they belong to the analysis, and readers skip ids of deleted actions",
  "PartnersImport.jobId": "text: the queue's id of the last import job, not a row",
  "PartnersActor.externalId": "text: the actor's id in the file it was imported from (HSDS), not a row here",
};

/** Module ids from packages/plugins/<id>, as the table prefix the contract prescribes ("partners" -> "Partners"). */
function modulePrefixes(): string[] {
  return readdirSync(path.join(ROOT, "packages/plugins"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) =>
      d.name
        .split("-")
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(""),
    );
}

// ---------------------------------------------------------------------------------------------------------------
// The checks (pure, so that they can be shown to catch what they are for)

function tenantKeyProblems(fks: ForeignKey[], tenantTables: Set<string>): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  for (const fk of fks) {
    if (!tenantTables.has(fk.table) || !tenantTables.has(fk.refTable)) continue;
    checked++;
    const label = `${fk.name}: ${fk.table}(${fk.cols.join(", ")}) -> ${fk.refTable}(${fk.refCols.join(", ")})`;
    const at = fk.cols.indexOf("tenantId");
    if (at < 0 || fk.refCols[at] !== "tenantId") {
      problems.push(`${label}: does not carry "tenantId" on both sides`);
      continue;
    }
    if ((fk.onDelete === "n" || fk.onDelete === "d") && (fk.setCols.length === 0 || fk.setCols.includes("tenantId"))) {
      problems.push(`${label}: ON DELETE SET NULL/DEFAULT would empty "tenantId"; name the column: SET NULL ("${fk.cols[1 - at] ?? "x"}")`);
    }
  }
  return { problems, checked };
}

function moduleColumnProblems(
  columns: Column[],
  fks: ForeignKey[],
  moduleTables: Set<string>,
  tenantTables: Set<string>,
): { problems: string[]; coreChecked: Record<CoreTable, number>; ownChecked: number; exceptions: string[] } {
  const problems: string[] = [];
  const coreChecked = Object.fromEntries(CORE_TABLES.map((t) => [t, 0])) as Record<CoreTable, number>;
  let ownChecked = 0;
  const exceptions: string[] = [];
  for (const c of columns) {
    if (!moduleTables.has(c.table) || !/(Id|Ids)$/.test(c.column)) continue;
    const key = `${c.table}.${c.column}`;
    if (NOT_KEYS[key] !== undefined) {
      exceptions.push(key);
      continue;
    }
    if (c.udt !== "uuid") {
      problems.push(`${key}: a ${c.udt} column named like a reference: make it a uuid foreign key, or list it in NOT_KEYS with the reason`);
      continue;
    }
    const core = coreTableOf(c.column);
    if (core) {
      const scoped = tenantTables.has(core);
      const fk = fks.find((f) => {
        if (f.table !== c.table || f.refTable !== core) return false;
        const at = f.cols.indexOf(c.column);
        if (at < 0 || f.refCols[at] !== "id") return false;
        if (core === "Tenant" || !scoped) return f.cols.length === 1;
        const t = f.cols.indexOf("tenantId");
        return f.cols.length === 2 && t >= 0 && f.refCols[t] === "tenantId";
      });
      if (!fk) {
        problems.push(
          scoped && core !== "Tenant"
            ? `${key}: no foreign key ("tenantId", "${c.column}") -> "${core}"("tenantId", "id")`
            : `${key}: no foreign key ("${c.column}") -> "${core}"("id")`,
        );
        continue;
      }
      if (fk.onDelete !== "c" && fk.onDelete !== "n") {
        problems.push(`${key}: deleting the ${core} row would fail (${fk.name} is not ON DELETE CASCADE or SET NULL)`);
        continue;
      }
      coreChecked[core]++;
      continue;
    }
    if (/Ids$/.test(c.column)) {
      problems.push(`${key}: an array of ids cannot carry a foreign key: use a join table, or list it in NOT_KEYS with the reason`);
      continue;
    }
    if (!fks.some((f) => f.table === c.table && f.cols.includes(c.column))) {
      problems.push(`${key}: no foreign key (a reference to another row must be one)`);
      continue;
    }
    ownChecked++;
  }
  return { problems, coreChecked, ownChecked, exceptions };
}

// ---------------------------------------------------------------------------------------------------------------

let db: pg.Client;
let fks: ForeignKey[];
let columns: Column[];
let tenantTables: Set<string>;
let moduleTables: Set<string>;

beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
  await db.connect();
  const attnames = (rel: string, keys: string) => `array(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.attnum ORDER BY k.ord)`;
  const r = await db.query<{
    name: string;
    table: string;
    cols: string[];
    ref_table: string;
    ref_cols: string[];
    on_delete: string;
    set_cols: string[];
  }>(`
    SELECT c.conname AS name, t.relname AS table, rt.relname AS ref_table, c.confdeltype AS on_delete,
           ${attnames("c.conrelid", "c.conkey")} AS cols, ${attnames("c.confrelid", "c.confkey")} AS ref_cols,
           ${attnames("c.conrelid", "coalesce(c.confdelsetcols, '{}')")} AS set_cols
      FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_class rt ON rt.oid = c.confrelid
     WHERE c.contype = 'f' AND t.relnamespace = 'public'::regnamespace
     ORDER BY 1`);
  fks = r.rows.map((x) => ({
    name: x.name,
    table: x.table,
    cols: x.cols,
    refTable: x.ref_table,
    refCols: x.ref_cols,
    onDelete: x.on_delete,
    setCols: x.set_cols,
  }));
  const c = await db.query<Column>(`
    SELECT c.relname AS table, a.attname AS column, t.typname AS udt
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_type t ON t.oid = a.atttypid
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY 1, 2`);
  columns = c.rows;
  tenantTables = new Set(columns.filter((x) => x.column === "tenantId").map((x) => x.table));
  const prefixes = modulePrefixes();
  moduleTables = new Set(columns.map((x) => x.table).filter((t) => prefixes.some((p) => t.startsWith(p))));
});

afterAll(async () => {
  await db?.end();
});

describe("foreign keys between tenant tables carry the tenant", () => {
  it("every foreign key whose two tables have a tenantId includes it on both sides", () => {
    const { problems, checked } = tenantKeyProblems(fks, tenantTables);
    expect(problems).toEqual([]);
    // Core's own (membership, person, consent, ...) and the modules' (among their tables, and to core's tenant rows).
    expect(checked).toBeGreaterThanOrEqual(35);
    expect(tenantTables.size).toBeGreaterThanOrEqual(25);
  });

  it("would notice a key without the tenant, and a SET NULL that empties the tenant (the check is not vacuous)", () => {
    const tenants = new Set(["A", "B"]);
    const plain: ForeignKey = { name: "k", table: "A", cols: ["bId"], refTable: "B", refCols: ["id"], onDelete: "a", setCols: [] };
    expect(tenantKeyProblems([plain], tenants).problems).toHaveLength(1);
    const crossed = { ...plain, cols: ["tenantId", "bId"], refCols: ["id", "tenantId"] };
    expect(tenantKeyProblems([crossed], tenants).problems).toHaveLength(1);
    const good = { ...plain, cols: ["tenantId", "bId"], refCols: ["tenantId", "id"] };
    expect(tenantKeyProblems([good], tenants).problems).toEqual([]);
    expect(tenantKeyProblems([{ ...good, onDelete: "n" }], tenants).problems).toHaveLength(1);
    expect(tenantKeyProblems([{ ...good, onDelete: "n", setCols: ["bId"] }], tenants).problems).toEqual([]);
    expect(tenantKeyProblems([plain], new Set(["A"])).checked).toBe(0);
  });
});

describe("module tables reference core rows through real foreign keys", () => {
  it("every *Id column of a module table is a foreign key (to the core table its name says), or a listed exception", () => {
    const { problems, coreChecked, ownChecked, exceptions } = moduleColumnProblems(columns, fks, moduleTables, tenantTables);
    expect(problems).toEqual([]);
    // Both modules' tables are found (by the contract's table prefix), and every kind of core reference occurs.
    expect([...moduleTables].filter((t) => t.startsWith("Partners")).length).toBeGreaterThanOrEqual(9);
    expect([...moduleTables].filter((t) => t.startsWith("Reflectie")).length).toBeGreaterThanOrEqual(10);
    expect(coreChecked.Tenant).toBe(moduleTables.size);
    expect(coreChecked).toMatchObject({ Organisation: 5, Neighbourhood: 10, Person: 8 });
    expect(coreChecked.User).toBeGreaterThanOrEqual(20);
    expect(ownChecked).toBeGreaterThanOrEqual(15);
    expect(exceptions.sort()).toEqual(Object.keys(NOT_KEYS).sort());
  });

  it("names core references by their column (coreTableOf)", () => {
    expect(
      ["tenantId", "organisationId", "neighbourhoodId", "personId", "userId", "ownerUserId", "byUserId", "createdById", "closedById"].map(
        coreTableOf,
      ),
    ).toEqual(["Tenant", "Organisation", "Neighbourhood", "Person", "User", "User", "User", "User", "User"]);
    expect(["actorId", "sessionId", "roundId", "itemId", "externalId"].map(coreTableOf)).toEqual([null, null, null, null, null]);
  });

  it("would notice a plain uuid column, a key without the tenant, a blocking key and an array (not vacuous)", () => {
    const mod = new Set(["ModX"]);
    const tenants = new Set(["ModX", "Organisation"]);
    const cols: Column[] = [{ table: "ModX", column: "organisationId", udt: "uuid" }];
    const fk = (over: Partial<ForeignKey>): ForeignKey => ({
      name: "k",
      table: "ModX",
      cols: ["tenantId", "organisationId"],
      refTable: "Organisation",
      refCols: ["tenantId", "id"],
      onDelete: "n",
      setCols: ["organisationId"],
      ...over,
    });
    expect(moduleColumnProblems(cols, [], mod, tenants).problems).toHaveLength(1);
    expect(moduleColumnProblems(cols, [fk({ cols: ["organisationId"], refCols: ["id"] })], mod, tenants).problems).toHaveLength(1);
    expect(moduleColumnProblems(cols, [fk({ onDelete: "a" })], mod, tenants).problems).toHaveLength(1);
    expect(moduleColumnProblems(cols, [fk({})], mod, tenants).problems).toEqual([]);
    expect(moduleColumnProblems([{ table: "ModX", column: "thingIds", udt: "_uuid" }], [], mod, tenants).problems).toHaveLength(1);
    expect(moduleColumnProblems([{ table: "ModX", column: "thingId", udt: "uuid" }], [], mod, tenants).problems).toHaveLength(1);
    expect(moduleColumnProblems([{ table: "ModX", column: "jobId", udt: "text" }], [], mod, tenants).problems).toHaveLength(1);
  });
});

describe("a module row cannot point at another tenant's core row", () => {
  let A: TenantFixture;
  let B: TenantFixture;
  beforeAll(async () => {
    [A, B] = await Promise.all([createTenant({ tag: "fk-a" }), createTenant({ tag: "fk-b" })]);
    await seedModules(A);
    await seedModules(B);
  });
  afterAll(async () => {
    await closeAll();
  });

  it("for every tenant-scoped reference from a module table to a core table, as tenant A", async () => {
    const scoped = fks.filter(
      (f) => moduleTables.has(f.table) && ["Organisation", "Neighbourhood", "Person"].includes(f.refTable) && f.cols.length === 2,
    );
    expect(scoped.length).toBeGreaterThanOrEqual(7);
    const foreignRow: Record<string, string> = {
      Organisation: B.organisations[0].id,
      Neighbourhood: B.neighbourhoods[0].id,
      Person: B.people[0].id,
    };
    const tried: string[] = [];
    const refused: string[] = [];
    for (const f of scoped) {
      const column = f.cols.find((c) => c !== "tenantId") as string;
      // One of A's rows of the module table (the demo seed fills every table), pointed at B's core row.
      await db.query("BEGIN");
      try {
        // A row that has a value already satisfies the table's checks on that column (e.g. a person only on a key figure).
        const row = await db.query<{ id: string }>(
          `SELECT ctid::text AS id FROM ${quoteIdent(f.table)} WHERE "tenantId" = $1 ORDER BY ${quoteIdent(column)} IS NULL LIMIT 1`,
          [A.id],
        );
        if (!row.rows[0]) throw new Error(`no row of ${f.table} in tenant A: give the module's demo seed one`);
        tried.push(`${f.table}.${column}`);
        await db.query("SAVEPOINT s");
        try {
          await db.query(`UPDATE ${quoteIdent(f.table)} SET ${quoteIdent(column)} = $1::uuid WHERE ctid = $2::tid`, [
            foreignRow[f.refTable],
            row.rows[0].id,
          ]);
        } catch (e) {
          if ((e as { code?: string }).code === "23503") refused.push(`${f.table}.${column}`);
          else throw e;
        }
      } finally {
        await db.query("ROLLBACK");
      }
    }
    expect(refused).toEqual(tried);
    expect(tried.length).toBe(scoped.length);
  });

  it("deleting a core row that module rows reference works, for every module-to-core key (rolled back)", async () => {
    const toCore = fks.filter((f) => moduleTables.has(f.table) && CORE_TABLES.includes(f.refTable as CoreTable) && f.refTable !== "Tenant");
    expect(toCore.length).toBeGreaterThanOrEqual(28);
    const deleted: string[] = [];
    for (const f of toCore) {
      const column = f.cols.find((c) => c !== "tenantId") as string;
      const row = await db.query<{ ref: string }>(
        `SELECT ${quoteIdent(column)}::text AS ref FROM ${quoteIdent(f.table)} WHERE "tenantId" = $1 AND ${quoteIdent(column)} IS NOT NULL LIMIT 1`,
        [A.id],
      );
      const ref = row.rows[0]?.ref;
      if (!ref) continue;
      await db.query("BEGIN");
      try {
        const r = await db.query(`DELETE FROM ${quoteIdent(f.refTable)} WHERE id = $1::uuid`, [ref]);
        expect(r.rowCount, `${f.table}.${column}`).toBe(1);
        deleted.push(`${f.table}.${column}`);
      } finally {
        await db.query("ROLLBACK");
      }
    }
    // The demo seeds reference most core rows they can; the ones they leave empty are covered by the catalogue check.
    expect(deleted.length).toBeGreaterThanOrEqual(15);
  });

  it("core's organisation delete keeps the organisation's shared actors (without owner) and takes its private ones", async () => {
    const org = A.organisations[1].id;
    const shared = await ownerDb().partnersActor.create({
      data: { tenantId: A.id, name: "Gedeeld", kind: "service", organisationId: org, visibility: "partnership" },
    });
    const own = await ownerDb().partnersActor.create({
      data: { tenantId: A.id, name: "Eigen", kind: "service", organisationId: org, visibility: "organisation" },
    });
    const admin = callerFor(sessionFor(A.users.admin), A.slug);
    await admin.organisations.delete({ id: org });
    expect(await ownerDb().partnersActor.findUnique({ where: { id: shared.id }, select: { organisationId: true } })).toEqual({
      organisationId: null,
    });
    expect(await ownerDb().partnersActor.findUnique({ where: { id: own.id } })).toBeNull();
  });
});
