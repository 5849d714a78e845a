import type { PluginUi } from "@zorgzaam/core/plugin";
import { homeUi } from "./home";
import { AnswerPage, OpenSurveysPage, ReceivedPage, sendAnswers } from "./ui/public/answer-page";

/** Bevragingen's UI (`@zorgzaam/plugin-bevragingen/ui`): the home card of ./home and the public pages (the open
 * surveys, a survey's form in plain HTML without JavaScript, the receipt). Its staff pages (the surveys, a survey's
 * results, assisted entry at the door) are files, src/pages/<path>/page.tsx (ADR 0038). */
export const ui: PluginUi = {
  ...homeUi,
  publicPages: {
    "": { component: OpenSurveysPage, capability: "bevragingen.answer", titleKey: "pageTitles.publicList" },
    "s/[id]": { component: AnswerPage, capability: "bevragingen.answer", titleKey: "pageTitles.publicAnswer", action: sendAnswers },
    received: { component: ReceivedPage, capability: "bevragingen.answer", titleKey: "pageTitles.publicReceived" },
  },
};
