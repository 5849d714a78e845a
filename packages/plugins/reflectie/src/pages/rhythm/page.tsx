import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { RhythmPage } from "../../ui/pages/rhythm";

/** /t/<slug>/reflectie/rhythm */
export const page: PluginPage = { component: RhythmPage, permission: P.participate, titleKey: "pageTitles.rhythm" };
