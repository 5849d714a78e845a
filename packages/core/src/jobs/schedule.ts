import type { AnyJobDef, JobEnvelope } from "./define";
import { resolveJob, validatePayload } from "./enqueue";
import { assertNoPersonalData } from "./guard";
import { jobOptions, withQueue } from "./queue";

export interface ScheduleOptions {
  /** Stable id of this schedule: scheduling again with the same id updates it instead of adding a second one. */
  schedulerId: string;
  /** Run every this many milliseconds ... */
  every?: number;
  /** ... or on this cron pattern (with seconds optional), e.g. "0 3 * * *". */
  pattern?: string;
  /** Time zone for the cron pattern, e.g. "Europe/Brussels" (daylight saving included). Default: the server's. */
  tz?: string;
  tenantId?: string | null;
}

/** Creates or updates a repeatable schedule that enqueues the job (BullMQ job scheduler). */
export async function schedule(job: AnyJobDef | string, payload: unknown, opts: ScheduleOptions): Promise<void> {
  const def = resolveJob(job);
  assertNoPersonalData(def.name, payload, opts.schedulerId);
  validatePayload(def, payload);
  if ((opts.every === undefined) === (opts.pattern === undefined)) {
    throw new Error(`schedule "${def.name}": give exactly one of every (ms) or pattern (cron)`);
  }
  if (opts.every !== undefined && !(opts.every > 0)) throw new Error(`schedule "${def.name}": every must be > 0 ms`);
  const data: JobEnvelope = { tenantId: opts.tenantId ?? null, scope: def.scope, payload };
  const repeat = opts.every !== undefined ? { every: opts.every } : { pattern: opts.pattern, ...(opts.tz ? { tz: opts.tz } : {}) };
  await withQueue(`schedule "${def.name}"`, (q) =>
    q.upsertJobScheduler(opts.schedulerId, repeat, { name: def.name, data, opts: jobOptions(def) }),
  );
}

/** Removes a schedule (e.g. when a plugin is disabled everywhere). Returns false if there was none. */
export async function unschedule(schedulerId: string): Promise<boolean> {
  return withQueue(`unschedule "${schedulerId}"`, (q) => q.removeJobScheduler(schedulerId));
}
