import { defineServer } from "@zorgzaam/core/plugin";
import { buurtanalyseErrors } from "./server/errors";
import { retentionJob, schedules } from "./server/jobs/retention";
import { personalData } from "./server/personal-data";
import { documentsJob } from "./server/procedures";
import { buurtanalyseRouter } from "./server/router";
import { seed } from "./server/seed";

export type { BuurtanalyseRouter } from "./server/router";
export { reportEvidence, CONSENT_AUDIENCES, type ConsentAudience, type EvidenceAudience, type ReportEvidence } from "./server/evidence";

/**
 * Buurtanalyse's server part (`@zorgzaam/plugin-buurtanalyse/server`): the router, the daily retention of working
 * notes, the report PDF's documents job, the demo seed, what it holds about a person (nothing yet), its sensitive notes and its error codes.
 */
export const server = defineServer({
  router: buurtanalyseRouter,
  jobs: [retentionJob, documentsJob],
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
    {
      model: "BuurtanalyseLead",
      fields: { notes: null },
      permission: "buurtanalyse.notes.view",
      auditAction: "buurtanalyse.section.notes_read",
    },
  ],
  // The public site reads published residents' summaries only (routers/public.ts): their texts and chosen actions,
  // the analysis's title and neighbourhoods. Nothing else of an analysis is public.
  publicFields: [
    { model: "BuurtanalyseSummary", fields: ["id", "analysisId", "heard", "doing", "actionIds", "publishedAt"] },
    { model: "BuurtanalyseAnalysis", fields: ["id", "title"] },
    { model: "BuurtanalyseArea", fields: ["neighbourhoodId"] },
    { model: "BuurtanalyseAction", fields: ["id", "title", "status"] },
    // Quotes that carry the residents' consent flag (the query asks for it): their words only.
    { model: "BuurtanalyseQuote", fields: ["id", "text"] },
  ],
  errors: buurtanalyseErrors,
});
