/**
 * The transactional outbox and its relay against the real PostgreSQL and Redis: ctx.enqueue writes in the request's
 * transaction, the relay moves committed rows to BullMQ. Redis unreachable during the request and at the relay's
 * first try, a rolled-back request, a relay that dies after adding a job but before deleting its row, idempotency
 * keys, the job guard at enqueue time, and the reconcile of module schedules.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeAppDb, createPrisma, type PrismaClient, withDbContext } from "../db/client";
import { resetEnvCache } from "../env";
import { createContext } from "../trpc/context";
import { createCallerFactory, router } from "../trpc/init";
import { tenantProcedure } from "../trpc/tenant";
import { idempotentJobId } from "./enqueue";
import {
  closeQueues,
  defineJob,
  getQueue,
  JobPersonalDataError,
  JobScopeError,
  moduleSchedulerId,
  pendingOutbox,
  reconcileModuleSchedules,
  reconcileSchedulesWithDatabase,
  relayOutboxOnce,
  schedule,
  startWorker,
  type WorkerHandle,
} from "./index";
import { writeOutbox } from "./outbox";
import { installTestJobs, isolateQueuePrefix, sleep, waitForJob, waitUntil } from "./testing";

const prefix = isolateQueuePrefix("outbox");

/** Runs of the counting job, by its payload's label: the "effect" that must happen exactly once. */
const runs = new Map<string, number>();
const countJob = defineJob({
  name: "test.outbox.count",
  payload: z.object({ label: z.string() }),
  backoffMs: 50,
  handler: async (_ctx, { label }) => {
    runs.set(label, (runs.get(label) ?? 0) + 1);
    return { label };
  },
});
installTestJobs([countJob]);

