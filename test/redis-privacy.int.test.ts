/**
 * Redis keeps nothing personal and nothing for long. After real flows (an invitation mail through the invitations
 * router, the operator's first-admin invitation, a magic-link sign-in (rate limit and mail, as Auth.js does it), mail
 * sent by a real worker into the capture server, a job that fails with an address and a link in its error), every key
 * under this file's Redis prefix is read, whatever its type, and no key name or value may hold an e-mail address, a
 * sign-in or invitation link, one of the tokens that were mailed, or the sign-in rate limit's IP address. Jobs carry the retention options, and the nightly
 * clean-up removes old finished jobs even on a quiet queue. The guard in enqueue is checked for every registered job.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { env, resetEnvCache } from "../packages/core/src/env";
import {
  type AnyJobDef,
  cleanJobQueue,
  coreJobs,
  defineJob,
  enqueue,
  getQueue,
  JobPersonalDataError,
  mailSendJob,
  startWorker,
  type WorkerHandle,
} from "../packages/core/src/jobs/index";
import { COMPLETED_JOB_RETENTION_HOURS, EVENTS_MAX_LEN } from "../packages/core/src/jobs/queue";
import { installTestJobs, isolateQueuePrefix, waitForJob, waitUntil } from "../packages/core/src/jobs/testing";
import {
  type CaptureServerHandle,
  closeMailTransport,
  listDevMail,
  queueMagicLinkMail,
  startCaptureServer,
} from "../packages/core/src/mail/index";
import { installedPlatform } from "../packages/core/src/platform/installed";
import { closeRateLimiter, consumeSignInAttempt } from "../packages/core/src/auth/rate-limit";
import { appDb } from "../packages/core/src/db/client";
import { callerFor, closeAll, createOperator, createTenant, createUser, sessionFor, type TenantFixture, uniq } from "./fixtures";

const prefix = isolateQueuePrefix("privacy");
const DAY = 24 * 3600 * 1000;

// Independent of the guard's own heuristics (jobs/guard.ts): what must never be found, however it got there.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const LINKS = ["/api/auth/callback", "/invite/", "%2Finvite%2F", "%2Fapi%2Fauth%2Fcallback"];

let capture: CaptureServerHandle;
let worker: WorkerHandle;
let redis: Redis;
let tenant: TenantFixture;
/** Every address, link and token this file puts in a mail, to look for them literally as well. */
const secrets: string[] = [];

const failingJob = defineJob({
  name: "test.privacy.fails",
  payload: z.object({ personId: z.uuid() }),
  attempts: 1,
  handler: async () => {
    // What an SMTP server or a library might say: the address and the link end up in the error message.
    throw new Error(
      `550 5.1.1 <${secrets[0]}> recipient rejected while sending ${env().APP_URL}/t/x/invite/${secrets[1]} (token ${secrets[1]})`,
    );
  },
});

const leakyResultJob = defineJob({
  name: "test.privacy.leaky_result",
  payload: z.object({ personId: z.uuid() }),
  attempts: 1,
  handler: async () => ({ to: secrets[0] }),
});

beforeAll(async () => {
  capture = await startCaptureServer({ port: 0, host: "127.0.0.1" });
  Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(capture.port), SMTP_SECURE: "false" });
  resetEnvCache();
  installTestJobs([failingJob, leakyResultJob]);
  worker = startWorker({ concurrency: 4 });
  await worker.ready();
  redis = new Redis(env().REDIS_URL, { maxRetriesPerRequest: 1 });
  tenant = await createTenant({ tag: "privacy" });
});

afterAll(async () => {
  await worker?.close({ force: true });
  closeMailTransport();
  await capture?.close();
  redis?.disconnect();
  await closeRateLimiter();
  await closeAll();
});

interface Scan {
  keys: number;
  types: Record<string, number>;
  problems: string[];
}

