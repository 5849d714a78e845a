import type { PluginUi } from "@zorgzaam/core/plugins/contract";

/** Placeholder: the map pages are being built (issue 4). */
export const mapPages: PluginUi["pages"] = {};
