import type { PluginUi } from "@zorgzaam/core/plugin";
import { homeUi } from "./home";
import { P } from "./manifest";
import { AnalysesPage } from "./ui/pages/analyses";
import { AnalysisPage } from "./ui/pages/analysis";
import { ListsPage } from "./ui/pages/lists";
import { BoundaryPage } from "./ui/pages/boundary";
import { ComparePage } from "./ui/pages/compare";
import { FieldPage } from "./ui/pages/field";
import { MapPage } from "./ui/pages/map";
import { ReportPage } from "./ui/pages/report";
import { SectionPage } from "./ui/pages/section";
import { SummariesPage, SummaryPage } from "./ui/public/summary-pages";

type Page = PluginUi["pages"][string]["component"];
// Server components are async functions; React's ComponentType does not describe that yet.
const page = (c: unknown) => c as Page;

/** Buurtanalyse's UI (`@zorgzaam/plugin-buurtanalyse/ui`): the analyses, one analysis, its sections and its report. */
export const ui: PluginUi = {
  pages: {
    "": { component: page(AnalysesPage), permission: P.view, titleKey: "pageTitles.analyses" },
    "analyses/[id]": { component: page(AnalysisPage), permission: P.view, titleKey: "pageTitles.analysis" },
    "analyses/[id]/sections/[key]": { component: page(SectionPage), permission: P.view, titleKey: "pageTitles.section" },
    "analyses/[id]/compare": { component: page(ComparePage), permission: P.view, titleKey: "pageTitles.compare" },
    "analyses/[id]/map": { component: page(MapPage), permission: P.view, titleKey: "pageTitles.map" },
    "analyses/[id]/boundary": { component: page(BoundaryPage), permission: P.view, titleKey: "pageTitles.boundary" },
    "analyses/[id]/field": { component: page(FieldPage), permission: P.view, titleKey: "pageTitles.field" },
    "analyses/[id]/report": { component: page(ReportPage), permission: P.view, titleKey: "pageTitles.report" },
    lists: { component: page(ListsPage), permission: P.manage, titleKey: "pageTitles.lists" },
  },
  // The public site: published residents' summaries (BA-10), while the tenant switched "buurtanalyse.summaries" on.
  publicPages: {
    "": { component: SummariesPage, capability: "buurtanalyse.summaries", titleKey: "pageTitles.publicList" },
    "[id]": { component: SummaryPage, capability: "buurtanalyse.summaries", titleKey: "pageTitles.publicSummary" },
  },
  ...homeUi,
};
