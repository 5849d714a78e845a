import { defineServer } from "@zorgzaam/core/plugin";
import { partnersErrors } from "./server/errors";
import { onEnable } from "./server/hooks";
import { partnersJobs } from "./server/jobs/index";
import { personalData } from "./server/personal-data";
import { partnersRouter } from "./server/router";
import { seed } from "./server/seed";

export type { PartnersRouter } from "./server/router";
/** For other modules (through this entry only): the services a resident may be referred to; the map's counts. */
export { actorChoices, evaluationRounds, mapCounts, mapPlaces, referralServices } from "./server/services";
export { addFoundActor, FOUND_ACTOR_KINDS, type FoundActorInput } from "./server/found-actor";

/**
 * Partners' server part (`@zorgzaam/plugin-partners/server`): the router, the import and geocoding jobs, the demo
 * seed, the enable hook, what it holds about a person, its error codes. Loaded by the web server and the worker, never
 * by a browser.
 */
export const server = defineServer({
  router: partnersRouter,
  jobs: partnersJobs,
  seed,
  onEnable,
  personalData,
  errors: partnersErrors,
});
