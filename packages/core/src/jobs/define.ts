import type { z } from "zod";
import type { Tx } from "../db/client";
import type { Enqueue } from "./outbox";

/** What a handler gets besides its payload. */
export interface JobContext {
  /** The tenant the job was enqueued for; null for platform jobs (housekeeping, sign-in mail). */
  tenantId: string | null;
  jobId: string;
  /**
   * 1 on the first run, then counting every start (retries after a failure, re-runs after a worker died). Handlers
   * must be idempotent: any run may repeat work that a previous one already did.
   */
  attempt: number;
  /** Reports progress in percent (clamped to 0..100) for progress bars. */
  updateProgress(pct: number): Promise<void>;
  /**
   * Runs fn in one transaction with row-level security set to this job's tenant. Throws for platform jobs. The
   * transaction is rolled back after timeoutMs (default 20 s, as for a request); long work (an import) asks for more.
   */
  withTenantDb<T>(fn: (tx: Tx) => Promise<T>, opts?: { timeoutMs?: number }): Promise<T>;
  /**
   * Enqueues a follow-up job through the outbox (in its own short transaction), stamped with this job's tenant and
   * module (a module's job may enqueue its own module's jobs and core's). Returns the follow-up's job id.
   */
  enqueue: Enqueue;
}

export interface JobDef<S extends z.ZodType = z.ZodType, R = unknown> {
  /** "scope.what", e.g. "core.mail.send" or "<plugin-id>.reminders.send". */
  readonly name: string;
  /** The part before the first dot: "core" or the plugin id. Used to check that the module is enabled. */
  readonly scope: string;
  readonly payload: S;
  readonly attempts: number;
  readonly backoffMs: number;
  // Method syntax on purpose: it makes every JobDef<S, R> assignable to JobDef (the registry's element type).
  handler(ctx: JobContext, payload: z.output<S>): Promise<R>;
  /**
   * Called by the relay when an outbox row was not added because BullMQ already had a job with its idempotency key
   * and another payload (the earlier job wins): cleans up what the payload points at (e.g. a second sealed mail).
   */
  onDuplicate?(payload: unknown): Promise<void>;
}

/** Any job definition, whatever its payload and result. */
export type AnyJobDef = JobDef<z.ZodType, unknown>;

export interface DefineJobInput<S extends z.ZodType, R> {
  name: string;
  payload: S;
  handler: (ctx: JobContext, payload: z.output<S>) => Promise<R>;
  /** Total runs before the job is left in the failed list. Default 5. */
  attempts?: number;
  /** First retry delay; doubles on each further retry. Default 2000 ms. */
  backoffMs?: number;
  /** See JobDef.onDuplicate. */
  onDuplicate?: (payload: unknown) => Promise<void>;
}

const NAME = /^([a-z][a-z0-9_-]*)(\.[a-zA-Z0-9_-]+)+$/;

export function defineJob<S extends z.ZodType, R>(input: DefineJobInput<S, R>): JobDef<S, R> {
  const match = NAME.exec(input.name);
  if (!match?.[1]) {
    throw new Error(
      `Job name "${input.name}" is not valid: use "<scope>.<name>", e.g. "core.mail.send", where scope is "core" or a plugin id`,
    );
  }
  const attempts = input.attempts ?? 5;
  const backoffMs = input.backoffMs ?? 2_000;
  if (!Number.isInteger(attempts) || attempts < 1) throw new Error(`Job "${input.name}": attempts must be an integer >= 1`);
  if (!Number.isFinite(backoffMs) || backoffMs < 0) throw new Error(`Job "${input.name}": backoffMs must be >= 0`);
  return {
    name: input.name,
    scope: match[1],
    payload: input.payload,
    attempts,
    backoffMs,
    handler: input.handler,
    ...(input.onDuplicate ? { onDuplicate: input.onDuplicate } : {}),
  };
}

/** What is stored in Redis for each job: the payload plus who it is for. */
export interface JobEnvelope {
  tenantId: string | null;
  scope: string;
  payload: unknown;
  /**
   * Who enqueued it through the outbox: "core" or a module id. A job enqueued by a module is skipped, like the
   * module's own jobs, while that module is switched off for the tenant. Absent for jobs enqueued directly.
   */
  module?: string;
}
