import type { PluginUi } from "@zorgzaam/core/plugins/contract";

export const actorPages: PluginUi["pages"] = {};
