import { hostname } from "node:os";
import { type Job, UnrecoverableError, Worker } from "bullmq";
import { z } from "zod";
import { withDbContext } from "../db/client";
import { env } from "../env";
import { logger } from "../logger";
import type { JobContext, JobEnvelope } from "./define";
import { JobPayloadError, UnknownJobError } from "./errors";
import { findPersonalData, redactPersonalData } from "./guard";
import { QUEUE_NAME, redisConnection } from "./connection";
import { enqueueOutside } from "./outbox";
import { installedPlatform } from "../platform/installed";
import { type RelayHandle, type RelayOptions, startRelay } from "./relay";

export interface StartWorkerOptions {
  /** Jobs run at once in this process. Default 5. */
  concurrency?: number;
  /**
   * Asked before every job: false means the module (scope) is disabled for that tenant, and the job is skipped
   * (completed with { skipped: true }, not retried). tenantId is null for platform jobs. Throwing retries the job.
   */
  isJobAllowed?: (scope: string, tenantId: string | null) => Promise<boolean>;
  /** How long a running job's lock lasts without renewal (BullMQ default 30000 ms). Tests lower it. */
  lockDuration?: number;
  /** How often this worker looks for jobs whose worker died (BullMQ default 30000 ms). Tests lower it. */
  stalledInterval?: number;
  /** How often a job may be recovered after its worker died before it is failed (BullMQ default 1). */
  maxStalledCount?: number;
  /**
   * The outbox relay (relay.ts) that moves jobs written by ctx.enqueue to the queue runs with every worker unless
   * this is false; options tune its poll interval and batch size.
   */
  relay?: false | RelayOptions;
}

export interface SkippedJobResult {
  skipped: true;
  reason: string;
}

export interface WorkerHandle {
  /** Resolves once the worker is connected to Redis. */
  ready(): Promise<void>;
  /**
   * Stops taking jobs and waits for running ones to finish. force: true stops at once; running jobs are then
   * recovered by another worker's stalled-job check and run again (handlers are idempotent).
   */
  close(opts?: { force?: boolean }): Promise<void>;
}

const envelopeSchema = z.object({
  tenantId: z.string().nullable(),
  scope: z.string(),
  payload: z.unknown(),
  module: z.string().optional(),
});

/** Dispatches one job to its handler; everything that cannot succeed on a retry fails it for good. */
async function processJob(job: Job<JobEnvelope>, isJobAllowed: StartWorkerOptions["isJobAllowed"]): Promise<unknown> {
  const def = installedPlatform().job(job.name);
  // Retrying cannot help until a worker with this job is deployed; the operator retries it from the failed list.
  if (!def) throw new UnrecoverableError(new UnknownJobError(job.name).message);
  const envelope = envelopeSchema.safeParse(job.data);
  if (!envelope.success) {
    throw new UnrecoverableError(`Job "${job.name}" has malformed data (not enqueued through enqueue/schedule)`);
  }
  const { tenantId } = envelope.data;
  const parsed = def.payload.safeParse(envelope.data.payload);
  if (!parsed.success) throw new UnrecoverableError(new JobPayloadError(def.name, parsed.error.issues).message);

  // The job's own module, and the module that enqueued it (a core job such as a mail asked for by a module).
  const modules = [def.scope, ...(envelope.data.module && envelope.data.module !== def.scope ? [envelope.data.module] : [])];
  let off: string | undefined;
  if (isJobAllowed) {
    for (const m of modules) {
      if (!(await isJobAllowed(m, tenantId))) {
        off = m;
        break;
      }
    }
  }
  if (off !== undefined) {
    const reason = `module "${off}" is not enabled for tenant ${tenantId ?? "(platform)"}`;
    await job.log(`skipped: ${reason}`);
    logger.info({ jobId: job.id, job: job.name, tenantId }, "job skipped: module disabled");
    return { skipped: true, reason } satisfies SkippedJobResult;
  }

  const jobId = job.id ?? "";
  const ctx: JobContext = {
    tenantId,
    jobId,
    // attemptsStarted also counts runs cut short by a dead worker; attemptsMade only counts failures.
    attempt: Math.max(job.attemptsStarted, job.attemptsMade + 1),
    updateProgress: (pct) => job.updateProgress(Math.max(0, Math.min(100, Math.round(pct)))),
    withTenantDb: (fn, opts) => {
      if (!tenantId) throw new Error(`Job "${def.name}" (${jobId}) has no tenant: withTenantDb is for tenant jobs`);
      return withDbContext({ tenantId, ...(opts?.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}) }, fn);
    },
    enqueue: enqueueOutside({ tenantId, moduleId: def.scope }),
  };
  return def.handler(ctx, parsed.data);
}

