import { afterAll, afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { appDb, closeAppDb, withDbContext } from "../db/client";
import {
  JobPayloadError,
  UnknownJobError,
  type WorkerHandle,
  closeQueues,
  defineJob,
  enqueue,
  getJobProgress,
  getQueue,
  listFailedJobs,
  retryJob,
  schedule,
  scheduleCoreJobs,
  startWorker,
  unschedule,
} from "./index";
import { installTestJobs, isolateQueuePrefix, sleep, waitForJob, waitUntil } from "./testing";
import { installedPlatform } from "../platform/installed";

isolateQueuePrefix("jobs");

let workers: WorkerHandle[] = [];
function worker(opts: Parameters<typeof startWorker>[0] = {}): WorkerHandle {
  const w = startWorker({ concurrency: 4, ...opts });
  workers.push(w);
  return w;
}

afterEach(async () => {
  await Promise.all(workers.map((w) => w.close({ force: true })));
  workers = [];
});
afterAll(async () => {
  await closeQueues();
  await closeAppDb();
});

describe("jobs", () => {
  it("retries a job that fails twice, then succeeds", async () => {
    const attempts: number[] = [];
    const flaky = defineJob({
      name: "test.flaky",
      payload: z.object({ n: z.number() }),
      backoffMs: 50,
      handler: async (ctx, { n }) => {
        attempts.push(ctx.attempt);
        if (ctx.attempt < 3) throw new Error(`transient failure ${ctx.attempt}`);
        return { doubled: n * 2 };
      },
    });
    installTestJobs([flaky]);
    worker();
    const id = await enqueue(flaky, { n: 21 });
    const done = await waitForJob(id);
    expect(done.state).toBe("completed");
    expect(done.result).toEqual({ doubled: 42 });
    expect(attempts).toEqual([1, 2, 3]);
  });

  it("runs a job once for one idempotency key, per job and tenant", async () => {
    const seen: string[] = [];
    const once = defineJob({
      name: "test.once",
      payload: z.object({ label: z.string() }),
      handler: async (ctx, { label }) => {
        seen.push(`${ctx.tenantId}:${label}`);
      },
    });
    installTestJobs([once]);
    const tenantA = "00000000-0000-4000-8000-00000000000a";
    const tenantB = "00000000-0000-4000-8000-00000000000b";
    // The key contains ':' on purpose: BullMQ refuses such job ids unless enqueue encodes them.
    const key = "invitation:42";
    const [id1, id2] = await Promise.all([
      enqueue(once, { label: "first" }, { tenantId: tenantA, idempotencyKey: key }),
      enqueue(once, { label: "second" }, { tenantId: tenantA, idempotencyKey: key }),
    ]);
    expect(id1).toBe(id2);
    const other = await enqueue(once, { label: "other-tenant" }, { tenantId: tenantB, idempotencyKey: key });
    expect(other).not.toBe(id1);

    worker();
    await waitForJob(id1);
    await waitForJob(other);
    // After completion the key is still taken: a late duplicate (a retried request) does nothing.
    expect(await enqueue(once, { label: "late" }, { tenantId: tenantA, idempotencyKey: key })).toBe(id1);
    await sleep(300);
    expect(seen.filter((s) => s.startsWith(tenantA))).toHaveLength(1);
    expect(seen).toContain(`${tenantB}:other-tenant`);
    expect(seen).toHaveLength(2);
  });

  it("skips the handler when the module is disabled for the tenant", async () => {
    let ran = 0;
    const offJob = defineJob({
      name: "offplugin.digest",
      payload: z.object({}),
      handler: async () => {
        ran++;
      },
    });
    installTestJobs([offJob]);
    const asked: [string, string | null][] = [];
    worker({
      isJobAllowed: async (scope, tenantId) => {
        asked.push([scope, tenantId]);
        return scope !== "offplugin";
      },
    });
    const tenantId = "00000000-0000-4000-8000-0000000000cc";
    const id = await enqueue(offJob, {}, { tenantId });
    const done = await waitForJob(id);
    expect(done.state).toBe("completed");
    expect(done.result).toMatchObject({ skipped: true });
    expect(ran).toBe(0);
    expect(asked).toContainEqual(["offplugin", tenantId]);
    const job = await getQueue().getJob(id);
    expect(job?.attemptsStarted).toBe(1); // ran once, not retried
  });

  it("rejects an invalid payload or an unknown job at enqueue with a clear error", async () => {
    const typed = defineJob({
      name: "test.typed",
      payload: z.object({ email: z.email(), count: z.number().int() }),
      handler: async () => {},
    });
    installTestJobs([typed]);
    const bad = enqueue("test.typed", { email: "not-an-address", count: 1.5 });
    await expect(bad).rejects.toBeInstanceOf(JobPayloadError);
    await expect(bad).rejects.toThrow(/Invalid payload for job "test\.typed": email: .+; count: /);
    await expect(enqueue("test.nope", {})).rejects.toBeInstanceOf(UnknownJobError);
    await expect(enqueue("test.nope", {})).rejects.toThrow('Unknown job "test.nope"');
    expect(() => defineJob({ name: "NoScope", payload: z.object({}), handler: async () => {} })).toThrow(/not valid/);
  });

  it("fails a job with an unknown name in the worker at once, visible to operators", async () => {
    worker();
    // Only another process (e.g. a newer web app) can add a job this worker does not know; simulate it directly.
    const job = await getQueue().add("ghost.job", { tenantId: null, scope: "ghost", payload: {} }, { attempts: 3 });
    const done = await waitForJob(job.id ?? "");
    expect(done.state).toBe("failed");
    expect(done.failedReason).toMatch(/Unknown job "ghost\.job"/);
    const failed = await listFailedJobs({ limit: 100 });
    expect(failed.find((f) => f.id === job.id)).toMatchObject({ name: "ghost.job", tenantId: null, attemptsMade: 1 });
  });

  it("lets an operator retry a failed job", async () => {
    let broken = true;
    const fragile = defineJob({
      name: "test.fragile",
      payload: z.object({}),
      attempts: 1,
      handler: async () => {
        if (broken) throw new Error("mail server said no");
        return "ok";
      },
    });
    installTestJobs([fragile]);
    worker();
    const tenantId = "00000000-0000-4000-8000-0000000000dd";
    const id = await enqueue(fragile, {}, { tenantId });
    expect((await waitForJob(id)).state).toBe("failed");
    const failed = await listFailedJobs({ limit: 100 });
    const row = failed.find((f) => f.id === id);
    expect(row).toMatchObject({ name: "test.fragile", tenantId, failedReason: "mail server said no", attemptsMade: 1 });
    expect(row?.timestamp).toBeGreaterThan(0);

    broken = false;
    await retryJob(id);
    const done = await waitForJob(id);
    expect(done).toMatchObject({ state: "completed", result: "ok" });
    await expect(retryJob(id)).rejects.toThrow(/niet mislukt/);
  });

  it("reports progress and runs tenant queries under row-level security", async () => {
    const tenant = await appDb().tenant.create({ data: { slug: `jobs-${Date.now()}`, name: "Jobs test" } });
    const otherTenant = await appDb().tenant.create({ data: { slug: `jobs-other-${Date.now()}`, name: "Other" } });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const work = defineJob({
      name: "test.tenantwork",
      payload: z.object({ orgName: z.string() }),
      handler: async (ctx, { orgName }) => {
        await ctx.updateProgress(50);
        await gate;
        const org = await ctx.withTenantDb((tx) => tx.organisation.create({ data: { tenantId: ctx.tenantId ?? "", name: orgName } }));
        await ctx.updateProgress(100);
        return { orgId: org.id };
      },
    });
    installTestJobs([work]);
    worker();
    const id = await enqueue(work, { orgName: "Buurtwerk Noord" }, { tenantId: tenant.id });
    await waitUntil(async () => (await getJobProgress(id))?.progress === 50, 10_000, "progress 50");
    expect(await getJobProgress(id)).toMatchObject({ state: "active", progress: 50, tenantId: tenant.id, name: "test.tenantwork" });
    release();
    const done = await waitForJob(id);
    expect(done).toMatchObject({ state: "completed", progress: 100 });
    const orgId = (done.result as { orgId: string }).orgId;
    expect(await withDbContext({ tenantId: tenant.id }, (tx) => tx.organisation.findUnique({ where: { id: orgId } }))).not.toBeNull();
    expect(await withDbContext({ tenantId: otherTenant.id }, (tx) => tx.organisation.findUnique({ where: { id: orgId } }))).toBeNull();
    expect(await getJobProgress("no-such-job")).toBeNull();
  });

  it("fails withTenantDb in a job without a tenant", async () => {
    const platform = defineJob({
      name: "test.platformdb",
      payload: z.object({}),
      attempts: 1,
      handler: async (ctx) => ctx.withTenantDb(async () => 1),
    });
    installTestJobs([platform]);
    worker();
    const done = await waitForJob(await enqueue(platform, {}));
    expect(done.state).toBe("failed");
    expect(done.failedReason).toMatch(/has no tenant/);
  });

  it("delays a job when asked", async () => {
    const delayed = defineJob({ name: "test.delayed", payload: z.object({}), handler: async () => Date.now() });
    installTestJobs([delayed]);
    worker();
    const start = Date.now();
    const id = await enqueue(delayed, {}, { delayMs: 600 });
    expect((await getJobProgress(id))?.state).toBe("delayed");
    const done = await waitForJob(id);
    expect(done.result as number).toBeGreaterThanOrEqual(start + 600);
  });

  it("close() lets the running job finish", async () => {
    let finished = false;
    const slow = defineJob({
      name: "test.slow",
      payload: z.object({}),
      handler: async () => {
        await sleep(700);
        finished = true;
      },
    });
    installTestJobs([slow]);
    const w = startWorker();
    const id = await enqueue(slow, {});
    await waitForJob(id, { states: ["active"] });
    await w.close();
    expect(finished).toBe(true);
    expect((await getJobProgress(id))?.state).toBe("completed");
  });

  it("runs a repeatable schedule until it is removed", async () => {
    let runs = 0;
    const tick = defineJob({
      name: "test.tick",
      payload: z.object({ what: z.string() }),
      handler: async () => {
        runs++;
      },
    });
    installTestJobs([tick]);
    await expect(schedule(tick, { what: "x" }, { schedulerId: "test.tick" })).rejects.toThrow(/exactly one of every/);
    await expect(schedule(tick, { what: 1 }, { schedulerId: "test.tick", every: 200 })).rejects.toBeInstanceOf(JobPayloadError);
    worker();
    await schedule(tick, { what: "x" }, { schedulerId: "test.tick", every: 200 });
    await waitUntil(() => runs >= 2, 10_000, "two scheduled runs");
    expect(await unschedule("test.tick")).toBe(true);
  });

  it("schedules the nightly housekeeping at 03:00 Brussels time", async () => {
    expect(installedPlatform().job("core.housekeeping")).toBeDefined(); // core's jobs are on every platform
    await scheduleCoreJobs();
    await scheduleCoreJobs(); // and upserts the same scheduler instead of adding one
    const schedulers = await getQueue().getJobSchedulers();
    const hk = schedulers.filter((s) => s.key === "core.housekeeping");
    expect(hk).toHaveLength(1);
    expect(hk[0]).toMatchObject({ name: "core.housekeeping", pattern: "0 3 * * *", tz: "Europe/Brussels" });
    expect(await unschedule("core.housekeeping")).toBe(true);
  });
});
