import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { closeAppDb } from "../db/client";
import { sleepyJob } from "./__fixtures__/sleepy-job";
import { closeQueues, enqueue, getQueue, startWorker, type WorkerHandle } from "./index";
import { installTestJobs, isolateQueuePrefix, waitForJob } from "./testing";

isolateQueuePrefix("stalled");
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../../..");

let child: ChildProcess | undefined;
let rescuer: WorkerHandle | undefined;
afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await rescuer?.close({ force: true });
  await closeQueues();
  await closeAppDb();
});

/** Resolves with the first stdout line of the child that matches. */
function waitForLine(proc: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    let stderr = "";
    const timer = setTimeout(() => reject(new Error(`child printed no line matching ${pattern}; stderr: ${stderr}`)), timeoutMs);
    proc.stderr?.on("data", (d) => {
      stderr += d;
    });
    proc.stdout?.on("data", (d) => {
      buffer += d;
      const line = buffer.split("\n").find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited (${code}) before printing ${pattern}; stderr: ${stderr}`));
    });
  });
}

it("re-runs a job on another worker after its worker was killed mid-job", async () => {
  const id = await enqueue(sleepyJob, { sleepMs: 60_000 });

  // A real worker process, run the way apps/worker runs (Node with tsx), sharing this test's Redis prefix.
  child = spawn(process.execPath, ["--import", "tsx", path.join(here, "__fixtures__/sleepy-worker.ts")], {
    cwd: repoRoot,
    env: { ...process.env, SLEEPY_HANG: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitForLine(child, new RegExp(`^started ${id} attempt 1$`));
  expect((await getQueue().getJob(id))?.processedBy).toBeTruthy();

  const exited = new Promise((resolve) => child?.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;

  // The killed worker's lock expires (lockDuration 1 s); this worker's stalled-job check moves the job back to wait
  // and runs it again.
  installTestJobs([sleepyJob]);
  rescuer = startWorker({ concurrency: 1, lockDuration: 1_000, stalledInterval: 300 });
  const done = await waitForJob(id, { timeoutMs: 20_000 });
  expect(done.state).toBe("completed");
  expect(done.result).toEqual({ pid: process.pid, attempt: 2 });
  const job = await getQueue().getJob(id);
  expect(job?.stalledCounter).toBe(1);
}, 40_000);
