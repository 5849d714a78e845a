import type { PluginUi } from "@zorgzaam/core/plugins/contract";

/** Placeholder: the network pages are being built (issue 4). */
export const networkPages: PluginUi["pages"] = {};
