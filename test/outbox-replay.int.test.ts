/**
 * "A replayed outbox never duplicates", generated from the app router (a new outbox-capable procedure is covered
 * without touching this file; ADR 0028, packages/core/src/trpc/outbox.ts). For every procedure with meta.outbox, on
 * an input made by its example in a fresh tenant, called by a member whose role may call it:
 *  1. a second call with the same idempotency key changes nothing and answers what the first answered;
 *  2. five concurrent calls with a new key make exactly the change of one call;
 *  3. the same key sent by another member, or to another procedure, is refused and changes nothing;
 *  4. a refused first call (an input its handler refuses) leaves no receipt: the key stays usable.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedPlatform } from "../packages/core/src/platform/installed";
import { ROLES } from "../packages/core/src/permissions/roles";
import { outboxMarkOf, type OutboxMark } from "../packages/core/src/trpc/outbox";
import {
  appRouter,
  callerFor,
  callPath,
  closeAll,
  createTenant,
  enableAllModules,
  listProcedures,
  type MemberFixture,
  ownerDb,
  sessionFor,
  snapshotTenant,
  type TenantFixture,
  tryCall,
} from "./fixtures";

interface OutboxProcedure {
  path: string;
  mark: OutboxMark;
  /** Members of the fixture tenant who may call it (their role has its permission). */
  callers: MemberFixture[];
}

let T: TenantFixture;
let procedures: OutboxProcedure[];

beforeAll(async () => {
  T = await createTenant({ tag: "outbox" });
  await enableAllModules(T.id);
  const record = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: unknown } }>;
  procedures = listProcedures().flatMap((p) => {
    const mark = outboxMarkOf(record[p.path]?._def.meta);
    if (!mark) return [];
    const callers = ROLES.filter((r) => p.permission && installedPlatform().effectivePermissions([r], []).has(p.permission)).map(
      (r) => T.users[r],
    );
    return [{ path: p.path, mark, callers }];
  });
});

afterAll(async () => {
  await closeAll();
});

/** Every row of the tenant except the receipts themselves: "the effect" of a call. */
async function effect(): Promise<Record<string, string[]>> {
  const { OutboxReceipt: _, ...rest } = await snapshotTenant(T.id);
  return rest;
}

/** Rows added between two snapshots, per table. */
function added(before: Record<string, string[]>, after: Record<string, string[]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [table, rows] of Object.entries(after)) {
    const was = new Set(before[table] ?? []);
    const n = rows.filter((r) => !was.has(r)).length;
    if (n) out[table] = n;
  }
  return out;
}

async function example(p: OutboxProcedure, who: MemberFixture) {
  return p.mark.example({ db: ownerDb(), tenantId: T.id, userId: who.id });
}

