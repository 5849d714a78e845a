import type { PluginUi } from "@zorgzaam/core/plugins/contract";
import { P } from "../../manifest";
import { page } from "../page";
import { ActorPage } from "./detail-page";
import { EditActorPage } from "./edit-page";
import { NewActorPage } from "./new-page";
import { SectorsPage } from "./sectors-page";

export const actorPages: PluginUi["pages"] = {
  "actors/new": { component: page(NewActorPage), permission: P.manage },
  "actors/[id]": { component: page(ActorPage), permission: P.view },
  "actors/[id]/edit": { component: page(EditActorPage), permission: P.manage },
  sectors: { component: page(SectorsPage), permission: P.sectors },
};
