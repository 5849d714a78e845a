import { z } from "zod";
import { defineJob } from "../define";

/**
 * Test fixture: a job that announces each start on stdout. In a process started with SLEEPY_HANG=1 it then sleeps
 * (long enough to be killed mid-job); anywhere else it finishes at once.
 */
export const sleepyJob = defineJob({
  name: "test.sleepy",
  payload: z.object({ sleepMs: z.number().int().positive() }),
  handler: async (ctx, { sleepMs }) => {
    process.stdout.write(`started ${ctx.jobId} attempt ${ctx.attempt}\n`);
    if (process.env.SLEEPY_HANG === "1") await new Promise((resolve) => setTimeout(resolve, sleepMs));
    return { pid: process.pid, attempt: ctx.attempt };
  },
});
