import type { PluginUi } from "@zorgzaam/core/plugin";
import { homeUi } from "./home";
import { AskPage, ReceivedPage, sendAsk } from "./ui/public/ask-page";
import { answerFollowUp, FollowUpPage } from "./ui/public/follow-up-page";

/**
 * Burenhulp's UI (`@zorgzaam/plugin-burenhulp/ui`): the home card and person section of ./home, and the public
 * ask/offer form (plain HTML, no JavaScript) with its thank-you page and the follow-up. Its staff pages (the requests
 * per neighbourhood, a request's page with triage, proposed helpers and the matches' steps, the helpers' load...) are
 * files, src/pages/<path>/page.tsx (ADR 0038).
 */
export const ui: PluginUi = {
  ...homeUi,
  publicPages: {
    "": { component: AskPage, capability: "burenhulp.ask", titleKey: "pageTitles.ask", action: sendAsk },
    received: { component: ReceivedPage, capability: "burenhulp.ask", titleKey: "pageTitles.received" },
    "follow-up": { component: FollowUpPage, capability: "burenhulp.followup", titleKey: "pageTitles.followUp", action: answerFollowUp },
  },
};
