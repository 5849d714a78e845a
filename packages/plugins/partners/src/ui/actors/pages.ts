import type { PluginUi } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { page } from "../page";
import { ActorPage } from "./detail-page";
import { EditActorPage } from "./edit-page";
import { NewActorPage } from "./new-page";
import { SectorsPage } from "./sectors-page";

export const actorPages: PluginUi["pages"] = {
  "actors/new": { component: page(NewActorPage), permission: P.manage, titleKey: "pageTitles.actorNew" },
  "actors/[id]": { component: page(ActorPage), permission: P.view, titleKey: "pageTitles.actor" },
  "actors/[id]/edit": { component: page(EditActorPage), permission: P.manage, titleKey: "pageTitles.actorEdit" },
  sectors: { component: page(SectorsPage), permission: P.sectors, titleKey: "pageTitles.sectors" },
};
