import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { SectorsPage } from "../../ui/actors/sectors-page";

/** /t/<slug>/partners/sectors */
export const page: PluginPage = { component: SectorsPage, permission: P.sectors, titleKey: "pageTitles.sectors" };
