import { resetEnvCache } from "../env";
import { type JobProgressInfo, type JobStatus, getJobProgress } from "./admin";

/**
 * Test helpers (not part of the public API). Integration test files run in parallel against one Redis key prefix per
 * run; a worker in one file would otherwise take jobs enqueued by another file. Call this at the top of a test file,
 * before any queue is opened. The run's teardown deletes every key starting with the run prefix, these included.
 */
export function isolateQueuePrefix(tag: string): string {
  const base = process.env.QUEUE_PREFIX ?? "zztest";
  const prefix = `${base}_${tag}_${process.pid}`;
  process.env.QUEUE_PREFIX = prefix;
  resetEnvCache();
  return prefix;
}

/** Polls a job until it reaches one of the states (default: completed or failed) and returns its last info. */
export async function waitForJob(
  id: string,
  { states = ["completed", "failed"], timeoutMs = 15_000 }: { states?: JobStatus[]; timeoutMs?: number } = {},
): Promise<JobProgressInfo> {
  const deadline = Date.now() + timeoutMs;
  let last: JobProgressInfo | null = null;
  while (Date.now() < deadline) {
    last = await getJobProgress(id);
    if (last && states.includes(last.state)) return last;
    await sleep(50);
  }
  throw new Error(`Job ${id} did not reach ${states.join("/")} within ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
}

/** Polls until check() returns true. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 15_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
