import type { PluginUi } from "@zorgzaam/core/plugins/contract";

export const cards: PluginUi["cards"] = [];