/**
 * Runs a job and keeps personal data out of what BullMQ stores about it: an error's message and stack lose e-mail
 * addresses, links and tokens (they become the failedReason and stacktrace in Redis and the events stream), and a
 * result that looks personal fails the job instead of being stored (return an id; see guard.ts).
 */
async function runJob(job: Job<JobEnvelope>, isJobAllowed: StartWorkerOptions["isJobAllowed"]): Promise<unknown> {
  let result: unknown;
  try {
    result = await processJob(job, isJobAllowed);
  } catch (err) {
    throw redactError(err);
  }
  const found = findPersonalData(result, "result");
  if (found) {
    throw new UnrecoverableError(`Job "${job.name}": ${found}. Redis keeps job results: store the data in PostgreSQL and return its id.`);
  }
  return result;
}

function redactError(err: unknown): unknown {
  if (!(err instanceof Error)) return new Error(redactPersonalData(String(err)));
  // In place, so the error keeps its class (UnrecoverableError stops the retries).
  try {
    err.message = redactPersonalData(err.message);
    if (err.stack) err.stack = redactPersonalData(err.stack);
  } catch {
    return new Error(redactPersonalData(err.message));
  }
  return err;
}

/** Starts consuming the queue with every job of the installed platform. */
export function startWorker(opts: StartWorkerOptions = {}): WorkerHandle {
  const worker = new Worker<JobEnvelope>(QUEUE_NAME, (job) => runJob(job, opts.isJobAllowed), {
    connection: redisConnection("worker"),
    prefix: env().QUEUE_PREFIX,
    concurrency: opts.concurrency ?? 5,
    // Stored on each job as processedBy, so an operator can tell which machine ran it.
    name: `${hostname()}-pid${process.pid}`,
    ...(opts.lockDuration !== undefined ? { lockDuration: opts.lockDuration } : {}),
    ...(opts.stalledInterval !== undefined ? { stalledInterval: opts.stalledInterval } : {}),
    ...(opts.maxStalledCount !== undefined ? { maxStalledCount: opts.maxStalledCount } : {}),
  });
  worker.on("error", (err) => logger.error({ err }, "job worker error"));
  worker.on("failed", (job, err) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || err instanceof UnrecoverableError;
    const fields = { jobId: job.id, job: job.name, tenantId: job.data?.tenantId, attempt: job.attemptsMade, err };
    if (final) logger.error(fields, "job failed for good; see the failed jobs list");
    else logger.warn(fields, "job failed; will retry");
  });
  worker.on("stalled", (jobId) => logger.warn({ jobId }, "job stalled (its worker stopped); it will run again"));
  const relay: RelayHandle | undefined = opts.relay === false ? undefined : startRelay(opts.relay ?? {});

  let closing: Promise<void> | undefined;
  return {
    ready: () => worker.waitUntilReady().then(() => undefined),
    close: ({ force = false } = {}) => {
      // A second close (e.g. SIGINT after SIGTERM) with force must still force, so only reuse a graceful close.
      if (closing && !force) return closing;
      closing = Promise.all([relay?.close(), worker.close(force)]).then(() => undefined);
      return closing;
    },
  };
}
