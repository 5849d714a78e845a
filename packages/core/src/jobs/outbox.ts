import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { type Prisma, type Tx, withDbContext } from "../db/client";
import { env } from "../env";
import type { AnyJobDef, JobDef } from "./define";
import { idempotentJobId, validatePayload } from "./enqueue";
import { assertNoPersonalData } from "./guard";

/**
 * The transactional outbox. `ctx.enqueue(job, payload, opts)` (tenant procedures, module procedures, module hooks,
 * job handlers) writes a "JobOutbox" row in the caller's own transaction instead of talking to Redis: the job exists
 * exactly when the change that asked for it committed. A rolled-back request enqueues nothing, and Redis being down
 * at commit loses nothing (the row waits). The worker's relay (relay.ts) moves committed rows to BullMQ.
 *
 * Every check of `enqueue` runs here, at enqueue time, so a bad payload fails the request that wrote it: the job
 * guard (no personal data or secrets in payloads and keys), the job's payload schema, and the caller's scope (a
 * module enqueues its own jobs and core's, never another module's).
 */

export interface OutboxEnqueueOptions {
  /**
   * Same key (for the same job and tenant) = one job: while the first row waits, a second enqueue writes nothing;
   * once relayed, BullMQ keeps the first job (see EnqueueOptions.idempotencyKey). Ids only, no personal data.
   */
  idempotencyKey?: string;
  /** Run no earlier than this many milliseconds from now (counted from the enqueue, not from the relay). */
  delayMs?: number;
}

/**
 * What `ctx.enqueue` is: writes the job to the outbox in the caller's transaction, stamped with the caller's tenant
 * and module; returns the BullMQ job id it will have (known before commit, e.g. to poll it).
 */
export type Enqueue = <S extends z.ZodType>(job: JobDef<S, unknown>, payload: z.input<S>, opts?: OutboxEnqueueOptions) => Promise<string>;

/** Who enqueues: the tenant (null for platform jobs) and "core" or the module id. */
export interface OutboxStamp {
  tenantId: string | null;
  moduleId: string;
}

/** A module tried to enqueue another module's job. */
export class JobScopeError extends Error {
  constructor(moduleId: string, jobName: string) {
    super(`Module "${moduleId}" cannot enqueue "${jobName}": a module enqueues its own jobs and core's only`);
    this.name = "JobScopeError";
  }
}

/** The job id an outbox row gets: from the idempotency key when there is one, else from the row's own id. */
export function outboxJobId(jobName: string, tenantId: string | null, rowId: string, idempotencyKey?: string | null): string {
  return idempotentJobId(jobName, tenantId, idempotencyKey ?? `outbox-${rowId}`);
}

/**
 * Checks the job like enqueue does and writes its outbox row with tx. `written` is false when a row with the same
 * job id (same idempotency key) is already waiting: then this call added nothing.
 */
export async function writeOutbox(
  tx: Tx,
  def: AnyJobDef,
  payload: unknown,
  stamp: OutboxStamp,
  opts: OutboxEnqueueOptions = {},
): Promise<{ jobId: string; written: boolean }> {
  // Before the schema: whatever the job, nothing personal or secret reaches the outbox or Redis (see guard.ts).
  assertNoPersonalData(def.name, payload, opts.idempotencyKey);
  validatePayload(def, payload);
  if (stamp.moduleId !== "core" && def.scope !== stamp.moduleId && def.scope !== "core") throw new JobScopeError(stamp.moduleId, def.name);
  if (opts.delayMs !== undefined && !(opts.delayMs >= 0)) throw new Error(`enqueue "${def.name}": delayMs must be >= 0`);
  const id = randomUUID();
  const jobId = outboxJobId(def.name, stamp.tenantId, id, opts.idempotencyKey);
  // ON CONFLICT DO NOTHING on (queue, jobId): a concurrent transaction with the same key waits for the first to commit
  // and then writes nothing.
  const r = await tx.jobOutbox.createMany({
    data: [
      {
        id,
        tenantId: stamp.tenantId,
        queue: env().QUEUE_PREFIX,
        jobName: def.name,
        jobId,
        moduleId: stamp.moduleId,
        // Stored as given, not as parsed (like enqueue): the worker parses it again.
        payload: payload as Prisma.InputJsonValue,
        idempotencyKey: opts.idempotencyKey ?? null,
        runAfter: opts.delayMs ? new Date(Date.now() + opts.delayMs) : null,
      },
    ],
    skipDuplicates: true,
  });
  return { jobId, written: r.count === 1 };
}

/** ctx.enqueue for a transaction: every job it writes carries this tenant and module. */
export function outboxEnqueuer(tx: Tx, stamp: OutboxStamp): Enqueue {
  return async (job, payload, opts) => (await writeOutbox(tx, job as AnyJobDef, payload, stamp, opts)).jobId;
}

/**
 * For code outside a request (job handlers, sign-in mail): writes the outbox row in its own short transaction, bound
 * to the tenant (or to none, for platform jobs).
 */
export function enqueueOutside(stamp: OutboxStamp): Enqueue {
  return (job, payload, opts) => withDbContext({ tenantId: stamp.tenantId }, (tx) => outboxEnqueuer(tx, stamp)(job, payload, opts));
}

/** A job that waits in the outbox (not yet in Redis), as the caller's tenant sees it (row-level security). */
export interface WaitingJob {
  jobId: string;
  name: string;
  tenantId: string | null;
  payload: unknown;
}

/**
 * The waiting outbox row with this job id, or null. Read it before asking Redis: the relay adds the job to Redis
 * before it deletes the row, so a job is always in one of the two.
 */
export async function findWaitingJob(tx: Tx, jobId: string): Promise<WaitingJob | null> {
  const row = await tx.jobOutbox.findFirst({
    where: { queue: env().QUEUE_PREFIX, jobId },
    select: { jobId: true, jobName: true, tenantId: true, payload: true },
  });
  return row ? { jobId: row.jobId, name: row.jobName, tenantId: row.tenantId, payload: row.payload } : null;
}