/** Reads every key under the prefix (names and values, all types) and reports what looks personal or secret. */
async function scanRedis(keyPrefix: string): Promise<Scan> {
  const scan: Scan = { keys: 0, types: {}, problems: [] };
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${keyPrefix}:*`, "COUNT", 1000);
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      let parts: string[];
      switch (type) {
        case "string":
          parts = [(await redis.get(key)) ?? ""];
          break;
        case "hash":
          parts = Object.entries(await redis.hgetall(key)).flat();
          break;
        case "list":
          parts = await redis.lrange(key, 0, -1);
          break;
        case "set":
          parts = await redis.smembers(key);
          break;
        case "zset":
          parts = await redis.zrange(key, "0", "-1");
          break;
        case "stream":
          parts = (await redis.xrange(key, "-", "+")).flatMap(([id, fields]) => [id, ...fields]);
          break;
        case "none":
          continue; // removed meanwhile
        default:
          throw new Error(`unexpected Redis type ${type} for ${key}`);
      }
      scan.keys += 1;
      scan.types[type] = (scan.types[type] ?? 0) + 1;
      for (const text of [key, ...parts]) {
        const what = EMAIL.test(text)
          ? "an e-mail address"
          : LINKS.find((l) => text.includes(l))
            ? "a sign-in or invitation link"
            : secrets.find((s) => text.includes(s))
              ? "a mailed address or token"
              : null;
        if (what) scan.problems.push(`${key} (${type}) holds ${what}: ${text.slice(0, 200)}`);
      }
    }
  } while (cursor !== "0");
  return scan;
}

let magicJobId = "";
let failedJobId = "";

describe("Redis keeps no personal data", () => {
  it("sends an invitation, a first-admin invitation and a magic link through the outbox", async () => {
    const invitee = `${uniq("invitee")}@test.zorgzaam.localhost`;
    secrets.push(invitee);
    const admin = callerFor(sessionFor(tenant.users.admin), tenant.slug);
    const inv = await admin.invitations.create({ email: invitee, roles: ["partner"] });
    const sent = await waitUntilMail(invitee);
    // The token of the invitation link, read back from the mail, must appear nowhere in Redis.
    const invToken = /\/invite\/([A-Za-z0-9_-]+)/.exec(sent.text)?.[1];
    expect(invToken).toBeTruthy();
    secrets.push(invToken as string);
    expect((await waitForJob(`core.mail.send|${tenant.id}|invitation-${inv.id}`)).state).toBe("completed");

    const firstAdmin = `${uniq("firstadmin")}@test.zorgzaam.localhost`;
    secrets.push(firstAdmin);
    const operator = callerFor(sessionFor(await createOperator()), null);
    await operator.operator.createTenant({ slug: uniq("priv").toLowerCase(), name: "Privacy", adminEmail: firstAdmin });
    const adminMail = await waitUntilMail(firstAdmin);
    secrets.push(/\/invite\/([A-Za-z0-9_-]+)/.exec(adminMail.text)?.[1] as string);

    // What Auth.js's sendVerificationRequest (apps/web/src/auth/config.ts) does: count the attempt per address and IP
    // (rate limits live in Redis too), then queue the mail with a link that holds the token and the address.
    const user = await createUser({ tag: "magic" });
    const token = randomBytes(32).toString("hex");
    const ip = "203.0.113.77";
    secrets.push(user.email, token, ip);
    await consumeSignInAttempt(user.email, ip);
    const url = `${env().APP_URL}/api/auth/callback/email?${new URLSearchParams({ callbackUrl: env().APP_URL, token, email: user.email })}`;
    const queued = await queueMagicLinkMail({ email: user.email, url, locale: "nl" });
    magicJobId = queued.jobId;
    const magic = await waitForJob(magicJobId);
    expect(magic).toMatchObject({ state: "completed", result: { sent: true } });
    expect((await waitUntilMail(user.email)).text).toContain(token);
  });

  it("keeps addresses and links out of a failed job's error, and refuses a result with personal data", async () => {
    failedJobId = await enqueue(failingJob, { personId: randomUUID() });
    const failed = await waitForJob(failedJobId);
    expect(failed.state).toBe("failed");
    expect(failed.failedReason).toContain("[e-mail]");
    expect(failed.failedReason).toContain("[link]");
    expect(failed.failedReason).not.toContain(secrets[0]);

    const leaky = await waitForJob(await enqueue(leakyResultJob, { personId: randomUUID() }));
    expect(leaky.state).toBe("failed");
    expect(leaky.failedReason).toMatch(/result\.to looks like an e-mail address/);
    expect(leaky.result).toBeNull();

    // The operator's failed-jobs page still lists them, with the cleaned message.
    const operator = callerFor(sessionFor(await createOperator()), null);
    const list = await operator.operator.failedJobs();
    expect(list.map((j) => j.id)).toEqual(expect.arrayContaining([failedJobId]));
    expect(list.find((j) => j.id === failedJobId)?.failedReason).toContain("[e-mail]");
  });

  it("finds no address, link or token in any Redis key of this run, of any type", async () => {
    const scan = await scanRedis(prefix);
    expect(scan.problems).toEqual([]);
    // Not vacuous: the jobs above left hashes, sorted sets, lists and the events stream behind.
    expect(scan.keys).toBeGreaterThan(10);
    expect(scan.types.hash).toBeGreaterThanOrEqual(5);
    expect(scan.types.stream).toBeGreaterThanOrEqual(1);
    expect(scan.types.zset).toBeGreaterThanOrEqual(2);
    expect((await redis.keys(`${prefix}:rl:*`)).length).toBe(2);
    expect(secrets.length).toBe(7);
  });

  it("would see a mail payload with a link if one got past enqueue", async () => {
    // A queue under another prefix, written without enqueue (as old code or a plugin bypassing it would).
    const canaryPrefix = `${prefix}_canary`;
    const raw = new Queue("zorgzaam", { connection: { url: env().REDIS_URL }, prefix: canaryPrefix });
    try {
      const link = `${env().APP_URL}/t/x/invite/${randomBytes(32).toString("base64url")}`;
      await raw.add("core.mail.send", { tenantId: null, scope: "core", payload: { to: "someone@example.org", text: link } });
      const scan = await scanRedis(canaryPrefix);
      expect(scan.keys).toBeGreaterThan(0);
      expect(scan.problems.join("\n")).toMatch(/holds an e-mail address/);
    } finally {
      await raw.obliterate({ force: true });
      await raw.close();
    }
  });
});

describe("enqueue refuses personal data for every job", () => {
  it("refuses an old-style mail payload with the address and the link", async () => {
    const payload = { to: "someone@example.org", subject: "Uitnodiging", text: `${env().APP_URL}/t/x/invite/abc` };
    await expect(enqueue(mailSendJob as unknown as AnyJobDef, payload)).rejects.toThrow(JobPersonalDataError);
    await expect(enqueue(mailSendJob as unknown as AnyJobDef, { text: `${env().APP_URL}/t/x/invite/abc` })).rejects.toThrow(
      /payload\.text looks like a sign-in or invitation link/,
    );
    await expect(enqueue(mailSendJob, { mailId: randomUUID() }, { idempotencyKey: "welcome:someone@example.org" })).rejects.toThrow(
      /idempotencyKey looks like an e-mail address/,
    );
    await expect(enqueue(failingJob as unknown as AnyJobDef, { token: "kX9vQ2mT7bYp4LwR1sNc8HjD3fGz6AeU5iKo0VqWtMx" })).rejects.toThrow(
      /payload\.token looks like a token/,
    );
  });

  it("refuses an address in the payload of each registered job, core and modules (before its own schema)", async () => {
    const moduleJobs = installedPlatform().plugins.flatMap((p) => p.server.jobs);
    const jobs = installedPlatform().jobs.filter((j) => !j.name.startsWith("test."));
    expect(jobs.length).toBe(coreJobs.length + moduleJobs.length);
    expect(moduleJobs.length).toBeGreaterThanOrEqual(4);
    let refused = 0;
    for (const def of jobs) {
      await expect(enqueue(def, { anything: "Someone <someone@example.org>" }), def.name).rejects.toThrow(JobPersonalDataError);
      refused += 1;
    }
    expect(refused).toBe(jobs.length);
  });
});

describe("Redis keeps jobs for a limited time", () => {
  it("gives completed and failed jobs an age limit and caps the events stream", async () => {
    const retentionDays = env().JOB_FAILED_RETENTION_DAYS;
    expect(retentionDays).toBe(7);
    const completed = await getQueue().getJob(magicJobId);
    expect(completed?.opts.removeOnComplete).toEqual({ age: COMPLETED_JOB_RETENTION_HOURS * 3600, count: 1000 });
    expect(completed?.opts.removeOnFail).toEqual({ age: retentionDays * 86_400 });
    expect(await redis.hget(`${prefix}:zorgzaam:meta`, "opts.maxLenEvents")).toBe(String(EVENTS_MAX_LEN));
  });

  it("removes old finished jobs on a quiet queue (nightly clean-up), and keeps recent ones", async () => {
    const q = getQueue();
    const failedId = failedJobId;
    expect(await q.getJobState(failedId)).toBe("failed");

    // Today nothing is old enough.
    const today = await cleanJobQueue(new Date());
    expect(today).toEqual({ completedJobs: 0, failedJobs: 0 });
    expect(await q.getJobState(failedId)).toBe("failed");

    // Two days on: completed jobs (kept a day) go, failed ones (kept a week) stay.
    const later = await cleanJobQueue(new Date(Date.now() + 2 * DAY));
    expect(later.completedJobs).toBeGreaterThanOrEqual(3);
    expect(later.failedJobs).toBe(0);
    expect(await q.getJob(magicJobId)).toBeUndefined();
    expect(await q.getJobState(failedId)).toBe("failed");

    // A week and a day on: the failed jobs, with their errors, are gone too.
    const week = await cleanJobQueue(new Date(Date.now() + 8 * DAY));
    expect(week.failedJobs).toBeGreaterThanOrEqual(2);
    expect(await q.getJob(failedId)).toBeUndefined();
    expect(await q.getFailedCount()).toBe(0);
    expect(await q.getCompletedCount()).toBe(0);
  });

  it("lets the application role reach waiting mail only by id", async () => {
    await expect(appDb().$queryRaw`SELECT count(*) FROM "OutgoingMail"`).rejects.toThrow(/permission denied/);
  });
});

async function waitUntilMail(to: string) {
  await waitUntil(async () => (await listDevMail({ to })).length > 0, 15_000, `mail to ${to}`);
  const [mail] = await listDevMail({ to });
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}
