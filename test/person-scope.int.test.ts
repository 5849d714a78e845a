/**
 * Neighbourhood scope of persons (ADR 0011), generated from the app router and the database catalogue, so a new module
 * is covered without a line of its own:
 *  1. every input key that names a person is declared in the procedure's meta (`persons`);
 *  2. every declared person input, given a person outside the field worker's neighbourhoods, answers NOT_FOUND and
 *     writes nothing (no consent record either);
 *  3. no query procedure returns anything of a person outside her neighbourhoods (id, e-mail, address), whatever the
 *     input (generated sample, defaults only, declared keys set to that person);
 *  4. every column that references "Person" carries the scope trigger, and every person-id column is such a reference;
 *  5. the database layer alone: with the scope set, the app role sees no out-of-scope person and cannot point at one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedPlatform } from "../packages/core/src/platform/installed";
import { sampleInput } from "../packages/core/src/testing/sample-input";
import { PERSON_NOT_FOUND } from "../packages/core/src/people/scope";
import { appDb, setPersonScope, withDbContext } from "../packages/core/src/db/client";
import {
  appRouter,
  callerFor,
  closeAll,
  createMember,
  createTenant,
  type MemberFixture,
  ownerDb,
  seedModules,
  sessionFor,
  snapshotTenant,
  type TenantFixture,
  tryCall,
} from "./fixtures";
import { personReferences, plantRow } from "./person-rows";

interface ProcDef {
  _def: { type?: string; meta?: { permission?: string; persons?: readonly string[] }; inputs?: unknown[] };
}

const PLATFORM = new Set(["public", "authed", "operator"]);
const PERSON_KEY = /^(person|.*Person)Ids?$/;

let T: TenantFixture;
let worker: MemberFixture;
let outside: { id: string; email: string; address: string };
let inside: { id: string };
/** Ids of rows about the outside person in every table that references Person, and of the rows they hang on. */
let outsideRowIds: string[] = [];

function procedures() {
  const record = appRouter._def.procedures as unknown as Record<string, ProcDef>;
  return Object.entries(record)
    .map(([path, p]) => ({
      path,
      type: p._def.type,
      permission: p._def.meta?.permission,
      persons: p._def.meta?.persons ?? [],
      input: p._def.inputs?.[0],
    }))
    .filter((p) => p.permission !== undefined && !PLATFORM.has(p.permission))
    .sort((a, b) => a.path.localeCompare(b.path));
}

function keysOf(schema: unknown): string[] {
  let s = schema as { shape?: Record<string, unknown>; _zod?: { def?: { in?: unknown; innerType?: unknown } } } | undefined;
  for (let depth = 0; s && depth < 10; depth++) {
    if (s.shape && typeof s.shape === "object") return Object.keys(s.shape);
    const def = s._zod?.def;
    s = (def?.in ?? def?.innerType) as typeof s;
  }
  return [];
}

/** Enum values of a top-level key (unwrapping optional/default/nullable), for inputs whose refinements tie keys. */
function enumValues(schema: unknown, key: string): unknown[] {
  let s = schema as { shape?: Record<string, unknown>; _zod?: { def?: { in?: unknown; innerType?: unknown } } } | undefined;
  for (let depth = 0; s && !s.shape && depth < 10; depth++) s = (s._zod?.def?.in ?? s._zod?.def?.innerType) as typeof s;
  let f = s?.shape?.[key] as { _zod?: { def?: { type?: string; entries?: Record<string, unknown>; innerType?: unknown } } } | undefined;
  for (let depth = 0; f && depth < 10; depth++) {
    if (f._zod?.def?.type === "enum") return Object.values(f._zod.def.entries ?? {});
    f = f._zod?.def?.innerType as typeof f;
  }
  return [];
}

/**
 * Valid inputs with the overrides: the plain sample, then variations that pick each value of one enum key at a time
 * (so a handler that first branches on a kind is reached on every branch), with nullable keys left empty or optional
 * keys left out when refinements tie keys together. At most `limit`, without duplicates.
 */
