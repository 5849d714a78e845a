import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from "node:crypto";
import { UnrecoverableError } from "bullmq";
import { z } from "zod";
import { derivedKey } from "../crypto/derived-key";
import { appDb, type Tx, withDbContext } from "../db/client";
import { env } from "../env";
import { defineJob } from "../jobs/define";
import { writeOutbox } from "../jobs/outbox";
import { type OutgoingMail, sendMail } from "./send";
import { magicLinkMail } from "./templates";

/**
 * The outbox: mail waits in PostgreSQL (table "OutgoingMail"), sealed, and the core.mail.send job in Redis carries only
 * the row's id. Both are written in one transaction (the request's, when queueMail is given its ctx): the mail and its
 * job exist only if the change that asked for them committed. The handler opens the row, sends the mail and deletes the row, so the recipient and the sign-in or
 * invitation link never sit in Redis, and not in the database longer than needed either.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a sign-in link works (Auth.js maxAge) and so how long its mail is worth sending. */
export const MAGIC_LINK_MINUTES = 15;

// ---------------------------------------------------------------------------------------------------------------
// Sealing: AES-256-GCM under a key derived from AUTH_SECRET, bound to the row id (a sealed mail cannot be moved to
// another row). Web and worker must share AUTH_SECRET, as they already must for sessions.

function mailKey(): Buffer {
  return derivedKey("outgoing-mail v1");
}

const mailSchema = z.object({ to: z.string(), subject: z.string(), text: z.string(), html: z.string().optional() });

