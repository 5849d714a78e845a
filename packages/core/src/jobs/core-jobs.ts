import { z } from "zod";
import { sendMail } from "../mail/send";
import { personalDataEraseJob, personalDataExportJob } from "../personal-data/jobs";
import { defineJob } from "./define";
import { runHousekeeping } from "./housekeeping";
import { registerJobs } from "./registry";
import { schedule } from "./schedule";

/**
 * Sends one mail. Enqueue it with an idempotency key that names the reason for the mail (e.g. the invitation id),
 * so a double click or a retried request sends one mail. More attempts and a longer backoff than the default ride
 * out a mail server that is down for about ten minutes.
 */
export const mailSendJob = defineJob({
  name: "core.mail.send",
  payload: z.object({
    to: z.email(),
    subject: z.string().min(1).max(500),
    text: z.string(),
    html: z.string().optional(),
  }),
  attempts: 8,
  backoffMs: 5_000,
  handler: async (_ctx, mail) => sendMail(mail),
});

/** Nightly purge of expired data; see runHousekeeping. */
export const housekeepingJob = defineJob({
  name: "core.housekeeping",
  payload: z.object({}),
  attempts: 3,
  backoffMs: 60_000,
  handler: async () => runHousekeeping(),
});

export const coreJobs = [mailSendJob, housekeepingJob, personalDataExportJob, personalDataEraseJob] as const;

export function registerCoreJobs(): void {
  registerJobs(coreJobs);
}

/** Creates or updates the core schedules; safe to call on every worker start. */
export async function scheduleCoreJobs(): Promise<void> {
  // 03:00 Brussels time, the quietest hour, with daylight saving handled by the time zone.
  await schedule(housekeepingJob, {}, { schedulerId: "core.housekeeping", pattern: "0 3 * * *", tz: "Europe/Brussels" });
}
