import { resetEnvCache } from "../env";
import { createPlatform, type Platform, type PlatformModule } from "../platform/create";
import { installPlatform, installedPlatform } from "../platform/installed";
import { type JobProgressInfo, type JobStatus, getJobProgress } from "./admin";
import type { AnyJobDef } from "./define";

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

const testJobs = new Map<string, AnyJobDef>();

/** Forgets the test jobs of earlier installTestJobs calls: test/setup-platform.ts, before each integration test file. */
export function forgetTestJobs(): void {
  testJobs.clear();
}

/**
 * Installs a platform that has these test jobs too: the modules of the platform installed so far (none when none is)
 * and the jobs of earlier calls in this test file (a job of the same name is replaced). Test files define jobs as
 * they go; each call builds and installs a new platform value, there is no registry to add to.
 */
export function installTestJobs(defs: readonly AnyJobDef[]): Platform {
  for (const d of defs) testJobs.set(d.name, d);
  let plugins: readonly PlatformModule[] = [];
  try {
    plugins = installedPlatform().plugins;
  } catch {}
  return installPlatform(createPlatform(plugins, { jobs: [...testJobs.values()] }));
}