const testRouter = router({
  /** Enqueues through ctx.enqueue, then fails when asked to (the transaction rolls back). */
  enqueue: tenantProcedure("core.people.export")
    .input(z.object({ label: z.string(), fail: z.boolean().default(false), key: z.string().optional(), payload: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => {
      const payload = (input.payload ?? { label: input.label }) as { label: string };
      const jobId = await ctx.enqueue(countJob, payload, input.key ? { idempotencyKey: input.key } : {});
      if (input.fail) throw new TRPCError({ code: "CONFLICT", message: "test rollback" });
      return { jobId };
    }),
});
const callerOf = createCallerFactory(testRouter);

let owner: PrismaClient;
let tenant: { id: string; slug: string };
let admin: { id: string; email: string };
let workers: WorkerHandle[] = [];

function worker(opts: Parameters<typeof startWorker>[0] = {}): WorkerHandle {
  const w = startWorker({ concurrency: 2, ...opts });
  workers.push(w);
  return w;
}

function uniq(p: string) {
  return `${p}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
}

function as() {
  return callerOf(
    createContext({
      session: { userId: admin.id, sessionId: randomUUID(), email: admin.email, isOperator: false },
      tenantSlug: tenant.slug,
    }),
  );
}

/** Rows of this test's queue, as the owner sees them. */
async function rows(label?: string) {
  const all = await owner.jobOutbox.findMany({ where: { queue: prefix, jobName: countJob.name } });
  return label === undefined ? all : all.filter((r) => (r.payload as { label?: string }).label === label);
}

/** Points the queue at a port where nothing listens (as if Redis were down), or back at the real Redis. */
const realRedis = process.env.REDIS_URL ?? "";
async function redisDown(down: boolean) {
  await closeQueues();
  process.env.REDIS_URL = down ? "redis://127.0.0.1:1" : realRedis;
  resetEnvCache();
}

beforeAll(async () => {
  const url = process.env.DATABASE_OWNER_URL;
  if (!url) throw new Error("DATABASE_OWNER_URL is not set");
  owner = createPrisma(url, 2);
  const slug = uniq("outbox").toLowerCase();
  tenant = await owner.tenant.create({ data: { slug, name: `Gemeente ${slug}` }, select: { id: true, slug: true } });
  const email = `${uniq("admin")}@test.zorgzaam.localhost`;
  admin = await owner.user.create({ data: { email, name: email, emailVerified: new Date() }, select: { id: true, email: true } });
  await owner.membership.create({ data: { tenantId: tenant.id, userId: admin.id, roles: ["admin"] } });
});

afterEach(async () => {
  await Promise.all(workers.map((w) => w.close({ force: true })));
  workers = [];
  await redisDown(false);
});

afterAll(async () => {
  await closeQueues();
  await closeAppDb();
  await owner?.$disconnect();
});

describe("ctx.enqueue writes the job in the request's transaction", () => {
  it("enqueues nothing when the request rolls back", async () => {
    const label = uniq("rolled-back");
    await expect(as().enqueue({ label, fail: true })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await rows(label)).toHaveLength(0);
    // A relay finds nothing to move, and no job with that label ever runs.
    worker();
    const ok = uniq("committed");
    const { jobId } = await as().enqueue({ label: ok });
    expect((await waitForJob(jobId)).state).toBe("completed");
    expect(runs.get(label)).toBeUndefined();
    expect(runs.get(ok)).toBe(1);
    const jobs = await getQueue().getJobs(["waiting", "delayed", "active", "completed", "failed"]);
    expect(jobs.filter((j) => (j.data.payload as { label?: string }).label === label)).toHaveLength(0);
  });

  it("succeeds while Redis is unreachable; the row waits, and the job runs once when Redis is back", async () => {
    await redisDown(true);
    const label = uniq("redis-down");
    const started = Date.now();
    const { jobId } = await as().enqueue({ label });
    // The request does not talk to Redis at all.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await rows(label)).toHaveLength(1);
    // The relay cannot reach the queue: it moves nothing, deletes nothing, and says why.
    const attempt = await relayOutboxOnce();
    expect(attempt.relayed).toBe(0);
    expect(attempt.error).toBeDefined();
    expect(await rows(label)).toHaveLength(1);
    expect((await pendingOutbox()).count).toBeGreaterThanOrEqual(1);

    await redisDown(false);
    worker();
    expect((await waitForJob(jobId)).state).toBe("completed");
    await waitUntil(async () => (await rows(label)).length === 0, 5_000, "the row to be deleted");
    await sleep(300);
    expect(runs.get(label)).toBe(1);
  });

  it("gives no duplicate effect when the relay dies after adding a job and before deleting its row", async () => {
    const labels = [uniq("crash-a"), uniq("crash-b"), uniq("crash-c")];
    const ids: string[] = [];
    for (const label of labels) ids.push((await as().enqueue({ label })).jobId);
    // The relay adds the first two jobs, then "crashes": its transaction rolls back and every row stays.
    let added = 0;
    await expect(
      relayOutboxOnce({
        afterAdd: () => {
          added += 1;
          if (added === 2) throw new Error("relay killed");
        },
      }),
    ).rejects.toThrow("relay killed");
    expect(added).toBe(2);
    for (const label of labels) expect(await rows(label)).toHaveLength(1);
    // A worker without a relay runs the two jobs that reached the queue.
    worker({ relay: false });
    for (const id of ids.slice(0, 2)) expect((await waitForJob(id)).state).toBe("completed");
    // The next relay run adds all three again under the same job ids: BullMQ keeps the first two, adds the third.
    const again = await relayOutboxOnce();
    expect(again).toMatchObject({ relayed: 3, left: 0 });
    expect((await waitForJob(ids[2] ?? "")).state).toBe("completed");
    await sleep(500);
    for (const label of labels) {
      expect(runs.get(label)).toBe(1);
      expect(await rows(label)).toHaveLength(0);
    }
    const jobs = await getQueue().getJobs(["waiting", "delayed", "active", "completed", "failed"]);
    expect(jobs.filter((j) => labels.includes((j.data.payload as { label?: string }).label ?? ""))).toHaveLength(3);
  });

  it("returns the job id before commit, and one key gives one job however often it is enqueued", async () => {
    const key = uniq("key");
    const first = uniq("first");
    const second = uniq("second");
    // Two requests at once: the second waits for the first to commit, then writes nothing.
    const [a, b] = await Promise.all([as().enqueue({ label: first, key }), as().enqueue({ label: second, key })]);
    expect(a.jobId).toBe(idempotentJobId(countJob.name, tenant.id, key));
    expect(b.jobId).toBe(a.jobId);
    expect((await owner.jobOutbox.findMany({ where: { queue: prefix, jobId: a.jobId } })).length).toBe(1);
    worker();
    const done = await waitForJob(a.jobId);
    // Once relayed, a later enqueue with the key is ignored by BullMQ: still the first job.
    const late = await as().enqueue({ label: uniq("late"), key });
    expect(late.jobId).toBe(a.jobId);
    await waitUntil(async () => (await owner.jobOutbox.count({ where: { queue: prefix, jobId: a.jobId } })) === 0, 5_000, "relay");
    const job = await getQueue().getJob(a.jobId);
    expect(done.state).toBe("completed");
    const winner = (job?.data.payload as { label?: string } | undefined)?.label ?? "(no job)";
    expect([first, second]).toContain(winner);
    expect((runs.get(first) ?? 0) + (runs.get(second) ?? 0)).toBe(1);
    expect(runs.get(winner)).toBe(1);
    // The envelope says who enqueued it.
    expect(job?.data).toMatchObject({ tenantId: tenant.id, scope: "test", module: "core" });
  });

  it("refuses a payload with personal data or the wrong shape at enqueue time: the request fails, nothing is written", async () => {
    const label = uniq("bad");
    const personal = await as()
      .enqueue({ label, payload: { label: "someone@example.org" } })
      .catch((e: unknown) => e);
    expect((personal as TRPCError).cause).toBeInstanceOf(JobPersonalDataError);
    const wrong = await as()
      .enqueue({ label, payload: { label: 42 } })
      .catch((e: unknown) => e);
    expect((wrong as TRPCError).cause?.message).toMatch(/Invalid payload for job "test\.outbox\.count"/);
    expect(
      await owner.jobOutbox.count({ where: { queue: prefix, tenantId: tenant.id, payload: { equals: { label: "someone@example.org" } } } }),
    ).toBe(0);
    expect(await rows(label)).toHaveLength(0);
  });

  it("lets a module enqueue its own jobs and core's, never another module's", async () => {
    const other = defineJob({ name: "othermod.work", payload: z.object({}), handler: async () => null });
    await withDbContext({ tenantId: tenant.id }, async (tx) => {
      await expect(writeOutbox(tx, other, {}, { tenantId: tenant.id, moduleId: "somemod" })).rejects.toBeInstanceOf(JobScopeError);
      await expect(writeOutbox(tx, countJob, { label: "x" }, { tenantId: tenant.id, moduleId: "somemod" })).rejects.toBeInstanceOf(
        JobScopeError,
      );
      const own = defineJob({ name: "somemod.work", payload: z.object({}), handler: async () => null });
      expect((await writeOutbox(tx, own, {}, { tenantId: tenant.id, moduleId: "somemod" })).written).toBe(true);
      throw new Error("roll back");
    }).catch((e: Error) => expect(e.message).toBe("roll back"));
  });

  it("keeps tenants apart: a tenant's transaction cannot write another tenant's or a platform row", async () => {
    const other = await owner.tenant.create({ data: { slug: uniq("other").toLowerCase(), name: "Ander" }, select: { id: true } });
    for (const tenantId of [other.id, null]) {
      const err = await withDbContext({ tenantId: tenant.id }, (tx) =>
        writeOutbox(tx, countJob, { label: "x" }, { tenantId, moduleId: "core" }),
      ).catch((e: unknown) => e);
      expect(String(err)).toMatch(/row-level security/);
    }
  });
});

describe("module schedules", () => {
  const tick = defineJob({ name: "outboxmod.tick", payload: z.object({}), handler: async () => null });
  const modules = [{ id: "outboxmod", schedules: [{ job: tick, every: 3_600_000 }] }];

  it("reconciles at start: an enabled module has its schedules, a disabled one none (stale ones are removed)", async () => {
    const on = await owner.tenant.create({ data: { slug: uniq("on").toLowerCase(), name: "Aan" }, select: { id: true } });
    const off = await owner.tenant.create({ data: { slug: uniq("off").toLowerCase(), name: "Uit" }, select: { id: true } });
    await owner.tenantModule.create({ data: { tenantId: on.id, moduleId: "outboxmod", enabled: true } });
    await owner.tenantModule.create({ data: { tenantId: off.id, moduleId: "outboxmod", enabled: false } });
    // Left over from before the module was switched off without the modules page (e.g. directly in the database).
    await schedule(tick, {}, { schedulerId: moduleSchedulerId(modules[0]!.schedules[0]!, off.id), every: 3_600_000, tenantId: off.id });
    await schedule(tick, {}, { schedulerId: "outboxmod-gone-tenant", every: 3_600_000, tenantId: randomUUID() });
    const core = defineJob({ name: "core.outbox-test", payload: z.object({}), handler: async () => null });
    await schedule(core, {}, { schedulerId: "core.outbox-test", every: 3_600_000 });

    const result = await reconcileSchedulesWithDatabase(modules);
    const keys = (await getQueue().getJobSchedulers(0, -1)).map((s) => s.key);
    expect(keys).toContain(`outboxmod.tick|${on.id}`);
    expect(keys).not.toContain(`outboxmod.tick|${off.id}`);
    expect(keys).not.toContain("outboxmod-gone-tenant");
    // Core's schedules are not a module's: left alone.
    expect(keys).toContain("core.outbox-test");
    expect(result).toMatchObject({ scheduled: 1, removed: 2 });

    // Idempotent: a second start changes nothing.
    expect(await reconcileModuleSchedules({ modules, enabled: [{ tenantId: on.id, moduleIds: new Set(["outboxmod"]) }] })).toEqual({
      scheduled: 1,
      removed: 0,
    });
  });
});
