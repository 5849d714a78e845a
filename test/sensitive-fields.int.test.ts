/**
 * Sensitive fields, generated from the declarations (core's and every module's `sensitiveFields`) and the app router,
 * so a new module's field is covered without a line of its own:
 *  1. a member who holds every permission except the field's never receives the field's value from any query
 *     procedure (inputs pointing at the marked rows), nor from a personal-data export;
 *  2. the same member's create and update calls that set the field answer FORBIDDEN and change nothing;
 *  3. a member with the permission receives it, and every such read writes an audit event for that row;
 *  4. no raw SQL in the code base selects a sensitive column (the guard does not see raw SQL).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeQueues, startWorker, type WorkerHandle } from "../packages/core/src/jobs/index";
import { isolateQueuePrefix, waitForJob } from "../packages/core/src/jobs/testing";
import { sampleInput } from "../packages/core/src/testing/sample-input";
import { installedPlatform } from "../packages/core/src/platform/installed";
import { type SensitiveFieldRule, auditActionOf } from "../packages/core/src/sensitive/fields";
import { sensitiveRules } from "../packages/core/src/sensitive/guard";
import { updateMarkOf } from "../packages/core/src/trpc/update-input";
import {
  appRouter,
  callerFor,
  closeAll,
  createMember,
  createTenant,
  inputKeys,
  listProcedures,
  type MemberFixture,
  ownerDb,
  quoteIdent,
  seedModules,
  sessionFor,
  snapshotTenant,
  type TenantFixture,
  tryCall,
} from "./fixtures";

isolateQueuePrefix("sensitive");

let T: TenantFixture;
let without: MemberFixture;
let withAll: MemberFixture;
let worker: WorkerHandle;
const marked: { rule: SensitiveFieldRule; field: string; id: string; marker: string }[] = [];

const tableOf = (model: string) => model; // Prisma models map to tables of the same name here (no @@map).
const ID_KEYS = ["id", "personId", "actorId"];

async function grant(role: string, keys: (k: string) => boolean) {
  await ownerDb().rolePermission.deleteMany({ where: { tenantId: T.id, role } });
  await ownerDb().rolePermission.createMany({
    data: installedPlatform().permissions.map((p) => ({ tenantId: T.id, role, permission: p.key, granted: keys(p.key) })),
  });
}

beforeAll(async () => {
  T = await createTenant({ tag: "sensitive" });
  await seedModules(T);
  const sensitivePermissions = new Set<string>(sensitiveRules().map((r) => r.permission));
  // Two roles, each with every permission; "partner" lacks the sensitive ones.
  await grant("partner", (k) => !sensitivePermissions.has(k));
  await grant("regie", () => true);
  without = await createMember(T, { roles: ["partner"], organisationId: T.organisations[0].id, tag: "nosensitive" });
  withAll = await createMember(T, { roles: ["regie"], organisationId: T.organisations[0].id, tag: "sensitive" });
  for (const rule of sensitiveRules()) {
    const rows = await ownerDb().$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM ${quoteIdent(tableOf(rule.model))} WHERE "tenantId" = $1::uuid ORDER BY id LIMIT 3`,
      T.id,
    );
    for (const [field, empty] of Object.entries(rule.fields)) {
      for (const row of rows) {
        const marker = `SENSITIVE-${rule.model}-${field}-${row.id.slice(0, 8)}`;
        const value = Array.isArray(empty) ? [marker] : marker;
        await ownerDb().$executeRawUnsafe(
          `UPDATE ${quoteIdent(tableOf(rule.model))} SET ${quoteIdent(field)} = $1 WHERE id = $2::uuid`,
          Array.isArray(empty) ? value : marker,
          row.id,
        );
        marked.push({ rule, field, id: row.id, marker });
      }
    }
  }
  worker = startWorker({ concurrency: 1 });
  await worker.ready();
});

afterAll(async () => {
  await worker?.close({ force: true });
  await closeQueues();
  await closeAll();
});

const queries = () =>
  listProcedures().filter((p) => p.type === "query" && p.permission && !["public", "authed", "operator"].includes(p.permission));

/** The inputs a query is called with: its sample, and one per marked row for every id-like key it takes. */
function inputsFor(schema: unknown): unknown[] {
  const out: unknown[] = [];
  const s = sampleInput(schema);
  if (s) out.push(s.value);
  const keys = inputKeys(schema).filter((k) => ID_KEYS.includes(k));
  for (const key of keys)
    for (const m of marked) {
      const v = sampleInput(schema, { [key]: m.id });
      if (v) out.push(v.value);
    }
  return out;
}

const text = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x)) ?? "";

