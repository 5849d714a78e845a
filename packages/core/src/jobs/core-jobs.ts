import { z } from "zod";
import { mailSendJob } from "../mail/outbox";
import { contactDigestJob } from "../contact/mail";
import { personalDataEraseJob, personalDataExportJob } from "../personal-data/jobs";
import { defineJob } from "./define";
import { runHousekeeping } from "./housekeeping";
import { schedule } from "./schedule";

/** core.mail.send lives with the outbox it sends from (mail/outbox.ts); its payload is a mail id. */
export { mailSendJob };

/** Nightly purge of expired data; see runHousekeeping. */
export const housekeepingJob = defineJob({
  name: "core.housekeeping",
  payload: z.object({}),
  attempts: 3,
  backoffMs: 60_000,
  handler: async () => runHousekeeping(),
});

/** Core's jobs: every platform has them (createPlatform). */
export const coreJobs = [mailSendJob, housekeepingJob, personalDataExportJob, personalDataEraseJob, contactDigestJob] as const;

/** Creates or updates the core schedules; safe to call on every worker start. */
export async function scheduleCoreJobs(): Promise<void> {
  // 03:00 Brussels time, the quietest hour, with daylight saving handled by the time zone.
  await schedule(housekeepingJob, {}, { schedulerId: "core.housekeeping", pattern: "0 3 * * *", tz: "Europe/Brussels" });
}
