import type { z } from "zod";

export class UnknownJobError extends Error {
  constructor(public readonly jobName: string) {
    super(`Unknown job "${jobName}": no job with this name is on the platform installed in this process (createPlatform)`);
    this.name = "UnknownJobError";
  }
}

/** A payload that does not match the job's schema; the message names every wrong field. */
export class JobPayloadError extends Error {
  constructor(
    public readonly jobName: string,
    public readonly issues: z.core.$ZodIssue[],
  ) {
    const detail = issues.map((i) => `${i.path.length ? i.path.join(".") : "(payload)"}: ${i.message}`).join("; ");
    super(`Invalid payload for job "${jobName}": ${detail}`);
    this.name = "JobPayloadError";
  }
}
