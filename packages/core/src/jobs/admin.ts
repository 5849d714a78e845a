import type { Job } from "bullmq";
import type { JobEnvelope } from "./define";
import { withQueue } from "./queue";

export interface FailedJobInfo {
  id: string;
  name: string;
  tenantId: string | null;
  failedReason: string;
  attemptsMade: number;
  /** When the job was created (ms since epoch). */
  timestamp: number;
  /** When it failed for the last time (ms since epoch), if known. */
  finishedOn: number | null;
}

/** The failed ("dead") jobs, newest first, for the operator console. */
export async function listFailedJobs({ limit = 50 }: { limit?: number } = {}): Promise<FailedJobInfo[]> {
  const jobs = (await withQueue("listFailedJobs", (q) => q.getFailed(0, Math.max(1, limit) - 1))) as Job<JobEnvelope>[];
  return jobs
    .filter((j): j is Job<JobEnvelope> & { id: string } => Boolean(j?.id))
    .map((j) => ({
      id: j.id,
      name: j.name,
      tenantId: j.data?.tenantId ?? null,
      failedReason: j.failedReason,
      attemptsMade: j.attemptsMade,
      timestamp: j.timestamp,
      finishedOn: j.finishedOn ?? null,
    }));
}

/** Puts a failed job back in the queue with a fresh set of attempts. Throws if it is unknown or not failed. */
/** Why a job cannot be retried: it is gone, or it did not fail. */
export class JobNotRetryableError extends Error {
  constructor(
    message: string,
    public readonly reason: "missing" | "state",
    /** The job and, when it did not fail, its state (for the operator's message in their language). */
    public readonly job: { id: string; state?: string } = { id: "?" },
  ) {
    super(message);
    this.name = "JobNotRetryableError";
  }
}

export async function retryJob(id: string): Promise<void> {
  const job = await withQueue("retryJob", (q) => q.getJob(id));
  if (!job) throw new JobNotRetryableError(`Job ${id} bestaat niet (meer).`, "missing", { id });
  const state = await job.getState();
  if (state !== "failed")
    throw new JobNotRetryableError(`Job ${id} is niet mislukt (${state}): alleen mislukte jobs kunnen opnieuw.`, "state", { id, state });
  await job.retry("failed", { resetAttemptsMade: true });
}

export type JobStatus = "waiting" | "delayed" | "active" | "completed" | "failed" | "unknown";

export interface JobProgressInfo {
  id: string;
  name: string;
  /** Callers showing this to users must check it is the user's tenant. */
  tenantId: string | null;
  state: JobStatus;
  /** 0..100 */
  progress: number;
  result: unknown;
  failedReason: string | null;
}

/** State and progress of one job (for progress bars), or null if the queue no longer knows it. */
export async function getJobProgress(id: string): Promise<JobProgressInfo | null> {
  // State first, then the job: the job's data is then at least as recent as the state, so "completed" always comes
  // with its result (the other order can show a job completed without it).
  const { raw, job } = await withQueue("getJobProgress", async (q) => {
    const raw = await q.getJobState(id);
    const job = (await q.getJob(id)) as Job<JobEnvelope> | undefined;
    return { raw, job };
  });
  if (!job) return null;
  // BullMQ has finer states (prioritized, waiting-children); a progress bar only needs "not started yet".
  const state: JobStatus = raw === "prioritized" || raw === "waiting-children" || raw === "waiting" ? "waiting" : (raw as JobStatus);
  const progress = typeof job.progress === "number" ? job.progress : state === "completed" ? 100 : 0;
  return {
    id,
    name: job.name,
    tenantId: job.data?.tenantId ?? null,
    state,
    progress: state === "completed" ? 100 : progress,
    result: job.returnvalue ?? null,
    failedReason: state === "failed" ? job.failedReason || null : null,
  };
}
