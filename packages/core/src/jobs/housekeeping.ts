import { appDb, withDbContext } from "../db/client";
import { sweepOrphanBlobs } from "../files/sweep";
import { purgeOldDocuments } from "../documents/index";
import { logger } from "../logger";
import { purgeOutgoingMail } from "../mail/outbox";
import { COMPLETED_JOB_RETENTION_HOURS, EVENTS_MAX_LEN, failedJobRetentionSeconds, withQueue } from "./queue";

const DAY = 24 * 60 * 60 * 1000;
/** Closed sign-in sessions are kept this long for "where am I signed in" and incident questions, then purged. */
export const SESSION_RETENTION_DAYS = 30;
/** Captured development mail is only useful for a few days. */
export const DEV_MAIL_RETENTION_DAYS = 7;

export interface HousekeepingResult {
  tenants: number;
  invitations: number;
  personalDataExports: number;
  /** Documents modules made (GeneratedDocument) older than DOCUMENT_RETENTION_DAYS. */
  documents: number;
  authSessions: number;
  verificationTokens: number;
  devMail: number;
  /** Waiting mail past its expiry (its link no longer works). */
  outgoingMail: number;
  /** Jobs removed from Redis: completed ones older than a day, failed ones older than JOB_FAILED_RETENTION_DAYS. */
  completedJobs: number;
  failedJobs: number;
  /** Stored-file blobs without a row (files/sweep.ts). */
  orphanBlobs: number;
}

export interface QueueCleanResult {
  completedJobs: number;
  failedJobs: number;
}

/** Most jobs removed per state and run; the next night takes the rest. */
const CLEAN_LIMIT = 100_000;

/**
 * Removes finished jobs older than their retention from Redis and trims the events stream. BullMQ applies the
 * retention (jobOptions) only when a later job finishes, so on a quiet queue an old failed job, with its error, would
 * otherwise stay. `now` may lie in the future (tests): a job counts as old relative to it.
 */
export async function cleanJobQueue(now: Date = new Date()): Promise<QueueCleanResult> {
  return withQueue(
    "cleanJobQueue",
    async (q) => {
      // clean() removes jobs finished before Date.now() - grace; shift the grace so that the cut-off is relative to now.
      const shift = now.getTime() - Date.now();
      const completed = await q.clean(COMPLETED_JOB_RETENTION_HOURS * 3600_000 - shift, CLEAN_LIMIT, "completed");
      const failed = await q.clean(failedJobRetentionSeconds() * 1000 - shift, CLEAN_LIMIT, "failed");
      await q.trimEvents(EVENTS_MAX_LEN);
      return { completedJobs: completed.length, failedJobs: failed.length };
    },
    60_000,
  );
}

/**
 * Deletes data that has outlived its purpose (data minimisation): invitations expired or revoked longer ago than the
 * tenant's retentionDays, sessions expired or revoked more than 30 days ago, expired sign-in tokens, dev mail older
 * than 7 days, modules' generated documents older than DOCUMENT_RETENTION_DAYS, waiting mail past its expiry, finished jobs past their retention in Redis (cleanJobQueue), and
 * stored-file blobs left without a row (sweepOrphanBlobs). Safe to run again at any time; a tenant that fails does not stop the others, but fails the run so
 * that it is retried.
 */
export async function runHousekeeping(now: Date = new Date()): Promise<HousekeepingResult> {
  const db = appDb();
  const result: HousekeepingResult = {
    tenants: 0,
    invitations: 0,
    personalDataExports: 0,
    documents: 0,
    authSessions: 0,
    verificationTokens: 0,
    devMail: 0,
    outgoingMail: 0,
    completedJobs: 0,
    failedJobs: 0,
    orphanBlobs: 0,
  };
  const failures: string[] = [];

  // Invitation is tenant-owned under row-level security: the application role only sees a tenant's rows inside that
  // tenant's context, so purge tenant by tenant (Tenant itself has no RLS).
  const tenants = await db.tenant.findMany({ select: { id: true, retentionDays: true }, orderBy: { createdAt: "asc" } });
  for (const tenant of tenants) {
    const cutoff = new Date(now.getTime() - Math.max(0, tenant.retentionDays) * DAY);
    try {
      const [invitations, exports, documents] = await withDbContext({ tenantId: tenant.id }, async (tx) => [
        (await tx.invitation.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] } })).count,
        // Personal-data exports past their expiry (PERSONAL_DATA_EXPORT_HOURS): the copy of a person's data goes.
        (await tx.personalDataExport.deleteMany({ where: { expiresAt: { lt: now } } })).count,
        // Modules' generated documents (reports, printables) past DOCUMENT_RETENTION_DAYS: caches, made again on request.
        await purgeOldDocuments(tx, now),
      ]);
      result.invitations += invitations;
      result.personalDataExports += exports;
      result.documents += documents;
      result.tenants += 1;
    } catch (err) {
      logger.error({ err, tenantId: tenant.id }, "housekeeping failed for a tenant");
      failures.push(tenant.id);
    }
  }

  const sessionCutoff = new Date(now.getTime() - SESSION_RETENTION_DAYS * DAY);
  result.authSessions = (
    await db.authSession.deleteMany({ where: { OR: [{ expiresAt: { lt: sessionCutoff } }, { revokedAt: { lt: sessionCutoff } }] } })
  ).count;
  result.verificationTokens = (await db.verificationToken.deleteMany({ where: { expires: { lt: now } } })).count;
  result.devMail = (
    await db.devMail.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - DEV_MAIL_RETENTION_DAYS * DAY) } } })
  ).count;
  result.outgoingMail = await purgeOutgoingMail(now);
  Object.assign(result, await cleanJobQueue(now));
  result.orphanBlobs = await sweepOrphanBlobs(now);

  logger.info({ ...result }, "housekeeping done");
  if (failures.length) throw new Error(`Housekeeping failed for ${failures.length} tenant(s): ${failures.join(", ")}`);
  return result;
}