export function sealMail(id: string, mail: OutgoingMail): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", mailKey(), iv);
  cipher.setAAD(Buffer.from(id));
  const body = Buffer.concat([cipher.update(JSON.stringify(mail), "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** Throws when the row was sealed under another key (AUTH_SECRET differs) or was tampered with. */
export function openMail(id: string, sealed: string): OutgoingMail {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("unknown format");
  const decipher = createDecipheriv("aes-256-gcm", mailKey(), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(id));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  const json = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  const mail = mailSchema.parse(JSON.parse(json));
  return mail.html === undefined ? { to: mail.to, subject: mail.subject, text: mail.text } : { ...mail, html: mail.html };
}

// ---------------------------------------------------------------------------------------------------------------
// Rows, only by id (the application role has no privilege on the table itself)

async function putRow(tx: Tx, id: string, sealed: string, expiresAt: Date): Promise<void> {
  await tx.$queryRaw`SELECT outgoing_mail_put(${id}::uuid, ${sealed}, ${expiresAt}::timestamptz) AS id`;
}

async function getRow(id: string): Promise<{ sealed: string; expiresAt: Date } | null> {
  const rows = await appDb().$queryRaw<{ sealed: string; expiresAt: Date }[]>`
    SELECT "sealed", "expiresAt" FROM outgoing_mail_get(${id}::uuid)`;
  return rows[0] ?? null;
}

async function deleteRow(id: string): Promise<void> {
  await appDb().$queryRaw`SELECT outgoing_mail_delete(${id}::uuid) AS n`;
}

/** Deletes waiting mail past its expiry (housekeeping); returns how many. */
export async function purgeOutgoingMail(now: Date = new Date()): Promise<number> {
  const rows = await appDb().$queryRaw<{ n: number }[]>`SELECT outgoing_mail_purge(${now}::timestamptz) AS n`;
  return Number(rows[0]?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------------------------
// The job

export type MailSendResult = { sent: true } | { sent: false; reason: "gone" | "expired" };

/**
 * Sends one waiting mail and deletes it. A mail that is gone (already sent by an earlier run, or purged) or expired
 * is not sent: retries and re-runs are harmless. The result says only that, never to whom.
 */
export async function sendQueuedMail(mailId: string, now: Date = new Date()): Promise<MailSendResult> {
  const row = await getRow(mailId);
  if (!row) return { sent: false, reason: "gone" };
  if (row.expiresAt.getTime() <= now.getTime()) {
    await deleteRow(mailId);
    return { sent: false, reason: "expired" };
  }
  let mail: OutgoingMail;
  try {
    mail = openMail(mailId, row.sealed);
  } catch {
    // Kept, so that the job can be retried from the failed jobs page once the configuration is fixed.
    throw new UnrecoverableError(
      `Outgoing mail ${mailId} cannot be opened: the worker's AUTH_SECRET differs from the web app's. Give both the same AUTH_SECRET, then retry this job.`,
    );
  }
  await sendMail(mail);
  await deleteRow(mailId);
  return { sent: true };
}

/**
 * Sends one waiting mail (see queueMail). More attempts and a longer backoff than the default ride out a mail server
 * that is down for about ten minutes.
 */
export const mailSendJob = defineJob({
  name: "core.mail.send",
  payload: z.object({ mailId: z.uuid() }),
  attempts: 8,
  backoffMs: 5_000,
  handler: async (_ctx, { mailId }) => sendQueuedMail(mailId),
  // Another mail with the same idempotency key was queued first (and is the one that goes out): this copy goes.
  onDuplicate: async (payload) => {
    const mailId = (payload as { mailId?: unknown } | null)?.mailId;
    if (typeof mailId === "string") await deleteRow(mailId);
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Queueing

export interface QueueMailOptions {
  /** The tenant the mail is sent for (shown on the failed jobs page); omit for platform mail such as sign-in links. */
  tenantId?: string | null;
  /**
   * Names the reason for the mail (e.g. `invitation-<id>`), so that a double click or a retried request sends one
   * mail. Ids only: it becomes the job id in Redis. Default: one job per call.
   */
  idempotencyKey?: string;
  /** After this the mail is not sent any more (its link no longer works). Default: JOB_FAILED_RETENTION_DAYS. */
  expiresAt?: Date;
}

/** The request whose transaction the mail joins: a tenant procedure's ctx (a module's one stamps the module). */
export interface MailContext {
  tx: Tx;
  tenant: { id: string };
  moduleId?: string;
}

/**
 * Stores the mail, sealed, and enqueues core.mail.send with the row's id, through the job outbox, in one transaction:
 * the request's when ctx is given (nothing is sent if it rolls back), else its own. Returns both ids. When a mail with
 * the same idempotency key is already waiting, this copy is not stored and the earlier mail is the one that goes out;
 * once that one was handed to the queue, the relay deletes a later copy (mailSendJob.onDuplicate).
 */
export async function queueMail(
  mail: OutgoingMail,
  opts: QueueMailOptions = {},
  ctx?: MailContext,
): Promise<{ mailId: string; jobId: string }> {
  const mailId = randomUUID();
  const expiresAt = opts.expiresAt ?? new Date(Date.now() + env().JOB_FAILED_RETENTION_DAYS * DAY_MS);
  const tenantId = ctx ? ctx.tenant.id : (opts.tenantId ?? null);
  const run = async (tx: Tx) => {
    const { jobId, written } = await writeOutbox(
      tx,
      mailSendJob,
      { mailId },
      { tenantId, moduleId: ctx?.moduleId ?? "core" },
      { idempotencyKey: opts.idempotencyKey ?? `mail-${mailId}` },
    );
    if (written) await putRow(tx, mailId, sealMail(mailId, mail), expiresAt);
    return { mailId, jobId };
  };
  return ctx ? run(ctx.tx) : withDbContext({ tenantId }, run);
}

/** Queues the sign-in mail with its magic link; it is not sent once the link has expired. */
export async function queueMagicLinkMail({ email, url, locale }: { email: string; url: string; locale?: string | null }) {
  const mail = magicLinkMail({ url, locale, minutesValid: MAGIC_LINK_MINUTES });
  return queueMail({ to: email, ...mail }, { expiresAt: new Date(Date.now() + MAGIC_LINK_MINUTES * 60_000) });
}
