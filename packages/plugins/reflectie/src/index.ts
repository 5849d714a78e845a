import { definePlugin } from "@zorgzaam/core";
import { manifest } from "./manifest";
import { messages } from "./messages/index";
import { onEnable, schedules } from "./server/hooks";
import { reportPdfJob } from "./server/jobs/report-pdf";
import { remindersJob } from "./server/jobs/reminders";
import { reflectieErrors } from "./server/errors";
import { personalData } from "./server/personal-data";
import { reflectieRouter } from "./server/router";
import { seed } from "./server/seed";
import { home } from "./ui/home";
import { pages, cards } from "./ui/pages/index";

export type { ReflectieRouter } from "./server/router";
export { manifest, reflectieRouter };

/** Reflectie: the question fan, reflection sessions on a rhythm, action points and reports. */
export default definePlugin({
  manifest,
  server: {
    router: reflectieRouter,
    jobs: [remindersJob, reportPdfJob],
    seed,
    onEnable,
    schedules,
    personalData,
    errors: reflectieErrors,
  },
  ui: { pages, cards, home },
  messages,
});
