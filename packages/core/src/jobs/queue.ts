import { Queue } from "bullmq";
import { env } from "../env";
import { logger } from "../logger";
import type { AnyJobDef, JobEnvelope } from "./define";
import { QUEUE_NAME, redisConnection, safeRedisUrl } from "./connection";

let queue: Queue<JobEnvelope> | undefined;

/** The process's producer handle on the one queue, opened on first use. */
export function getQueue(): Queue<JobEnvelope> {
  if (!queue) {
    queue = new Queue<JobEnvelope>(QUEUE_NAME, {
      connection: redisConnection("queue"),
      prefix: env().QUEUE_PREFIX,
      // BullMQ's events stream repeats every result and error; keep it short (the default is 10000 events).
      streams: { events: { maxLen: EVENTS_MAX_LEN } },
    });
    // Without a listener a Redis hiccup would surface as an unhandled 'error' event and crash the process.
    queue.on("error", (err) => logger.error({ err }, "job queue connection error"));
  }
  return queue;
}

/** How long a queue operation may wait for Redis before the caller gets an error. */
export const QUEUE_CALL_TIMEOUT_MS = 5_000;

/**
 * Runs a queue operation, failing after a timeout. While Redis is down BullMQ waits for the connection without limit,
 * which would hang a web request; this turns that into a clear error. The operation may still complete once Redis is
 * back, so an enqueue that must not happen twice should carry an idempotency key.
 */
export async function withQueue<T>(what: string, fn: (q: Queue<JobEnvelope>) => Promise<T>, timeoutMs = QUEUE_CALL_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: Redis did not answer within ${timeoutMs} ms (REDIS_URL=${safeRedisUrl()})`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([fn(getQueue()), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes the producer connection (worker shutdown, tests). The next getQueue() opens a new one. */
export async function closeQueues(): Promise<void> {
  const q = queue;
  queue = undefined;
  await q?.close();
}

/** Completed jobs (and their results) stay this long: long enough for progress bars and idempotency keys. */
export const COMPLETED_JOB_RETENTION_HOURS = 24;
/** Approximate length the events stream is capped at (by BullMQ on every write, and by housekeeping). */
export const EVENTS_MAX_LEN = 1000;

/** Seconds a failed job stays, from JOB_FAILED_RETENTION_DAYS. */
export function failedJobRetentionSeconds(): number {
  return env().JOB_FAILED_RETENTION_DAYS * 24 * 3600;
}

/**
 * Options every job of a definition gets. Redis keeps nothing for long: a completed job goes after
 * COMPLETED_JOB_RETENTION_HOURS (at most 1000 are kept), a failed one after JOB_FAILED_RETENTION_DAYS, so the operator
 * can read the error and retry it meanwhile. BullMQ applies these ages when a later job finishes; on a quiet queue the
 * nightly housekeeping (cleanJobQueue) removes what is older.
 */
export function jobOptions(def: AnyJobDef) {
  return {
    attempts: def.attempts,
    backoff: { type: "exponential" as const, delay: def.backoffMs },
    removeOnComplete: { age: COMPLETED_JOB_RETENTION_HOURS * 3600, count: 1000 },
    removeOnFail: { age: failedJobRetentionSeconds() },
  };
}
