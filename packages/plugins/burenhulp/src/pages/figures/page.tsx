import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { FiguresPage } from "../../ui/pages/figures";

/** /t/<slug>/burenhulp/figures */
export const page: PluginPage = { component: FiguresPage, permission: P.view, titleKey: "pageTitles.figures" };