function samplesWith(schema: unknown, overrides: Record<string, unknown>, limit = 12): unknown[] {
  let shape = schema as { shape?: Record<string, { safeParse(v: unknown): { success: boolean } }>; _zod?: { def?: { in?: unknown } } };
  for (let depth = 0; shape && !shape.shape && depth < 10; depth++) shape = shape._zod?.def?.in as typeof shape;
  const fields = Object.entries(shape?.shape ?? {}).filter(([k]) => !(k in overrides));
  const nulls = Object.fromEntries(fields.filter(([, f]) => f.safeParse(null).success).map(([k]) => [k, null]));
  const omitted = Object.fromEntries(fields.filter(([, f]) => f.safeParse(undefined).success).map(([k]) => [k, undefined]));
  const out = new Map<string, unknown>();
  const add = (o: Record<string, unknown>) => {
    const s = sampleInput(schema, o);
    if (s && out.size < limit) out.set(JSON.stringify(s.value), s.value);
  };
  for (const base of [overrides, { ...nulls, ...overrides }, { ...omitted, ...overrides }]) {
    add(base);
    for (const key of keysOf(schema)) for (const v of enumValues(schema, key)) add({ ...base, [key]: v });
  }
  return [...out.values()];
}

beforeAll(async () => {
  T = await createTenant({ tag: "scope" });
  await seedModules(T);
  // A field worker of neighbourhoods[0] who holds every permission: the scope, not a missing permission, must stop her.
  worker = await createMember(T, { roles: ["field_worker"], neighbourhoodIds: [T.neighbourhoods[0].id], tag: "scoped" });
  await ownerDb().rolePermission.deleteMany({ where: { tenantId: T.id, role: "field_worker" } });
  await ownerDb().rolePermission.createMany({
    data: installedPlatform().permissions.map((p) => ({ tenantId: T.id, role: "field_worker", permission: p.key, granted: true })),
  });
  const p = await ownerDb().person.findUniqueOrThrow({ where: { id: T.people[1].id }, select: { id: true, email: true, address: true } });
  outside = { id: p.id, email: p.email ?? "", address: p.address ?? "" };
  inside = { id: T.people[0].id };
  // A row about the outside person in every table that references Person (an acquaintance, a key figure, ...), so
  // the queries below are asked about them too.
  for (const ref of await personReferences()) {
    const row = await plantRow(ref.table, ref.column, { tenantId: T.id, personId: outside.id, mark: "SCOPE", planted: [] });
    outsideRowIds.push(row.id, ...row.uuids);
  }
  outsideRowIds = [...new Set(outsideRowIds)].filter((x) => x !== T.id && x !== outside.id);
  expect(T.people[1].neighbourhoodId).toBe(T.neighbourhoods[1].id);
});

afterAll(async () => {
  await closeAll();
});

