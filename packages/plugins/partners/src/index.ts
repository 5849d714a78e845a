import { definePlugin } from "@zorgzaam/core";
import { manifest } from "./manifest";
import { messages } from "./messages/index";
import { partnersErrors } from "./server/errors";
import { onEnable } from "./server/hooks";
import { partnersJobs } from "./server/jobs/index";
import { personalData } from "./server/personal-data";
import { partnersRouter } from "./server/router";
import { seed } from "./server/seed";
import { cards } from "./ui/card";
import { home } from "./ui/home";
import { pages } from "./ui/pages";

export type { PartnersRouter } from "./server/router";
export { manifest, partnersRouter };

/** Partners: the neighbourhood map of actors, our relationships, the network, gaps, evaluation rounds, import/export. */
export default definePlugin({
  manifest,
  server: { router: partnersRouter, jobs: partnersJobs, seed, onEnable, personalData, errors: partnersErrors },
  ui: { pages, cards, home },
  messages,
});
