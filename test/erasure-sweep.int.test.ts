/**
 * Erasure is complete, generated from the database catalogue (a new module's table is covered without a line of its
 * own): for every table that references "Person" (core's and every module's), a row about one person is written whose
 * every free-text column holds a marker (columns whose CHECK makes them a code are left as they were); the person's
 * own columns too. Then the person is exported, one module is switched off, and the person is erased through the API.
 * Afterwards the marker appears nowhere: not in a dump of the whole database (as the owner), not in any Redis key of
 * the installation, and the export fetched before the erase answers NOT_FOUND.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeQueues, registerCoreJobs, registerJobs, startWorker, type WorkerHandle } from "../packages/core/src/jobs/index";
import { isolateQueuePrefix, waitForJob } from "../packages/core/src/jobs/testing";
import { registeredPlugins } from "../packages/core/src/plugins/registry";
import {
  callerFor,
  closeAll,
  codeOf,
  createTenant,
  ownerDb,
  quoteIdent,
  seedModules,
  sessionFor,
  setModulesEnabled,
  type TenantFixture,
} from "./fixtures";

const installationPrefix = process.env.QUEUE_PREFIX ?? "zztest";
isolateQueuePrefix("erasure");

const MARK = `ERASEMARK${randomBytes(4).toString("hex")}`;
let T: TenantFixture;
let personId: string;
let worker: WorkerHandle;
const planted: string[] = [];

interface Column {
  name: string;
  type: string;
  udt: string;
  nullable: boolean;
  hasDefault: boolean;
}

async function columnsOf(table: string): Promise<Column[]> {
  const rows = await ownerDb().$queryRaw<{ name: string; type: string; udt: string; nullable: string; def: string | null }[]>`
    SELECT column_name AS name, data_type AS type, udt_name AS udt, is_nullable AS nullable, column_default AS def
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} ORDER BY ordinal_position`;
  return rows.map((r) => ({ name: r.name, type: r.type, udt: r.udt, nullable: r.nullable === "YES", hasDefault: r.def !== null }));
}

/** Columns whose CHECK constraint makes them a code (a list of values or a pattern): they hold no free text. */
async function codeColumns(table: string): Promise<Set<string>> {
  const rows = await ownerDb().$queryRaw<{ def: string }[]>`
    SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = ${quoteIdent(table)}::regclass AND contype = 'c'`;
  const out = new Set<string>();
  for (const { def } of rows) {
    for (const m of def.matchAll(/\(?"?(\w+)"?\)?\s*(?:=\s*ANY\s*\(ARRAY|~)/g)) if (m[1]) out.add(m[1]);
  }
  return out;
}

const isText = (c: Column) => c.udt === "text" || c.udt === "varchar";
const isTextArray = (c: Column) => c.udt === "_text" || c.udt === "_varchar";

/** Writes one row about the person into `table`, starting from a row of the seeded tenant, markers in every text column. */
async function plantRow(table: string, personColumn: string): Promise<void> {
  const db = ownerDb();
  const cols = await columnsOf(table);
  const codes = await codeColumns(table);
  const q = quoteIdent(table);
  // A row about the person already there (e.g. from the demo seed): its text columns take the markers.
  const own = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id::text AS id FROM ${q} WHERE ${quoteIdent(personColumn)} = $1::uuid LIMIT 1`,
    personId,
  );
  if (own[0]) {
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const c of cols) {
      if (codes.has(c.name) || c.name === "id") continue;
      const m = `${MARK}-${table}-${c.name}`;
      if (isText(c)) sets.push(`${quoteIdent(c.name)} = $${params.push(m)}`);
      else if (isTextArray(c)) sets.push(`${quoteIdent(c.name)} = ARRAY[$${params.push(m)}]::${c.udt.slice(1)}[]`);
      else if (c.udt === "jsonb") sets.push(`${quoteIdent(c.name)} = jsonb_build_array($${params.push(m)}::text)`);
      else continue;
      planted.push(m);
    }
    await db.$executeRawUnsafe(`UPDATE ${q} SET ${sets.join(", ")} WHERE id = $${params.push(own[0].id)}::uuid`, ...params);
    return;
  }
  // Rows that reference a person first (their other columns fit one), then any; the first that takes the insert wins
  // (a unique key may already hold the person with that row's parent).
  const bases = [
    ...(await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT * FROM ${q} WHERE "tenantId" = $1::uuid AND ${quoteIdent(personColumn)} IS NOT NULL LIMIT 20`,
      T.id,
    )),
    ...(await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM ${q} WHERE "tenantId" = $1::uuid LIMIT 5`, T.id)),
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
      await insertFrom(table, personColumn, row, cols, codes);
      return;
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}

async function insertFrom(table: string, personColumn: string, base: Record<string, unknown>, cols: Column[], codes: Set<string>) {
  const db = ownerDb();
  const q = quoteIdent(table);
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
    if (c.name === "tenantId") add(c.name, "?::uuid", T.id);
    else if (c.name === personColumn) add(c.name, "?::uuid", personId);
    else if (isText(c) && !codes.has(c.name)) {
      const m = `${MARK}-${table}-${c.name}`;
      planted.push(m);
      add(c.name, "?", m);
    } else if (isTextArray(c) && !codes.has(c.name)) {
      const m = `${MARK}-${table}-${c.name}`;
      planted.push(m);
      add(c.name, `ARRAY[?]::${c.udt.slice(1)}[]`, m);
    } else if (c.udt === "jsonb") {
      const m = `${MARK}-${table}-${c.name}`;
      planted.push(m);
      add(c.name, "jsonb_build_array(?::text)", m);
    } else if (base[c.name] === null || base[c.name] === undefined) {
      if (!c.hasDefault) add(c.name, "NULL");
    } else {
      add(c.name, `(SELECT ${quoteIdent(c.name)} FROM ${q} WHERE id = ?::uuid)`, String(base.id));
    }
  }
  await db.$executeRawUnsafe(`INSERT INTO ${q} (${names.join(", ")}) VALUES (${values.join(", ")})`, ...params);
}

beforeAll(async () => {
  T = await createTenant({ tag: "erasure" });
  await seedModules(T);
  personId = T.people[0].id;
  // The person's own columns.
  const personCols = (await columnsOf("Person")).filter((c) => (isText(c) || isTextArray(c)) && c.name !== "id");
  for (const c of personCols) {
    const m = `${MARK}-Person-${c.name}`;
    planted.push(m);
    await ownerDb().$executeRawUnsafe(
      `UPDATE "Person" SET ${quoteIdent(c.name)} = ${isTextArray(c) ? `ARRAY[$1]::text[]` : "$1"} WHERE id = $2::uuid`,
      m,
      personId,
    );
  }
  registerCoreJobs();
  registerJobs(registeredPlugins().flatMap((p) => [...p.server.jobs]));
  worker = startWorker({ concurrency: 1 });
  await worker.ready();
});

afterAll(async () => {
  await worker?.close({ force: true });
  await closeQueues();
  await closeAll();
});

describe("erasure sweep, generated from the catalogue", () => {
  it("leaves no trace of the person in the database or in Redis", async () => {
    const refs = await ownerDb().$queryRaw<{ tbl: string; col: string }[]>`
      SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
      FROM pg_constraint c
      JOIN LATERAL unnest(c.conkey) AS k(attnum) ON true
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.contype = 'f' AND c.confrelid = '"Person"'::regclass AND a.attname <> 'tenantId'
      ORDER BY 1`;
    const tables = refs.map((r) => ({ table: r.tbl.replaceAll('"', ""), column: r.col }));
    // Exports are written by the export below, from everything else.
    const planting = tables.filter((t) => t.table !== "PersonalDataExport");
    for (const t of planting) await plantRow(t.table, t.column);
    expect(planting.length).toBeGreaterThanOrEqual(3);

    const regie = callerFor(sessionFor(T.users.regie), T.slug);
    const exported = await regie.personalData.requestExport({ personId });
    expect((await waitForJob(exported.jobId)).state).toBe("completed");
    const data = JSON.stringify(await regie.personalData.result({ jobId: exported.jobId }));
    // Not vacuous: the export holds the markers of core and of the modules.
    expect(data).toContain(`${MARK}-Person-firstName`);
    expect(planting.filter((t) => data.includes(`${MARK}-${t.table}-`)).length).toBeGreaterThanOrEqual(planting.length - 1);

    // A module switched off before the erase still has its data erased.
    const off = registeredPlugins()[registeredPlugins().length - 1]?.manifest.id ?? "";
    await setModulesEnabled(T.id, [off], false);

    const admin = callerFor(sessionFor(T.users.admin), T.slug);
    const erase = await admin.personalData.requestErase({
      personId,
      confirmName: `${MARK}-Person-firstName ${MARK}-Person-lastName`,
    });
    expect((await waitForJob(erase.jobId, { timeoutMs: 30_000 })).state).toBe("completed");
    expect(await codeOf(regie.personalData.result({ jobId: exported.jobId }))).toBe("NOT_FOUND");

    // The whole database, as the owner.
    const url = process.env.DATABASE_OWNER_URL ?? "";
    const dump = execFileSync("pg_dump", ["--data-only", "--no-owner", "--no-privileges", url], {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    });
    const left: string[] = [];
    let table = "";
    for (const line of dump.split("\n")) {
      if (line.startsWith("COPY ")) table = line.split(" ")[1] ?? "";
      if (line.includes(MARK)) left.push(`${table}: ${line.match(new RegExp(`${MARK}-[\\w-]+`))?.[0] ?? ""}`);
    }
    expect(left).toEqual([]);
    expect(dump.length).toBeGreaterThan(10_000);

    // Every Redis key of the installation, whatever its type.
    const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
    const inRedis: string[] = [];
    let keys = 0;
    try {
      let cursor = "0";
      do {
        const [next, batch] = await redis.scan(cursor, "MATCH", `${installationPrefix}*`, "COUNT", 1000);
        cursor = next;
        for (const key of batch) {
          keys++;
          const type = await redis.type(key);
          const value =
            type === "string"
              ? await redis.get(key)
              : type === "hash"
                ? await redis.hgetall(key)
                : type === "list"
                  ? await redis.lrange(key, 0, -1)
                  : type === "set"
                    ? await redis.smembers(key)
                    : type === "zset"
                      ? await redis.zrange(key, "0", "-1")
                      : type === "stream"
                        ? await redis.xrange(key, "-", "+")
                        : null;
          if (JSON.stringify(value ?? "").includes(MARK)) inRedis.push(`${key} (${type})`);
        }
      } while (cursor !== "0");
    } finally {
      redis.disconnect();
    }
    expect(inRedis).toEqual([]);
    expect(keys).toBeGreaterThan(0);
    expect(planted.length).toBeGreaterThan(10);
  });
});
