import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { closeAppDb } from "@zorgzaam/core/db/client";
import { closeQueues, getQueue } from "@zorgzaam/core/jobs/index";
import { isolateQueuePrefix, waitForJob } from "@zorgzaam/core/jobs/testing";
import { listDevMail, queueMail } from "@zorgzaam/core/mail/index";
import { afterAll, expect, it } from "vitest";
import { repoRoot } from "./load-env";

const prefix = isolateQueuePrefix("workerapp");
const workerDir = path.join(repoRoot, "apps/worker");

const children: ChildProcess[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await closeQueues();
  await closeAppDb();
});

/**
 * Runs `node --import tsx src/main.ts` the way `npm start` in apps/worker does, collecting its output. One process:
 * the tsx CLI would put a relay process in front, which under load turns one SIGTERM into a second one (or SIGKILL,
 * exit 143) when the worker does not acknowledge it within 30 ms.
 */
function startWorkerProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: workerDir,
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const out = { text: "" };
  child.stdout?.on("data", (d) => {
    out.text += d;
  });
  child.stderr?.on("data", (d) => {
    out.text += d;
  });
  // The exit code, or the signal that ended the process (so a failure names it).
  const exited = new Promise<number | string | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  const waitFor = async (needle: string, timeoutMs = 45_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!out.text.includes(needle)) {
      if (child.exitCode !== null) throw new Error(`worker exited (${child.exitCode}) before "${needle}":\n${out.text}`);
      if (Date.now() > deadline) throw new Error(`worker did not print "${needle}" within ${timeoutMs} ms:\n${out.text}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, out, exited, waitFor };
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

it("exits 1 with one sentence naming REDIS_URL when Redis is unreachable", async () => {
  const w = startWorkerProcess({ REDIS_URL: "redis://127.0.0.1:1", SMTP_CAPTURE: "false" });
  const started = Date.now();
  expect(await w.exited).toBe(1);
  // It gives up rather than retrying for ever (start-up alone takes 6 s at load 12 and 20 s at load 30 on 2 cores).
  expect(Date.now() - started).toBeLessThan(45_000);
  expect(w.out.text.trim()).toMatch(/^Redis is not reachable at REDIS_URL=redis:\/\/127\.0\.0\.1:1 \(.*ECONNREFUSED.*\)/);
}, 60_000);

it("starts, runs the mail job into its capture server, and stops cleanly on SIGTERM", async () => {
  const smtpPort = await freePort();
  const w = startWorkerProcess({
    QUEUE_PREFIX: prefix,
    SMTP_CAPTURE: "true",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtpPort),
  });
  await w.waitFor('"msg":"worker ready"');
  expect(w.out.text).toContain(`"mailCapture":"127.0.0.1:${smtpPort}"`);

  const schedulers = await getQueue().getJobSchedulers();
  expect(schedulers.map((s) => s.key)).toContain("core.housekeeping");

  const to = `${randomUUID()}@example.org`;
  const { jobId: id } = await queueMail({ to, subject: "Welkom", text: "Hallo vanuit de worker" });
  expect((await waitForJob(id, { timeoutMs: 20_000 })).state).toBe("completed");
  const mails = await listDevMail({ to });
  expect(mails).toHaveLength(1);
  expect(mails[0]).toMatchObject({ subject: "Welkom", text: expect.stringContaining("Hallo vanuit de worker") });

  w.child.kill("SIGTERM");
  expect(await w.exited, w.out.text.slice(-3000)).toBe(0);
  expect(w.out.text).toContain('"msg":"worker stopped"');
  // The capture server is gone with it.
  await expect(
    new Promise((resolve, reject) => net.connect(smtpPort, "127.0.0.1").once("connect", resolve).once("error", reject)),
  ).rejects.toThrow(/ECONNREFUSED/);
}, 90_000);

/** Resolves when something accepts a TCP connection on the port, rejects with ECONNREFUSED when nothing listens. */
function connectTo(port: number) {
  return new Promise<void>((resolve, reject) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => {
      s.destroy();
      resolve();
    });
    s.once("error", reject);
  });
}

const production = { NODE_ENV: "production", AUTH_SECRET: "prod-secret-prod-secret-prod-secret-0000", DEV_MAIL_IN_PRODUCTION: "" };

it("in production with default settings runs no capturing SMTP server, even with SMTP_CAPTURE left at its default", async () => {
  const smtpPort = await freePort();
  // SMTP_HOST is a relay address (here loopback, so that a capture server, if one started, would be found listening).
  const w = startWorkerProcess({
    ...production,
    QUEUE_PREFIX: prefix,
    SMTP_CAPTURE: "",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtpPort),
  });
  await w.waitFor('"msg":"worker ready"');
  expect(w.out.text).toContain('"mailCapture":null');
  expect(w.out.text).not.toContain("DEV_MAIL_IN_PRODUCTION is on");
  await expect(connectTo(smtpPort)).rejects.toThrow(/ECONNREFUSED/);
  w.child.kill("SIGTERM");
  expect(await w.exited, w.out.text.slice(-3000)).toBe(0);
}, 60_000);

it("in production without SMTP_HOST refuses to start with one sentence", async () => {
  const w = startWorkerProcess({ ...production, QUEUE_PREFIX: prefix, SMTP_HOST: "", SMTP_CAPTURE: "" });
  expect(await w.exited).toBe(1);
  expect(w.out.text).toMatch(/^ {2}- SMTP_HOST is not set: a production installation needs a mail relay [^\n]+\.$/m);
  expect(w.out.text).not.toContain("worker ready");
}, 60_000);

it("in production with DEV_MAIL_IN_PRODUCTION=true captures mail and warns at start", async () => {
  const smtpPort = await freePort();
  const w = startWorkerProcess({
    ...production,
    DEV_MAIL_IN_PRODUCTION: "true",
    QUEUE_PREFIX: prefix,
    SMTP_CAPTURE: "",
    SMTP_HOST: "",
    SMTP_PORT: String(smtpPort),
  });
  await w.waitFor('"msg":"worker ready"');
  expect(w.out.text).toMatch(/"level":"warn".*DEV_MAIL_IN_PRODUCTION is on/);
  expect(w.out.text).toContain(`"mailCapture":"127.0.0.1:${smtpPort}"`);
  await expect(connectTo(smtpPort)).resolves.toBeUndefined();
  w.child.kill("SIGTERM");
  expect(await w.exited, w.out.text.slice(-3000)).toBe(0);
}, 60_000);
