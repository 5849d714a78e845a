import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { NewActorPage } from "../../../ui/actors/new-page";

/** /t/<slug>/partners/actors/new */
export const page: PluginPage = { component: NewActorPage, permission: P.manage, titleKey: "pageTitles.actorNew" };