describe("person scope, generated from the app router", () => {
  it("declares every input key that names a person", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const p of procedures()) {
      for (const key of keysOf(p.input).filter((k) => PERSON_KEY.test(k))) {
        checked++;
        if (!p.persons.includes(key)) missing.push(`${p.path}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(5);
    console.info(`person scope: ${checked} person-named input keys, all declared`);
  });

  it("refuses every declared person input outside the member's neighbourhoods, writing nothing", async () => {
    const caller = callerFor(sessionFor(worker), T.slug);
    const wrong: string[] = [];
    let cells = 0;
    let declared = 0;
    for (const p of procedures()) {
      for (const key of p.persons) {
        declared++;
        const samples = samplesWith(p.input, { [key]: outside.id });
        if (samples.length === 0) wrong.push(`${p.path}: no valid sample input`);
        // Every variation is refused and writes nothing; at least one reaches the person and answers NOT_FOUND.
        let notFound = 0;
        for (const input of samples) {
          const before = await snapshotTenant(T.id);
          const o = await tryCall(caller, p.path, input);
          const after = await snapshotTenant(T.id);
          if (o.ok) wrong.push(`${p.path}(${key}): OK with ${JSON.stringify(input)}`);
          else if (o.code === "NOT_FOUND") notFound++;
          if (JSON.stringify(before) !== JSON.stringify(after)) wrong.push(`${p.path}(${key}): wrote rows`);
        }
        cells++;
        if (samples.length && notFound === 0) wrong.push(`${p.path}(${key}): never answered NOT_FOUND`);
      }
    }
    expect(wrong).toEqual([]);
    expect(cells).toBe(declared);
    expect(cells).toBeGreaterThanOrEqual(8);
    console.info(`person scope: ${cells} declared person inputs refused out of scope`);
    // Grows with every procedure of every module: 30 s was reached on a loaded machine.
  }, 120_000);

  it("returns nothing of an out-of-scope person from any query", async () => {
    const caller = callerFor(sessionFor(worker), T.slug);
    const leaks: string[] = [];
    let cells = 0;
    let sawInside = 0;
    const markers = [outside.id, outside.email, outside.address].filter(Boolean);
    for (const p of procedures().filter((x) => x.type === "query")) {
      const inputs: unknown[] = [];
      const defaults = (p.input as { safeParse?: (v: unknown) => { success: boolean } } | undefined)?.safeParse?.({});
      if (!p.input || defaults?.success) inputs.push(p.input ? {} : undefined);
      const sample = sampleInput(p.input);
      if (sample) inputs.push(sample.value);
      for (const key of p.persons) inputs.push(...samplesWith(p.input, { [key]: outside.id }, 3));
      // Every id-like key pointed at the rows about the outside person and the rows they hang on.
      for (const key of keysOf(p.input).filter((k) => /^(id|\w+Id)$/.test(k))) {
        for (const rowId of outsideRowIds) {
          const s = sampleInput(p.input, { [key]: rowId });
          if (s) inputs.push(s.value);
        }
      }
      for (const input of inputs) {
        cells++;
        const o = await tryCall(caller, p.path, input);
        const text = JSON.stringify(o.ok ? o.value : o.message, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) ?? "";
        for (const m of markers) if (text.includes(m)) leaks.push(`${p.path}: ${m}`);
        if (text.includes(inside.id)) sawInside++;
      }
    }
    expect(leaks).toEqual([]);
    expect(cells).toBeGreaterThanOrEqual(procedures().filter((x) => x.type === "query").length);
    console.info(`person scope: ${cells} query calls without a trace of the out-of-scope person`);
    // Not vacuous: the same calls do return the person inside her neighbourhood.
    expect(sawInside).toBeGreaterThan(0);
    // Grows with every query of every module: 10 s on a quiet machine, 30 s at load 30 (2026-12-05).
  }, 180_000);
});

describe("person scope in the database", () => {
  it("puts the scope trigger on every column that references Person, and every person-id column is a reference", async () => {
    const fks = await ownerDb().$queryRaw<{ tbl: string; col: string }[]>`
      SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
      FROM pg_constraint c
      JOIN LATERAL unnest(c.conkey) AS k(attnum) ON true
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.contype = 'f' AND c.confrelid = '"Person"'::regclass AND a.attname <> 'tenantId'`;
    const triggers = await ownerDb().$queryRaw<{ tbl: string; args: string }[]>`
      SELECT t.tgrelid::regclass::text AS tbl, encode(t.tgargs, 'escape') AS args
      FROM pg_trigger t JOIN pg_proc f ON f.oid = t.tgfoid
      WHERE f.proname = 'app_person_in_scope' AND NOT t.tgisinternal`;
    const has = new Set(triggers.map((t) => `${t.tbl.replaceAll('"', "")}.${t.args.replace(/\\000$/, "").replace(/\0$/, "")}`));
    const missing = fks.map((f) => `${f.tbl.replaceAll('"', "")}.${f.col}`).filter((k) => !has.has(k));
    expect(missing).toEqual([]);
    expect(fks.length).toBeGreaterThanOrEqual(4);
    console.info(`person scope: ${fks.length} columns referencing Person, each with the scope trigger`);

    const personColumns = await ownerDb().$queryRaw<{ tbl: string; col: string }[]>`
      SELECT table_name AS tbl, column_name AS col FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'uuid' AND (column_name = 'personId' OR column_name LIKE '%PersonId')`;
    const referenced = new Set(fks.map((f) => `${f.tbl.replaceAll('"', "")}.${f.col}`));
    expect(personColumns.map((c) => `${c.tbl}.${c.col}`).filter((k) => !referenced.has(k))).toEqual([]);
    expect(personColumns.length).toBe(fks.length);
  });

  it("hides out-of-scope persons from the app role and refuses a reference to one", async () => {
    const seen = await withDbContext({ tenantId: T.id }, async (tx) => {
      await setPersonScope(tx, [T.neighbourhoods[0].id]);
      return tx.person.findMany({ select: { id: true } });
    });
    expect(seen.map((p) => p.id)).toEqual([inside.id]);
    const all = await withDbContext({ tenantId: T.id }, (tx) => tx.person.count());
    expect(all).toBe(await ownerDb().person.count({ where: { tenantId: T.id } }));
    const consentsBefore = await ownerDb().consent.count({ where: { personId: outside.id } });
    const write = withDbContext(
      { tenantId: T.id },
      async (tx) => {
        await setPersonScope(tx, [T.neighbourhoods[0].id]);
        return tx.consent.create({
          data: { tenantId: T.id, personId: outside.id, purpose: "contact", method: "verbal", givenAt: new Date() },
        });
      },
      appDb(),
    );
    await expect(write).rejects.toThrow(/person not visible|zorgzaam:person_not_found/);
    expect(await ownerDb().consent.count({ where: { personId: outside.id } })).toBe(consentsBefore);
    expect(PERSON_NOT_FOUND).toBeTruthy();
  });
});
