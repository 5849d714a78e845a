import type { PluginUi } from "@zorgzaam/core/plugin";
import { P } from "./manifest";
import { homeUi } from "./home";
import { AnswersPage } from "./ui/pages/answers";
import { EditPage } from "./ui/pages/edit";
import { EnterPage } from "./ui/pages/enter";
import { MinePage } from "./ui/pages/mine";
import { AnswerPage, OpenSurveysPage, ReceivedPage, sendAnswers } from "./ui/public/answer-page";
import { PaperPage } from "./ui/pages/paper";
import { RejectedPage } from "./ui/pages/rejected";
import { SurveyPage } from "./ui/pages/survey";
import { SurveysPage } from "./ui/pages/surveys";

type Page = PluginUi["pages"][string]["component"];
// Server components are async functions; React's ComponentType does not describe that yet.
const page = (c: unknown) => c as Page;

/** Bevragingen's UI (`@zorgzaam/plugin-bevragingen/ui`): the surveys, a survey's results, assisted entry at
 * the door (on a phone, in the respondent's language), with the home card of ./home; and the public pages (the open
 * surveys, a survey's form in plain HTML without JavaScript, the receipt). */
export const ui: PluginUi = {
  pages: {
    "": { component: page(SurveysPage), permission: P.view, titleKey: "pageTitles.surveys" },
    "surveys/[id]": { component: page(SurveyPage), permission: P.view, titleKey: "pageTitles.survey" },
    "surveys/[id]/edit": { component: page(EditPage), permission: P.manage, titleKey: "pageTitles.edit" },
    "surveys/[id]/enter": { component: page(EnterPage), permission: P.enter, titleKey: "pageTitles.enter" },
    "surveys/[id]/paper": { component: page(PaperPage), permission: P.enter, titleKey: "pageTitles.paper" },
    "surveys/[id]/mine": { component: page(MinePage), permission: P.enter, titleKey: "pageTitles.mine" },
    "surveys/[id]/answers": { component: page(AnswersPage), permission: P.manage, titleKey: "pageTitles.answers" },
    rejected: { component: page(RejectedPage), permission: P.enter, titleKey: "pageTitles.rejected" },
  },
  ...homeUi,
  publicPages: {
    "": { component: OpenSurveysPage, capability: "bevragingen.answer", titleKey: "pageTitles.publicList" },
    "s/[id]": { component: AnswerPage, capability: "bevragingen.answer", titleKey: "pageTitles.publicAnswer", action: sendAnswers },
    received: { component: ReceivedPage, capability: "bevragingen.answer", titleKey: "pageTitles.publicReceived" },
  },
};
