import type { PluginUi } from "@zorgzaam/core/plugin";
import { P } from "./manifest";
import { homeUi } from "./home";
import { AskPage, ReceivedPage, sendAsk } from "./ui/public/ask-page";
import { answerFollowUp, FollowUpPage } from "./ui/public/follow-up-page";
import { FiguresPage } from "./ui/pages/figures";
import { HelpersPage } from "./ui/pages/helpers";
import { IntakePage } from "./ui/pages/intake";
import { KindsPage } from "./ui/pages/kinds";
import { LogPage } from "./ui/pages/log";
import { MinePage } from "./ui/pages/mine";
import { OfferPage, OffersPage } from "./ui/pages/offers";
import { PrintablesPage } from "./ui/pages/printables";
import { ReferPage } from "./ui/pages/refer";
import { RequestPage } from "./ui/pages/request";
import { RequestsPage } from "./ui/pages/requests";

type Page = PluginUi["pages"][string]["component"];
// Server components are async functions; React's ComponentType does not describe that yet.
const page = (c: unknown) => c as Page;

/**
 * Burenhulp's UI (`@zorgzaam/plugin-burenhulp/ui`): the requests list per neighbourhood, a request's page (triage,
 * proposed helpers with their reasons, the matches' steps, referral), the helpers' load, with the home card of ./home;
 * and the public ask/offer form (plain HTML, no JavaScript) with its thank-you page.
 */
export const ui: PluginUi = {
  pages: {
    "": { component: page(RequestsPage), permission: P.view, titleKey: "pageTitles.requests" },
    "requests/[id]": { component: page(RequestPage), permission: P.view, titleKey: "pageTitles.request" },
    helpers: { component: page(HelpersPage), permission: P.view, titleKey: "pageTitles.helpers" },
    new: { component: page(IntakePage), permission: P.manage, titleKey: "pageTitles.new" },
    offers: { component: page(OffersPage), permission: P.view, titleKey: "pageTitles.offers" },
    "offers/[id]": { component: page(OfferPage), permission: P.view, titleKey: "pageTitles.offer" },
    kinds: { component: page(KindsPage), permission: P.kinds, titleKey: "pageTitles.kinds" },
    refer: { component: page(ReferPage), permission: P.refer, titleKey: "pageTitles.refer" },
    log: { component: page(LogPage), permission: P.view, titleKey: "pageTitles.log" },
    figures: { component: page(FiguresPage), permission: P.view, titleKey: "pageTitles.figures" },
    printables: { component: page(PrintablesPage), permission: P.manage, titleKey: "pageTitles.printables" },
    mine: { component: page(MinePage), permission: P.own, titleKey: "pageTitles.mine" },
  },
  ...homeUi,
  publicPages: {
    "": { component: AskPage, capability: "burenhulp.ask", titleKey: "pageTitles.ask", action: sendAsk },
    received: { component: ReceivedPage, capability: "burenhulp.ask", titleKey: "pageTitles.received" },
    "follow-up": { component: FollowUpPage, capability: "burenhulp.followup", titleKey: "pageTitles.followUp", action: answerFollowUp },
  },
};
