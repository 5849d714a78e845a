import type { z } from "zod";
import type { AnyJobDef, JobDef, JobEnvelope } from "./define";
import { JobPayloadError, UnknownJobError } from "./errors";
import { assertNoPersonalData } from "./guard";
import { jobOptions, withQueue } from "./queue";
import { installedPlatform } from "../platform/installed";

export interface EnqueueOptions {
  /** The tenant the job runs for; omit or null for platform jobs. */
  tenantId?: string | null;
  /**
   * Same key (for the same job and tenant) = one job, as long as the first is still known to the queue (waiting,
   * running, failed, or completed within the retention, see jobOptions). Any string without personal data (it becomes
   * the job id in Redis); it is encoded to fit BullMQ's job ids.
   */
  idempotencyKey?: string;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
}

/** Resolves a definition or a registered name; unknown names throw UnknownJobError. */
export function resolveJob(job: AnyJobDef | string): AnyJobDef {
  if (typeof job !== "string") return job;
  const def = installedPlatform().job(job);
  if (!def) throw new UnknownJobError(job);
  return def;
}

/** Throws JobPayloadError unless payload matches the job's schema. */
export function validatePayload(def: AnyJobDef, payload: unknown): void {
  const parsed = def.payload.safeParse(payload);
  if (!parsed.success) throw new JobPayloadError(def.name, parsed.error.issues);
}

/**
 * BullMQ job ids may not contain ':' (its key separator) and must not look like integers (its own ids). The id is
 * scoped by job name and tenant so that two tenants, or two jobs, can use the same key without colliding. The
 * encoding is reversible, so two different keys never map to one id.
 */
export function idempotentJobId(name: string, tenantId: string | null, key: string): string {
  const encode = (s: string) => s.replaceAll("%", "%25").replaceAll(":", "%3A");
  return `${name}|${tenantId ?? "platform"}|${encode(key)}`;
}

/**
 * Refuses a payload or key that looks like personal data or a secret (JobPersonalDataError: pass ids, the handler
 * loads the rest), validates the payload and adds the job; returns its id. Pass the definition for a typed payload, or a name
 * of a job of the installed platform.
 */
export async function enqueue<S extends z.ZodType>(job: JobDef<S, unknown>, payload: z.input<S>, opts?: EnqueueOptions): Promise<string>;
export async function enqueue(job: string, payload: unknown, opts?: EnqueueOptions): Promise<string>;
export async function enqueue(job: AnyJobDef | string, payload: unknown, opts: EnqueueOptions = {}): Promise<string> {
  const def = resolveJob(job);
  // Before the schema: whatever the job, nothing personal or secret reaches Redis (see guard.ts).
  assertNoPersonalData(def.name, payload, opts.idempotencyKey);
  validatePayload(def, payload);
  const tenantId = opts.tenantId ?? null;
  if (opts.delayMs !== undefined && !(opts.delayMs >= 0)) throw new Error(`enqueue "${def.name}": delayMs must be >= 0`);
  // The payload is stored as given, not as parsed: the worker parses it again, and a schema with transforms need not
  // accept its own output.
  const data: JobEnvelope = { tenantId, scope: def.scope, payload };
  const added = await withQueue(`enqueue "${def.name}"`, (q) =>
    q.add(def.name, data, {
      ...jobOptions(def),
      ...(opts.idempotencyKey !== undefined ? { jobId: idempotentJobId(def.name, tenantId, opts.idempotencyKey) } : {}),
      ...(opts.delayMs ? { delay: opts.delayMs } : {}),
    }),
  );
  if (!added.id) throw new Error(`enqueue "${def.name}": the queue returned no job id`);
  return added.id;
}