describe("sensitive fields, generated from the declarations", () => {
  it("declares at least core's person notes, and marks rows for every declared field", () => {
    expect(sensitiveRules().some((r) => r.model === "Person" && "notes" in r.fields)).toBe(true);
    const declared = sensitiveRules().reduce((n, r) => n + Object.keys(r.fields).length, 0);
    expect(new Set(marked.map((m) => `${m.rule.model}.${m.field}`)).size).toBe(declared);
  });

  it("never gives a member without the permission a sensitive value, from any query or export", async () => {
    const caller = callerFor(sessionFor(without), T.slug);
    const leaks: string[] = [];
    let cells = 0;
    for (const p of queries()) {
      for (const input of inputsFor(p.inputs[0])) {
        const o = await tryCall(caller, p.path, input);
        cells++;
        const t = text(o.ok ? o.value : o.message);
        for (const m of marked) if (t.includes(m.marker)) leaks.push(`${p.path}: ${m.rule.model}.${m.field}`);
      }
    }
    // The personal-data export of every marked person.
    for (const m of marked.filter((x) => x.rule.model === "Person")) {
      const { jobId } = await caller.personalData.requestExport({ personId: m.id });
      expect((await waitForJob(jobId)).state).toBe("completed");
      const data = await caller.personalData.result({ jobId });
      cells++;
      for (const x of marked) if (text(data).includes(x.marker)) leaks.push(`export: ${x.rule.model}.${x.field}`);
    }
    expect(leaks).toEqual([]);
    expect(cells).toBeGreaterThan(queries().length);
    console.info(`sensitive fields: ${cells} calls (queries and exports) without the permission, no value leaked`);
  });

  it("answers FORBIDDEN to a create or update that sets a sensitive field without the permission, changing nothing", async () => {
    const caller = callerFor(sessionFor(without), T.slug);
    const record = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: unknown } }>;
    const wrong: string[] = [];
    let cells = 0;
    // A create belongs to a model when the router that holds it also holds that model's marked update.
    const routerOf = (path: string) => path.slice(0, path.lastIndexOf("."));
    const updatedModel = new Map<string, string>();
    for (const p of listProcedures()) {
      const m = updateMarkOf(record[p.path]?._def.meta);
      if (m) updatedModel.set(routerOf(p.path), m.model);
    }
    for (const p of listProcedures().filter((x) => x.type === "mutation")) {
      const keys = inputKeys(p.inputs[0]);
      const mark = updateMarkOf(record[p.path]?._def.meta);
      const creates = /\.create$/.test(p.path);
      for (const rule of sensitiveRules()) {
        for (const field of Object.keys(rule.fields).filter((f) => keys.includes(f))) {
          if (mark && mark.model !== rule.model) continue;
          if (!mark && !(creates && updatedModel.get(routerOf(p.path)) === rule.model)) continue;
          const row = marked.find((m) => m.rule === rule && m.field === field);
          const value = Array.isArray(rule.fields[field]) ? ["changed"] : "changed";
          const input = sampleInput(p.inputs[0], { [field]: value, ...(mark && row ? { id: row.id } : {}) });
          if (!input) {
            wrong.push(`${p.path}: no valid input`);
            continue;
          }
          const before = await snapshotTenant(T.id);
          const o = await tryCall(caller, p.path, input.value);
          const after = await snapshotTenant(T.id);
          cells++;
          if (o.ok || o.code !== "FORBIDDEN") wrong.push(`${p.path}.${field}: ${o.ok ? "OK" : `${o.code} ${o.message}`}`);
          if (text(before) !== text(after)) wrong.push(`${p.path}.${field}: changed rows`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // people.create and people.update at least.
    expect(cells).toBeGreaterThanOrEqual(2);
    console.info(`sensitive fields: ${cells} writes without the permission refused`);
  });

  it("gives a member with the permission the value, and audit-logs every such read", async () => {
    const caller = callerFor(sessionFor(withAll), T.slug);
    const missing: string[] = [];
    let reads = 0;
    for (const p of queries()) {
      for (const input of inputsFor(p.inputs[0])) {
        const before = await ownerDb().auditEvent.count({ where: { tenantId: T.id } });
        const o = await tryCall(caller, p.path, input);
        const t = text(o.ok ? o.value : "");
        const seen = marked.filter((m) => t.includes(m.marker));
        if (seen.length === 0) continue;
        reads++;
        for (const m of seen) {
          const n = await ownerDb().auditEvent.count({
            where: { tenantId: T.id, action: auditActionOf(m.rule), targetId: m.id, id: { gt: BigInt(0) } },
          });
          const after = await ownerDb().auditEvent.count({ where: { tenantId: T.id } });
          if (n === 0 || after <= before) missing.push(`${p.path}: ${m.rule.model}.${m.field} ${m.id}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    console.info(`sensitive fields: ${reads} reads with the permission, each audit-logged`);
  });

  it("selects no sensitive column in raw SQL", async () => {
    const { execSync } = await import("node:child_process");
    const files = execSync("git ls-files 'packages/*.ts' 'apps/*.ts' 'apps/*.tsx'", { encoding: "utf8" })
      .split("\n")
      .filter((f) => f && !f.includes(".test.") && !f.includes("/generated/"));
    const hits: string[] = [];
    for (const f of files) {
      const src = readFileSync(f, "utf8");
      if (!/\$queryRaw|\$executeRaw|Prisma\.sql|\bsql`/.test(src)) continue;
      for (const rule of sensitiveRules()) {
        for (const field of Object.keys(rule.fields)) {
          if (new RegExp(`"${rule.model}"[\\s\\S]{0,400}"${field}"|"${field}"[\\s\\S]{0,400}"${rule.model}"`).test(src)) {
            hits.push(`${f}: ${rule.model}.${field}`);
          }
        }
      }
    }
    expect(hits).toEqual([]);
    expect(files.length).toBeGreaterThan(50);
  });
});
