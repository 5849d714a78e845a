import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { ActorPage } from "../../../ui/actors/detail-page";

/** /t/<slug>/partners/actors/[id] */
export const page: PluginPage = { component: ActorPage, permission: P.view, titleKey: "pageTitles.actor" };
