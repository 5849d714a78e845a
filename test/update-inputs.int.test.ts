/**
 * "Update means change what I sent", generated from the app router (a new module's update is covered without touching
 * this file):
 *  1. every mutation named like an update carries the update mark (updateMeta, packages/core/src/trpc/update-input.ts),
 *     and parsing an input that holds only its keys (the row's id, a version) gives only those keys: no default is
 *     filled in for a field that was not sent;
 *  2. for every marked procedure, on a real row of its model in a test tenant, fast-check sends a random subset of
 *     the fields with valid random values: afterwards every column of the row whose field was not sent is unchanged,
 *     and so are the rows of other tables that point at it (rows may be added, e.g. history; none changed or removed),
 *     apart from what the mark declares as derived from a sent field. A refused call changes nothing at all.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleInput } from "../packages/core/src/testing/sample-input";
import { type UpdateMark, updateMarkOf } from "../packages/core/src/trpc/update-input";
import {
  appRouter,
  callerFor,
  closeAll,
  createMember,
  createTenant,
  listProcedures,
  type MemberFixture,
  ownerDb,
  quoteIdent,
  seedModules,
  sessionFor,
  type TenantFixture,
  tenantTables,
  tryCall,
} from "./fixtures";
import { fallbackOf, NONE, valid } from "./zod-arbitrary";

/** Runs per update procedure in part 2. */
const RUNS = 20;

/** A mutation whose last path segment reads like a change of an existing row must be marked. */
const LOOKS_LIKE_UPDATE = /^(update|edit|patch|change|modify|rename)/i;

interface ZodObjectLike {
  shape: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  safeParse(v: unknown): { success: boolean; data?: unknown };
}

interface UpdateProcedure {
  path: string;
  mark: UpdateMark;
  input: ZodObjectLike;
  /** The keys every call must send (the row's id, a version); all other keys are fields. */
  keys: string[];
  fields: string[];
}

function updateProcedures(): UpdateProcedure[] {
  const record = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: unknown } }>;
  const out: UpdateProcedure[] = [];
  for (const p of listProcedures()) {
    const mark = updateMarkOf(record[p.path]?._def.meta);
    if (!mark) continue;
    const input = p.inputs[0] as ZodObjectLike;
    if (p.inputs.length !== 1 || !input?.shape) throw new Error(`${p.path}: an update takes one object input`);
    // A key must be sent (undefined does not parse); a field may be left out (with or without a default).
    const keys = Object.keys(input.shape).filter((k) => !input.shape[k]?.safeParse(undefined).success);
    out.push({ path: p.path, mark, input, keys, fields: Object.keys(input.shape).filter((k) => !keys.includes(k)) });
  }
  return out;
}

const rowInputKey = (mark: UpdateMark) => (mark.row === "tenant" ? undefined : (mark.row?.input ?? "id"));
const rowColumn = (mark: UpdateMark) => (mark.row === "tenant" ? "id" : (mark.row?.column ?? "id"));

// ---------------------------------------------------------------------------------------------------------------
// 1. The mark and the inputs

