import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { EditActorPage } from "../../../../ui/actors/edit-page";

/** /t/<slug>/partners/actors/[id]/edit */
export const page: PluginPage = { component: EditActorPage, permission: P.manage, titleKey: "pageTitles.actorEdit" };
