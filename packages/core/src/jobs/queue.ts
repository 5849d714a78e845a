import { Queue } from "bullmq";
import { env } from "../env.js";
import { logger } from "../logger.js";
import type { AnyJobDef, JobEnvelope } from "./define.js";
import { QUEUE_NAME, redisConnection } from "./connection.js";

let queue: Queue<JobEnvelope> | undefined;

/** The process's producer handle on the one queue, opened on first use. */
export function getQueue(): Queue<JobEnvelope> {
  if (!queue) {
    queue = new Queue<JobEnvelope>(QUEUE_NAME, { connection: redisConnection("queue"), prefix: env().QUEUE_PREFIX });
    // Without a listener a Redis hiccup would surface as an unhandled 'error' event and crash the process.
    queue.on("error", (err) => logger.error({ err }, "job queue connection error"));
  }
  return queue;
}

/** Closes the producer connection (worker shutdown, tests). The next getQueue() opens a new one. */
export async function closeQueues(): Promise<void> {
  const q = queue;
  queue = undefined;
  await q?.close();
}

/**
 * Options every job of a definition gets. Completed jobs are kept (up to 1000) so that an idempotency key stays taken
 * for a while and operators can look back; failed jobs are kept until an operator retries or removes them.
 */
export function jobOptions(def: AnyJobDef) {
  return {
    attempts: def.attempts,
    backoff: { type: "exponential" as const, delay: def.backoffMs },
    removeOnComplete: { count: 1000 },
    removeOnFail: false,
  };
}
