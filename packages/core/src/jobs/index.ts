/**
 * Background jobs: a thin API over one BullMQ queue ("zorgzaam", keys prefixed with QUEUE_PREFIX) on REDIS_URL.
 *
 * - defineJob({ name: "<scope>.<name>", payload: zodSchema, handler: async (ctx, payload) => result, attempts?,
 *   backoffMs? }) -> JobDef. scope is "core" or a plugin id. ctx = { tenantId, jobId, attempt, updateProgress(pct),
 *   withTenantDb(fn) }. Delivery is at-least-once: handlers must be idempotent.
 * - The jobs a process knows are those of its platform (createPlatform: core's, every module's, a test's extra ones):
 *   installedPlatform().job(name) / .jobs, which the worker dispatches from and enqueue-by-name resolves against.
 * - enqueue(defOrName, payload, { tenantId?, idempotencyKey?, delayMs? }) -> job id. Refuses payloads and keys that
 *   look like personal data or secrets (JobPersonalDataError, guard.ts: pass ids, the handler loads the rest),
 *   validates the payload (JobPayloadError / UnknownJobError), stamps tenant and scope; same idempotency key (per job
 *   and tenant) = one job. Defaults: 5 attempts, exponential backoff from 2000 ms; completed jobs kept a day (at most
 *   1000), failed jobs JOB_FAILED_RETENTION_DAYS (default 7); the events stream is capped at about 1000 entries.
 * - The worker strips addresses, links and tokens from error messages and fails a job whose result looks personal.
 * - ctx.enqueue(def, payload, { idempotencyKey?, delayMs? }) in tenant and module procedures, module hooks and job
 *   handlers: the same checks as enqueue, but the job is written to the outbox table in the caller's transaction
 *   (outbox.ts) and stamped with the caller's tenant and module; the worker's relay (relay.ts, started by startWorker)
 *   moves committed rows to BullMQ under a job id derived from the row (or the idempotency key): a rolled-back request
 *   enqueues nothing, Redis down at commit loses nothing. Modules use ctx.enqueue only, never enqueue.
 * - schedule(defOrName, payload, { schedulerId, every? | pattern?, tz?, tenantId? }) / unschedule(schedulerId).
 *   Modules declare per-tenant schedules (PluginServer.schedules): syncModuleSchedules on enable/disable,
 *   reconcileSchedulesWithDatabase at every worker start.
 * - startWorker({ concurrency?, isJobAllowed?(scope, tenantId), lockDuration?, stalledInterval?, maxStalledCount?,
 *   relay? }) -> { ready(), close({ force? }) }. Jobs of a module disabled for the tenant (the job's module, or the
 *   module that enqueued it) complete as { skipped: true }.
 * - Operators: listFailedJobs({ limit }), retryJob(id), getJobProgress(id) for progress bars.
 * - Lifecycle: pingRedis(url?, timeoutMs?) to fail fast at start, closeQueues() at shutdown and in tests.
 * - Core jobs: core.mail.send (payload: an outbox mail id; send mail with queueMail from mail/), core.housekeeping
 *   (nightly 03:00 Europe/Brussels, also cleanJobQueue); coreJobs, scheduleCoreJobs().
 */
export { type JobContext, type JobDef, type AnyJobDef, type DefineJobInput, type JobEnvelope, defineJob } from "./define";
export { UnknownJobError, JobPayloadError } from "./errors";
export { type EnqueueOptions, enqueue, idempotentJobId } from "./enqueue";
export {
  type ScheduleOptions,
  type ModuleSchedule,
  type ReconcileResult,
  schedule,
  unschedule,
  moduleSchedulerId,
  syncModuleSchedules,
  reconcileModuleSchedules,
  reconcileSchedulesWithDatabase,
} from "./schedule";
export { type Enqueue, type OutboxEnqueueOptions, type WaitingJob, JobScopeError, findWaitingJob, outboxJobId } from "./outbox";
export { type RelayHandle, type RelayOptions, type RelayRunResult, startRelay, relayOutboxOnce, pendingOutbox } from "./relay";
export { type StartWorkerOptions, type WorkerHandle, type SkippedJobResult, startWorker } from "./worker";
export {
  type FailedJobInfo,
  type JobProgressInfo,
  type JobStatus,
  listFailedJobs,
  retryJob,
  JobNotRetryableError,
  getJobProgress,
} from "./admin";
export { QUEUE_NAME, pingRedis, safeRedisUrl } from "./connection";
export { getQueue, closeQueues } from "./queue";
export { type HousekeepingResult, type QueueCleanResult, runHousekeeping, cleanJobQueue } from "./housekeeping";
export { JobPersonalDataError, findPersonalData, redactPersonalData } from "./guard";
export { mailSendJob, housekeepingJob, coreJobs, scheduleCoreJobs } from "./core-jobs";