describe("outbox-capable procedures have one effect per idempotency key", () => {
  it("finds the outbox-capable procedures, each with a member who may call it", () => {
    expect(procedures.map((p) => p.path)).toContain("bevragingen.responses.submit");
    expect(procedures.filter((p) => p.callers.length === 0).map((p) => p.path)).toEqual([]);
    // Only mutations queue on a phone.
    const types = new Map(listProcedures().map((p) => [p.path, p.type]));
    expect(procedures.filter((p) => types.get(p.path) !== "mutation").map((p) => p.path)).toEqual([]);
  });

  it("answers a repeat with the first answer and changes nothing", async () => {
    let cells = 0;
    for (const p of procedures) {
      const who = p.callers[0] as MemberFixture;
      const caller = callerFor(sessionFor(who), T.slug);
      const input = { ...(await example(p, who)), idempotencyKey: randomUUID() };
      const before = await effect();
      const first = await callPath(caller, p.path, input);
      const once = await effect();
      expect(Object.keys(added(before, once)).length, `${p.path}: the first call changes something`).toBeGreaterThan(0);
      // The guarantee is core's receipt, written with the effect (not only the module's own care).
      expect(
        await ownerDb().outboxReceipt.count({ where: { tenantId: T.id, idempotencyKey: input.idempotencyKey, procedure: p.path } }),
      ).toBe(1);
      const again = await callPath(caller, p.path, input);
      expect(again, p.path).toEqual(first);
      expect(await effect(), `${p.path}: a repeat changes nothing`).toEqual(once);
      cells++;
    }
    expect(cells).toBe(procedures.length);
  });

  it("makes the change of one call out of five concurrent ones with the same key", async () => {
    let cells = 0;
    for (const p of procedures) {
      const who = p.callers[0] as MemberFixture;
      const input = { ...(await example(p, who)), idempotencyKey: randomUUID() };
      // The reference: the change one call makes, with a key of its own (its example's rows made before the snapshot).
      const reference = { ...(await example(p, who)), idempotencyKey: randomUUID() };
      const before = await effect();
      await callPath(callerFor(sessionFor(who), T.slug), p.path, reference);
      const one = added(before, await effect());
      const mid = await effect();
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => tryCall(callerFor(sessionFor(who), T.slug), p.path, input)));
      expect(
        outcomes.filter((o) => !o.ok),
        p.path,
      ).toEqual([]);
      const values = outcomes.map((o) => (o.ok ? JSON.stringify(o.value) : ""));
      expect(new Set(values).size, `${p.path}: every call answers the same`).toBe(1);
      expect(added(mid, await effect()), p.path).toEqual(one);
      cells++;
    }
    expect(cells).toBe(procedures.length);
  });

  it("refuses the same key from another member or for another procedure, changing nothing", async () => {
    let cells = 0;
    for (const p of procedures) {
      const who = p.callers[0] as MemberFixture;
      const input = { ...(await example(p, who)), idempotencyKey: randomUUID() };
      await callPath(callerFor(sessionFor(who), T.slug), p.path, input);
      const other = p.callers.find((m) => m.id !== who.id);
      // Inputs of the other procedures carrying p's key, made before the snapshot (examples write rows of their own).
      const others = await Promise.all(
        procedures
          .filter((x) => x.path !== p.path)
          .map(async (q) => ({ q, input: { ...(await example(q, who)), idempotencyKey: input.idempotencyKey } })),
      );
      const before = await effect();
      if (other) {
        const o = await tryCall(callerFor(sessionFor(other), T.slug), p.path, input);
        expect(o.ok ? "ok" : o.code, `${p.path}: another member's key`).toBe("CONFLICT");
      }
      for (const { q, input: qi } of others) {
        const o = await tryCall(callerFor(sessionFor(who), T.slug), q.path, qi);
        expect(o.ok ? "ok" : o.code, `${q.path} with ${p.path}'s key`).toBe("CONFLICT");
      }
      expect(await effect(), p.path).toEqual(before);
      cells++;
    }
    expect(cells).toBe(procedures.length);
  });

  it("leaves no receipt for a refused call: the same key works once the input is right", async () => {
    let cells = 0;
    for (const p of procedures) {
      const who = p.callers[0] as MemberFixture;
      const good = await example(p, who);
      const key = randomUUID();
      // An input that passes validation but that the handler refuses: a row id that does not exist.
      const idKey = Object.keys(good).find((k) => /Id$/.test(k)) as string;
      expect(idKey, `${p.path}: its example has a row id to break`).toBeTruthy();
      const refused = await tryCall(callerFor(sessionFor(who), T.slug), p.path, { ...good, [idKey]: randomUUID(), idempotencyKey: key });
      expect(refused.ok, p.path).toBe(false);
      expect(await ownerDb().outboxReceipt.count({ where: { tenantId: T.id, idempotencyKey: key } })).toBe(0);
      const ok = await tryCall(callerFor(sessionFor(who), T.slug), p.path, { ...good, idempotencyKey: key });
      expect(ok.ok, p.path).toBe(true);
      cells++;
    }
    expect(cells).toBe(procedures.length);
  });
});
