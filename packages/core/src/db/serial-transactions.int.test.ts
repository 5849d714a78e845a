import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../generated/prisma/client";
import { createPrisma } from "./client";

// A transaction is one pg connection; what runs on it must not overlap. Measured on pg's Client itself: each query()
// call notes whether that client was already busy with another query (the condition of pg's deprecation warning,
// which pg gives only once per process, so it cannot count). The same work runs on a bare PrismaPg adapter first,
// which overlaps: that proves the probe and the work can fail.

type Probe = { calls: number; busy: number };
const probe: Probe = { calls: 0, busy: 0 };
const original = pg.Client.prototype.query;
let bare: PrismaClient;
let db: PrismaClient;
let tenantId: string;

beforeAll(async () => {
  const url = process.env.DATABASE_OWNER_URL as string;
  pg.Client.prototype.query = function (this: pg.Client & { _activeQuery?: unknown; _queryQueue?: unknown[] }, ...args: unknown[]) {
    probe.calls++;
    if (this._activeQuery || (this._queryQueue?.length ?? 0) > 0) probe.busy++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  bare = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  db = createPrisma(url, 2);
  const slug = `serial-${randomBytes(4).toString("hex")}`;
  const t = await db.tenant.create({ data: { slug, name: slug }, select: { id: true } });
  tenantId = t.id;
  await db.neighbourhood.create({ data: { tenantId, name: `Centrum ${slug}` } });
  await db.organisation.create({ data: { tenantId, name: `Buurtwerk ${slug}` } });
});

afterAll(async () => {
  pg.Client.prototype.query = original;
  await bare?.$disconnect();
  await db?.$disconnect();
});

/** Runs fn and returns how many pg queries it sent and how many of them found their connection busy. */
async function measure(fn: () => Promise<unknown>): Promise<Probe> {
  const before = { ...probe };
  await fn();
  return { calls: probe.calls - before.calls, busy: probe.busy - before.busy };
}

const later = <T>(ms: number, f: () => Promise<T>) => new Promise((r) => setTimeout(r, ms)).then(f);

/** One read with three relations (Prisma fetches them side by side), and three queries sent while one still runs. */
async function work(client: PrismaClient): Promise<void> {
  await client.$transaction(async (tx) => {
    const [t] = await tx.tenant.findMany({
      where: { id: tenantId },
      include: { neighbourhoods: true, organisations: true, memberships: true },
    });
    expect([t?.neighbourhoods.length, t?.organisations.length, t?.memberships.length]).toEqual([1, 1, 0]);
    const answers = await Promise.all([
      tx.$queryRaw<{ n: number }[]>`SELECT 1 AS n FROM pg_sleep(0.15)`,
      later(20, () => tx.$queryRaw<{ n: number }[]>`SELECT 2 AS n`),
      later(40, () => tx.$queryRaw<{ n: number }[]>`SELECT 3 AS n`),
    ]);
    expect(answers.map((a) => a[0]?.n)).toEqual([1, 2, 3]);
  });
}

describe("a transaction's statements run one after another", () => {
  it("overlap on a bare adapter (the case the wrapper exists for)", async () => {
    // pg would warn about it on stderr (and test/setup-env.ts would fail this file): this expected overlap is kept
    // quiet. pg warns once per process, so nothing after it here relies on the warning; the probe counts instead.
    process.noDeprecation = true;
    const m = await measure(() => work(bare)).finally(() => {
      process.noDeprecation = false;
    });
    expect(m.calls).toBeGreaterThan(5);
    expect(m.busy).toBeGreaterThan(0);
  });

  it("never overlap through createPrisma, and every answer is the right one", async () => {
    const m = await measure(() => work(db));
    expect(m.calls).toBeGreaterThan(5);
    expect(m.busy).toBe(0);
  });

  it("keep going after a failed statement, and roll back when the transaction fails", async () => {
    const name = `Rand ${randomBytes(4).toString("hex")}`;
    const m = await measure(() =>
      db
        .$transaction(async (tx) => {
          await tx.neighbourhood.create({ data: { tenantId, name } });
          await Promise.all([
            tx.neighbourhood.count({ where: { tenantId } }),
            later(10, () => tx.$queryRaw`SELECT 1 / 0`),
            later(20, () => tx.neighbourhood.count({ where: { tenantId } })),
          ]);
        })
        .catch((e: unknown) => e),
    );
    expect(m.busy).toBe(0);
    expect(await db.neighbourhood.count({ where: { tenantId, name } })).toBe(0);
    expect(await db.$transaction(async (tx) => tx.neighbourhood.count({ where: { tenantId } }))).toBe(1);
  });
});
