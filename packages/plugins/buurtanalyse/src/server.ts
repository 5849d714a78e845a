import { defineServer } from "@zorgzaam/core/plugin";
import { buurtanalyseErrors } from "./server/errors";
import { retentionJob, schedules } from "./server/jobs/retention";
import { personalData } from "./server/personal-data";
import { buurtanalyseRouter } from "./server/router";
import { seed } from "./server/seed";

export type { BuurtanalyseRouter } from "./server/router";
export { reportEvidence, CONSENT_AUDIENCES, type ConsentAudience, type EvidenceAudience, type ReportEvidence } from "./server/evidence";

/**
 * Buurtanalyse's server part (`@zorgzaam/plugin-buurtanalyse/server`): the router, the daily retention of working
 * notes, the demo seed, what it holds about a person (nothing yet), its sensitive notes and its error codes.
 */
export const server = defineServer({
  router: buurtanalyseRouter,
  jobs: [retentionJob],
  schedules,
  seed,
  personalData,
  sensitiveFields: [
    {
      model: "BuurtanalyseSection",
      fields: { notes: null },
      permission: "buurtanalyse.notes.view",
      auditAction: "buurtanalyse.section.notes_read",
    },
    {
      model: "BuurtanalyseMapItem",
      fields: { note: null },
      permission: "buurtanalyse.notes.view",
      auditAction: "buurtanalyse.section.notes_read",
    },
    {
      model: "BuurtanalyseConversation",
      fields: { notes: null },
      permission: "buurtanalyse.notes.view",
      auditAction: "buurtanalyse.section.notes_read",
    },
  ],
  errors: buurtanalyseErrors,
});
