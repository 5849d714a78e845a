import { defineServer } from "@zorgzaam/core/plugin";
import { burenhulpErrors } from "./server/errors";
import { onEnable } from "./server/hooks";
import { followUpJob, followUpSchedule } from "./server/jobs/follow-up";
import { referralReminderJob, referralReminderSchedule } from "./server/jobs/referrals";
import { documentsJob } from "./server/procedures";
import { retentionJob, schedules } from "./server/jobs/retention";
import { personalData } from "./server/personal-data";
import { burenhulpRouter } from "./server/router";
import { seed } from "./server/seed";

export type { BurenhulpRouter } from "./server/router";

/**
 * Burenhulp's server part (`@zorgzaam/plugin-burenhulp/server`): the router, the daily retention job, the follow-up and referral-reminder jobs, the printables' PDF job, the demo seed,
 * the enable hook (starter kinds), what it holds about a person, its sensitive notes, its public fields and its error codes.
 */
export const server = defineServer({
  router: burenhulpRouter,
  jobs: [retentionJob, followUpJob, referralReminderJob, documentsJob],
  schedules: [...schedules, followUpSchedule, referralReminderSchedule],
  seed,
  onEnable,
  personalData,
  sensitiveFields: [
    { model: "BurenhulpRequest", fields: { notes: null }, permission: "burenhulp.notes.view", auditAction: "burenhulp.request.notes_read" },
    { model: "BurenhulpOffer", fields: { notes: null }, permission: "burenhulp.notes.view", auditAction: "burenhulp.offer.notes_read" },
    { model: "BurenhulpStory", fields: { story: null }, permission: "burenhulp.notes.view", auditAction: "burenhulp.story.notes_read" },
  ],
  // What the public ask/offer form reads: the kinds of help by their words.
  // The follow-up page by a signed link: which side, whether answered, and the kind it was about (ids on the way).
  publicFields: [
    { model: "BurenhulpKind", fields: ["id", "key", "label"] },
    { model: "BurenhulpFollowUp", fields: ["id", "side", "answeredAt", "matchId"] },
    { model: "BurenhulpMatch", fields: ["id", "requestId"] },
    { model: "BurenhulpRequest", fields: ["id", "kindId"] },
  ],
  errors: burenhulpErrors,
});
