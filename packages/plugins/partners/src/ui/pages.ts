import type { PluginUi } from "@zorgzaam/core/plugin";
import { actorPages } from "./actors/pages";
import { evaluationPages } from "./evaluation/pages";
import { mapPages } from "./map/pages";
import { networkPages } from "./network/pages";
import { transferPages } from "./transfer/pages";

/** Pages by path below /t/<slug>/partners, each with the permission it needs (the procedures check again). */
export const pages: PluginUi["pages"] = {
  ...mapPages,
  ...actorPages,
  ...networkPages,
  ...evaluationPages,
  ...transferPages,
};
