import type { PluginUi } from "@zorgzaam/core/plugin";
import { homeUi } from "./home";
import { SummariesPage, SummaryPage } from "./ui/public/summary-pages";

/**
 * Buurtanalyse's UI (`@zorgzaam/plugin-buurtanalyse/ui`): the home card of ./home and the public residents'
 * summaries. Its staff pages (the analyses, one analysis, its sections and its report) are files,
 * src/pages/<path>/page.tsx (ADR 0038).
 */
export const ui: PluginUi = {
  // The public site: published residents' summaries (BA-10), while the tenant switched "buurtanalyse.summaries" on.
  publicPages: {
    "": { component: SummariesPage, capability: "buurtanalyse.summaries", titleKey: "pageTitles.publicList" },
    "[id]": { component: SummaryPage, capability: "buurtanalyse.summaries", titleKey: "pageTitles.publicSummary" },
  },
  ...homeUi,
};
