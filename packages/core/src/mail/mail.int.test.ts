import { randomUUID } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeAppDb } from "../db/client";
import { resetEnvCache } from "../env";
import { closeQueues, enqueue, mailSendJob, startWorker } from "../jobs/index";
import { isolateQueuePrefix, waitForJob, waitUntil } from "../jobs/testing";
import {
  type CaptureServerHandle,
  closeMailTransport,
  invitationMail,
  listDevMail,
  purgeOutgoingMail,
  queueMail,
  sendMail,
  sendQueuedMail,
  startCaptureServer,
} from "./index";

isolateQueuePrefix("mail");
let capture: CaptureServerHandle;

beforeAll(async () => {
  capture = await startCaptureServer({ port: 0, host: "127.0.0.1" });
  // sendMail reads SMTP_* from the environment: point it at the capture server on its random port.
  Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(capture.port), SMTP_SECURE: "false" });
  resetEnvCache();
});
afterAll(async () => {
  closeMailTransport();
  await capture?.close();
  await closeQueues();
  await closeAppDb();
});

it("sends mail over SMTP into the capture server, which stores it in DevMail", async () => {
  const to = `${randomUUID()}@example.org`;
  const mail = invitationMail({ url: "https://zorgzaam.example/invite/abc", tenantName: "Gent <Noord>", inviterName: "Ann", locale: "nl" });
  const sent = await sendMail({ to, ...mail });
  expect(sent.messageId).toBeTruthy();

  const [row, ...rest] = await listDevMail({ to });
  expect(rest).toHaveLength(0);
  expect(row).toMatchObject({ to, subject: "Uitnodiging voor Gent <Noord> op Zorgzaam" });
  expect(row?.from).toContain("no-reply@zorgzaam.localhost");
  expect(row?.text).toContain("https://zorgzaam.example/invite/abc");
  expect(row?.html).toContain("Gent &lt;Noord&gt;");
  // The filter matches part of the address, case-insensitively.
  expect((await listDevMail({ to: to.toUpperCase().slice(0, 20) })).map((m) => m.id)).toContain(row?.id);
});

it("accepts a client that logs in, as a configured SMTP_USER would", async () => {
  Object.assign(process.env, { SMTP_USER: "dev", SMTP_PASSWORD: "anything" });
  resetEnvCache();
  try {
    const to = `${randomUUID()}@example.org`;
    await sendMail({ to, subject: "Met login", text: "Hallo" });
    expect(await listDevMail({ to })).toHaveLength(1);
  } finally {
    delete process.env.SMTP_USER;
    delete process.env.SMTP_PASSWORD;
    resetEnvCache();
  }
});

it("core.mail.send sends one mail for one idempotency key from the outbox, and leaves no row behind", async () => {
  const worker = startWorker();
  try {
    const to = `${randomUUID()}@example.org`;
    const mail = { to, subject: "Je aanmeldlink", text: "Klik hier" };
    const key = `welcome-${randomUUID()}`;
    const [a, b] = await Promise.all([queueMail(mail, { idempotencyKey: key }), queueMail(mail, { idempotencyKey: key })]);
    expect(a.jobId).toBe(b.jobId);
    expect(a.mailId).not.toBe(b.mailId);
    const done = await waitForJob(a.jobId);
    // The result says that it was sent, not to whom.
    expect(done).toMatchObject({ state: "completed", result: { sent: true } });
    await waitUntil(async () => (await listDevMail({ to })).length > 0, 5_000, "captured mail");
    expect(await listDevMail({ to })).toHaveLength(1);
    // Both rows are gone: the sent one after sending, the duplicate at once. A retried job sends nothing.
    expect(await sendQueuedMail(a.mailId)).toEqual({ sent: false, reason: "gone" });
    expect(await sendQueuedMail(b.mailId)).toEqual({ sent: false, reason: "gone" });
    // The job payload is the mail id, never the mail.
    await expect(enqueue(mailSendJob, { mailId: "not an id" })).rejects.toThrow(/Invalid payload for job "core\.mail\.send": mailId:/);
  } finally {
    await worker.close();
  }
});

it("does not send a mail whose link expired, and refuses a mail sealed under another AUTH_SECRET", async () => {
  const to = `${randomUUID()}@example.org`;
  const expired = await queueMail({ to, subject: "Te laat", text: "x" }, { expiresAt: new Date(Date.now() - 1000) });
  expect(await sendQueuedMail(expired.mailId)).toEqual({ sent: false, reason: "expired" });
  expect(await sendQueuedMail(expired.mailId)).toEqual({ sent: false, reason: "gone" });

  const other = await queueMail({ to, subject: "Ander geheim", text: "x" });
  const secret = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = "another-secret-another-secret-another-secret";
  resetEnvCache();
  try {
    await expect(sendQueuedMail(other.mailId)).rejects.toThrow(/AUTH_SECRET/);
  } finally {
    process.env.AUTH_SECRET = secret;
    resetEnvCache();
  }
  // With the right secret it goes (the row was kept for a retry).
  expect(await sendQueuedMail(other.mailId)).toEqual({ sent: true });
  expect(await listDevMail({ to })).toHaveLength(1);
  expect(await purgeOutgoingMail()).toBeGreaterThanOrEqual(0);
});

it("says which port is taken when the capture server cannot listen", async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    await expect(startCaptureServer({ port, host: "127.0.0.1" })).rejects.toThrow(new RegExp(`127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\)`));
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
});