describe("update procedures are marked and fill in nothing that was not sent", () => {
  const updates = updateProcedures();

  it("marks every mutation named like an update", () => {
    const mutations = listProcedures().filter((p) => p.type === "mutation");
    const named = mutations.filter((p) => LOOKS_LIKE_UPDATE.test(p.path.split(".").at(-1) ?? ""));
    const marked = new Set(updates.map((u) => u.path));
    expect(named.filter((p) => !marked.has(p.path)).map((p) => p.path)).toEqual([]);
    // Marked procedures are mutations.
    expect(updates.filter((u) => !mutations.some((m) => m.path === u.path)).map((u) => u.path)).toEqual([]);
    expect(named.length).toBeGreaterThanOrEqual(15);
  });

  it("fills in no default in any other mutation on an existing row (input `id`), apart from reviewed commands", () => {
    // A default there is a value the caller did not send, written over the row: only a command's own option may have one.
    const COMMAND_OPTIONS: Record<string, string[]> = {
      // The proposed statuses to apply while closing a round: none when left out (not a stored field of the round).
      "partners.evaluation.close": ["apply"],
      // Per-row decisions on an import's duplicates: none when left out (the stored decisions stay as they are).
      "partners.transfer.decide": ["rows"],
      // Whether this import leaves out the rows with a problem: no when left out (the user's choice when starting it).
      "partners.transfer.start": ["skipInvalid"],
    };
    const marked = new Set(updates.map((u) => u.path));
    const found: string[] = [];
    let checked = 0;
    for (const p of listProcedures()) {
      const shape = (p.inputs[0] as ZodObjectLike | undefined)?.shape;
      if (p.type !== "mutation" || marked.has(p.path) || !shape || !("id" in shape)) continue;
      checked++;
      for (const [k, schema] of Object.entries(shape)) {
        const r = schema.safeParse(undefined) as { success: boolean; data?: unknown };
        if (r.success && r.data !== undefined && !COMMAND_OPTIONS[p.path]?.includes(k)) found.push(`${p.path} ${k}`);
      }
    }
    expect(found).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it("parses an input holding only the keys to only the keys, for every marked procedure", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const u of updates) {
      const key = rowInputKey(u.mark);
      if (key && !u.keys.includes(key)) problems.push(`${u.path}: the row key "${key}" is not a required input key`);
      if (u.fields.length === 0) problems.push(`${u.path}: no optional field to update`);
      const keysOnly: Record<string, unknown> = {};
      for (const k of u.keys) {
        const s = fallbackOf(u.input.shape[k] as unknown as Parameters<typeof fallbackOf>[0]);
        if (!s) problems.push(`${u.path}: no sample value for key ${k}`);
        else keysOnly[k] = s.value;
      }
      const parsed = u.input.safeParse(keysOnly);
      if (!parsed.success) problems.push(`${u.path}: the keys alone do not parse`);
      else if (JSON.stringify(Object.keys(parsed.data as object).sort()) !== JSON.stringify([...u.keys].sort())) {
        problems.push(`${u.path}: keys only gave ${JSON.stringify(parsed.data)}`);
      }
      checked++;
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(updates.length);
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Against real rows

type Row = Record<string, unknown>;

interface Referrer {
  table: string;
  column: string;
  refColumn: string;
}

let T: TenantFixture;
let member: MemberFixture;
let tables: Set<string>;

beforeAll(async () => {
  T = await createTenant({ tag: "updates" });
  await seedModules(T);
  // admin and regie together hold every permission (also the notes of a person, which admin alone has not).
  member = await createMember(T, { roles: ["admin", "regie"], organisationId: T.organisations[0].id, tag: "updater" });
  tables = new Set(await tenantTables());
  expect(await makeRowsThroughTheApi()).toBeGreaterThan(0);
}, 120_000);

afterAll(async () => {
  await closeAll();
});

async function rowsOf(model: string, where: string, ...params: unknown[]): Promise<Row[]> {
  const rows = await ownerDb().$queryRawUnsafe<{ j: Row }[]>(
    `SELECT row_to_json(x) AS j FROM ${quoteIdent(model)} x WHERE ${where}`,
    ...params,
  );
  return rows.map((r) => r.j);
}

/** Tables with a foreign key to the model's table (the column and the column of the model it references). */
async function referrers(model: string): Promise<Referrer[]> {
  if (model === "Tenant") return []; // every tenant table points at the tenant; tenant settings write the Tenant row only
  const rows = await ownerDb().$queryRawUnsafe<{ tbl: string; col: string; ref: string }[]>(
    `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col, r.attname AS ref
     FROM pg_constraint c
     CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(own, theirs)
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.own
     JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = k.theirs
     WHERE c.contype = 'f' AND c.confrelid = $1::regclass AND r.attname <> 'tenantId'`,
    quoteIdent(model),
  );
  return rows.map((r) => ({ table: r.tbl.replaceAll('"', ""), column: r.col, refColumn: r.ref }));
}

interface Snapshot {
  row: Row;
  related: Record<string, string[]>;
}

async function snapshot(u: UpdateProcedure, refs: Referrer[], rowKey: unknown): Promise<Snapshot> {
  const where = u.mark.row === "tenant" ? `id = $1::uuid` : `${quoteIdent(rowColumn(u.mark))} = $1 AND "tenantId" = $2::uuid`;
  const rows = u.mark.row === "tenant" ? await rowsOf(u.mark.model, where, T.id) : await rowsOf(u.mark.model, where, rowKey, T.id);
  const row = rows[0];
  if (!row || rows.length !== 1) throw new Error(`${u.path}: expected one ${u.mark.model} row for ${String(rowKey)}`);
  const related: Record<string, string[]> = {};
  for (const r of refs) {
    const got = await rowsOf(r.table, `${quoteIdent(r.column)}::text = $1::text`, row[r.refColumn]);
    related[`${r.table}.${r.column}`] = got.map((x) => JSON.stringify(x)).sort();
  }
  return { row, related };
}

/** Values that other rows of the tenant hold for an id field: the same column of other rows, or the ids of a table named like it. */
async function idPool(model: string | null, field: string): Promise<unknown[]> {
  if (!/Ids?$/.test(field)) return [];
  const values = new Set<unknown>();
  const sameColumn = !model
    ? []
    : await ownerDb().$queryRawUnsafe<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`,
        model,
        field,
      );
  if (model && sameColumn.length) {
    for (const r of await rowsOf(model, `"tenantId" = $1::uuid`, T.id)) {
      const v = r[field];
      for (const x of Array.isArray(v) ? v : [v]) if (x) values.add(x);
    }
  }
  const stem = field.replace(/Ids?$/, "");
  const suffix = stem.charAt(0).toUpperCase() + stem.slice(1);
  for (const table of tables) {
    if (!table.endsWith(suffix)) continue;
    for (const r of await ownerDb().$queryRawUnsafe<{ id: string }[]>(
      `SELECT to_jsonb(x)->>'id' AS id FROM ${quoteIdent(table)} x WHERE "tenantId" = $1::uuid AND to_jsonb(x) ? 'id' LIMIT 12`,
      T.id,
    )) {
      values.add(r.id);
    }
  }
  return [...values];
}

/** The key values of a call on this row (its id or key, a version it holds). */
function keysFor(u: UpdateProcedure, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of u.keys) {
    if (k === rowInputKey(u.mark)) out[k] = row[rowColumn(u.mark)];
    else if (k in row) out[k] = row[k];
    else throw new Error(`${u.path}: key ${k} is neither the row key nor a column of ${u.mark.model}`);
  }
  return out;
}

/** The caller's own membership (or any row of theirs by userId) is left alone: changing it could take away their access. */
function isCallers(row: Row): boolean {
  return row.id === member.membershipId || row.id === member.id || row.userId === member.id;
}

/** Mutations that make rows ("create", "add", and the reflection fan's "draw" and "pick"). */
const MAKES_ROWS = /^(create|add|draw|pick)/;

/**
 * The demo seed leaves some models without a row the caller may update (e.g. every drawn question is in a closed
 * session): a few calls of every mutation that makes rows, with sample inputs whose ids are taken from the tenant's
 * rows, add open ones the way people do.
 */
async function makeRowsThroughTheApi(): Promise<number> {
  const caller = callerFor(sessionFor(member), T.slug);
  let made = 0;
  for (const p of listProcedures()) {
    if (p.type !== "mutation" || !MAKES_ROWS.test(p.path.split(".").at(-1) ?? "")) continue;
    const shape = (p.inputs[0] as ZodObjectLike | undefined)?.shape;
    if (!shape) continue;
    const pools: Record<string, unknown[]> = {};
    for (const k of Object.keys(shape)) {
      const pool = await idPool(null, k);
      if (pool.length) pools[k] = pool;
    }
    const attempts = Math.max(1, ...Object.values(pools).map((p) => p.length));
    for (let attempt = 0; attempt < attempts; attempt++) {
      const overrides: Record<string, unknown> = {};
      for (const [k, pool] of Object.entries(pools)) {
        const v = pool[attempt % pool.length];
        overrides[k] = (shape[k] as unknown as ZodObjectLike).safeParse(v).success ? v : [v];
      }
      // Drawing a question in a planned session needs the member's yes to start it, as people give it in the room.
      if ("start" in shape) overrides.start = true;
      const input = sampleInput(p.inputs[0], overrides);
      if (!input) break;
      const o = await tryCall(caller, p.path, input.value);
      if (o.ok) made++;
      else if (process.env.DEBUG_UPDATES) console.log(p.path, o.code, o.message);
    }
  }
  return made;
}

/** A row of the model that the caller may update (an update sending only the keys succeeds on it). */
async function pickRow(u: UpdateProcedure): Promise<{ key: unknown } | string> {
  const caller = callerFor(sessionFor(member), T.slug);
  const candidates =
    u.mark.row === "tenant" ? await rowsOf("Tenant", "id = $1::uuid", T.id) : await rowsOf(u.mark.model, `"tenantId" = $1::uuid`, T.id);
  const tried: string[] = [];
  for (const row of candidates.filter((r) => !isCallers(r)).slice(0, 40)) {
    const o = await tryCall(caller, u.path, keysFor(u, row));
    if (o.ok) return { key: row[rowColumn(u.mark)] };
    tried.push(`${o.code}: ${o.message}`);
  }
  return `no ${u.mark.model} row of ${candidates.length} accepts an update of its keys only (${[...new Set(tried)].slice(0, 3).join("; ")})`;
}

const IGNORED = new Set(["updatedAt", "version"]);

describe("an update changes only what was sent", () => {
  it("leaves every column that was not sent as it was, on a real row of every update procedure", async () => {
    const updates = updateProcedures();
    const caller = callerFor(sessionFor(member), T.slug);
    const problems: string[] = [];
    const successes: Record<string, number> = {};
    let cells = 0;
    // Reproduce a run with FC_SEED=<seed> (the seed is part of every reported problem).
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);

    for (const u of updates) {
      const picked = await pickRow(u);
      if (typeof picked === "string") {
        problems.push(`${u.path}: ${picked}`);
        continue;
      }
      const refs = await referrers(u.mark.model);
      const arbs: Record<string, fc.Arbitrary<unknown>> = {};
      for (const f of u.fields) {
        const schema = u.input.shape[f] as unknown as Parameters<typeof valid>[0];
        const pool = await idPool(u.mark.model, f);
        const fromPool = pool.length
          ? fc
              .oneof(fc.constantFrom(...pool), fc.constant(null), fc.subarray(pool, { maxLength: Math.min(3, pool.length) }))
              .map((v) => (schema.safeParse(v).success ? v : NONE))
          : undefined;
        const generated = valid(schema);
        const a = fromPool && generated ? fc.oneof(fromPool, generated) : (fromPool ?? generated);
        if (a) arbs[f] = a;
      }
      successes[u.path] = 0;

      // Mostly a few fields at a time (a form section, an autosave), sometimes any subset.
      const some = (keys: string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, arbs[k] as fc.Arbitrary<unknown>])));
      const names = Object.keys(arbs);
      const subsets = fc.oneof(
        { arbitrary: fc.subarray(names, { maxLength: Math.min(3, names.length) }).chain(some), weight: 3 },
        { arbitrary: fc.record(arbs, { requiredKeys: [] }), weight: 1 },
      );
      const property = fc.asyncProperty(subsets, async (generated) => {
        cells++;
        const fields = Object.fromEntries(Object.entries(generated).filter(([, v]) => v !== NONE));
        const before = await snapshot(u, refs, picked.key);
        const input = { ...keysFor(u, before.row), ...fields };
        const o = await tryCall(caller, u.path, input);
        const after = await snapshot(u, refs, picked.key);
        if (!o.ok && process.env.DEBUG_UPDATES) console.log(u.path, o.code, o.message, JSON.stringify(fields).slice(0, 300));
        if (!o.ok) {
          if (o.code === "INTERNAL_SERVER_ERROR" || o.code === "NOT_A_TRPC_ERROR") {
            throw new Error(`${o.code}: ${o.message} for ${JSON.stringify(input)}`);
          }
          expect(after, `refused (${o.code}: ${o.message}) but changed`).toEqual(before);
          return;
        }
        if (Object.keys(fields).length) successes[u.path] = (successes[u.path] ?? 0) + 1;
        const sent = new Set(Object.keys(fields));
        const allowed = new Set([...sent, ...[...sent].flatMap((f) => u.mark.derived?.[f] ?? [])]);
        const changed = Object.keys(before.row).filter(
          (c) => !IGNORED.has(c) && !allowed.has(c) && JSON.stringify(before.row[c]) !== JSON.stringify(after.row[c]),
        );
        const lost = Object.entries(before.related)
          .filter(([k]) => !allowed.has(k.split(".")[0] ?? ""))
          .flatMap(([k, rows]) => rows.filter((r) => !after.related[k]?.includes(r)).map((r) => `${k} ${r}`));
        expect({ changed, lost }, `sent ${JSON.stringify(fields)}`).toEqual({ changed: [], lost: [] });
      });
      const result = await fc.check(property, { numRuns: RUNS, seed, endOnFailure: true, includeErrorInReport: true });
      if (result.failed) problems.push(`${u.path}: ${fc.defaultReportMessage(result)?.slice(0, 2000)}`);
    }

    if (process.env.DEBUG_UPDATES) console.log(successes);
    expect(problems).toEqual([]);
    // Every procedure changed its row at least once with some fields sent (so no cell above is only refusals).
    expect(Object.entries(successes).filter(([, n]) => n === 0)).toEqual([]);
    expect(updates.length).toBeGreaterThanOrEqual(15);
    expect(cells).toBe(updates.length * RUNS);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------------
// 3. The cases of the finding, spelled out

describe("a partial update (the cases that emptied fields before)", () => {
  const api = () => callerFor(sessionFor(member), T.slug);

  it("people.update with only a phone number keeps the last name, languages and kinds", async () => {
    const id = T.people[0].id;
    await ownerDb().person.update({ where: { id }, data: { lastName: "Peeters", languages: ["nl", "ar"], kinds: ["resident"] } });
    const before = await ownerDb().person.findUniqueOrThrow({ where: { id } });
    await api().people.update({ id, phone: "0470 12 34 56" });
    const after = await ownerDb().person.findUniqueOrThrow({ where: { id } });
    expect(after.phone).toBe("0470 12 34 56");
    expect({ ...after, phone: before.phone, updatedAt: before.updatedAt }).toEqual(before);
  });

  it("neighbourhoods.update with only a name keeps the sector codes", async () => {
    const id = T.neighbourhoods[0].id;
    // (the generated test above may have changed the codes: compare with what is there now)
    await ownerDb().neighbourhood.update({ where: { id }, data: { sectorCodes: ["A00-", "A01-"] } });
    const before = await ownerDb().neighbourhood.findUniqueOrThrow({ where: { id } });
    await api().neighbourhoods.update({ id, name: `Hernoemd ${T.slug}` });
    const after = await ownerDb().neighbourhood.findUniqueOrThrow({ where: { id } });
    expect(after.name).toBe(`Hernoemd ${T.slug}`);
    expect(after.sectorCodes).toEqual(["A00-", "A01-"]);
    expect({ ...after, name: before.name, updatedAt: before.updatedAt }).toEqual(before);
  });

  it("modules.updateSettings with one setting keeps the module's other settings (not the manifest's defaults)", async () => {
    const where = { tenantId_moduleId: { tenantId: T.id, moduleId: "reflectie" } };
    await ownerDb().tenantModule.update({ where, data: { settings: { defaultRhythmWeeks: 4, reminderDaysBefore: 7, sendDigest: false } } });
    await api().modules.updateSettings({ id: "reflectie", settings: { reminderDaysBefore: 2 } });
    const row = await ownerDb().tenantModule.findUniqueOrThrow({ where });
    expect(row.settings).toEqual({ defaultRhythmWeeks: 4, reminderDaysBefore: 2, sendDigest: false });
    // Invalid values are still refused, and nothing is written.
    expect((await tryCall(api(), "modules.updateSettings", { id: "reflectie", settings: { reminderDaysBefore: 99 } })).ok).toBe(false);
    expect((await ownerDb().tenantModule.findUniqueOrThrow({ where })).settings).toEqual(row.settings);
  });

  it("members.update with only neighbourhoods keeps the roles and the organisation", async () => {
    const id = T.users.field_worker.membershipId;
    const before = await ownerDb().membership.findUniqueOrThrow({ where: { id } });
    await api().members.update({ id, neighbourhoodIds: [T.neighbourhoods[0].id, T.neighbourhoods[1].id] });
    const after = await ownerDb().membership.findUniqueOrThrow({ where: { id }, include: { neighbourhoods: true } });
    expect(after.roles).toEqual(before.roles);
    expect(after.organisationId).toBe(before.organisationId);
    expect(after.neighbourhoods.map((n) => n.neighbourhoodId).sort()).toEqual([T.neighbourhoods[0].id, T.neighbourhoods[1].id].sort());
  });

  it("tenant.updateSettings with only a default language checks it against the stored languages", async () => {
    await ownerDb().tenant.update({ where: { id: T.id }, data: { enabledLocales: ["nl", "fr"], defaultLocale: "nl" } });
    expect((await tryCall(api(), "tenant.updateSettings", { defaultLocale: "en" })).ok).toBe(false);
    await api().tenant.updateSettings({ defaultLocale: "fr" });
    const t = await ownerDb().tenant.findUniqueOrThrow({ where: { id: T.id } });
    expect([t.defaultLocale, t.enabledLocales]).toEqual(["fr", ["nl", "fr"]]);
  });

  it("reflectie.sessions.setParticipants without guests keeps the guests", async () => {
    const s = await api().reflectie.sessions.create({ title: "Teamoverleg", date: new Date(), guestNames: ["Fatima"] });
    const guests = () => ownerDb().reflectieParticipant.findMany({ where: { sessionId: s.id, userId: null }, select: { name: true } });
    const { version } = await ownerDb().reflectieSession.findUniqueOrThrow({ where: { id: s.id } });
    await api().reflectie.sessions.setParticipants({ id: s.id, version, userIds: [T.users.regie.id] });
    expect(await guests()).toEqual([{ name: "Fatima" }]);
    expect(await ownerDb().reflectieParticipant.count({ where: { sessionId: s.id, userId: T.users.regie.id } })).toBe(1);
    await api().reflectie.sessions.setParticipants({ id: s.id, version: version + 1, userIds: [], guestNames: [] });
    expect(await guests()).toEqual([]);
  });

  it("partners.actors.update with only notes keeps the person link, contacts, tags, point and neighbourhoods; the history names notes only", async () => {
    const created = await api().partners.actors.create({
      name: `Buurthuis ${T.slug}`,
      kind: "organisation",
      contacts: [{ name: "An", role: "coördinator", email: "an@example.org", phone: "" }],
      tags: ["ontmoeting"],
      lat: 50.85,
      lng: 4.35,
      neighbourhoodIds: [T.neighbourhoods[1].id],
    });
    // A key figure linked to a person no other key figure has (written with the owner client: the consent flow is
    // tested elsewhere; the demo seed links some of the fixture's people already).
    const linked = await ownerDb().partnersActor.findMany({
      where: { tenantId: T.id, personId: { not: null } },
      select: { personId: true },
    });
    const free = T.people.find((p) => !linked.some((l) => l.personId === p.id));
    if (!free) throw new Error("every fixture person is a key figure already");
    await ownerDb().partnersActor.update({ where: { id: created.id }, data: { kind: "key_figure", personId: free.id } });
    const before = await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: created.id } });

    const r = await api().partners.actors.update({ id: before.id, version: before.version, notes: "Belt liever 's ochtends" });
    expect(r.version).toBe(before.version + 1);
    const after = await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.notes).toBe("Belt liever 's ochtends");
    expect({ ...after, notes: before.notes, version: before.version, updatedAt: before.updatedAt }).toEqual(before);
    expect(after.personId).toBe(free.id);

    const last = await ownerDb().partnersActorChange.findFirstOrThrow({ where: { actorId: created.id }, orderBy: { at: "desc" } });
    expect(last.kind).toBe("updated");
    expect(last.fields).toEqual({ other: [null, ["notes"]] });
  });
});
