import { defineServer } from "@zorgzaam/core/plugin";
import { bevragingenErrors } from "./server/errors";
import { retentionJob, schedules } from "./server/jobs/retention";
import { personalData } from "./server/personal-data";
import { documentsJob } from "./server/procedures";
import { bevragingenRouter } from "./server/router";
import { seed } from "./server/seed";

export type { BevragingenRouter } from "./server/router";
export { type SurveyFigures, surveyFigures, surveyTitles } from "./server/shared";

/**
 * Bevragingen's server part (`@zorgzaam/plugin-bevragingen/server`): the router, the daily retention job, the PDF job, the demo
 * seed, what it holds about a person, its public fields and its error codes.
 */
export const server = defineServer({
  router: bevragingenRouter,
  jobs: [retentionJob, documentsJob],
  schedules,
  seed,
  personalData,
  // What the public answer form reads: an open survey's title and languages, and its published questions.
  publicFields: [
    { model: "BevragingenSurvey", fields: ["id", "title", "languages"] },
    { model: "BevragingenVersion", fields: ["id", "content"] },
  ],
  errors: bevragingenErrors,
});
