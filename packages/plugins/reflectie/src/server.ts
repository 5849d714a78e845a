import { defineServer } from "@zorgzaam/core/plugin";
import { reflectieErrors } from "./server/errors";
import { onEnable, schedules } from "./server/hooks";
import { documentsJob } from "./server/procedures";
import { remindersJob } from "./server/jobs/reminders";
import { personalData } from "./server/personal-data";
import { reflectieRouter } from "./server/router";
import { seed } from "./server/seed";

export type { ReflectieRouter } from "./server/router";

/**
 * Reflectie's server part (`@zorgzaam/plugin-reflectie/server`): the router, the reminder and report jobs with their
 * schedule, the demo seed, the enable hook, what it holds about a person, its error codes. Loaded by the web server
 * and the worker, never by a browser.
 */
export const server = defineServer({
  router: reflectieRouter,
  jobs: [remindersJob, documentsJob],
  seed,
  onEnable,
  schedules,
  personalData,
  errors: reflectieErrors,
});
