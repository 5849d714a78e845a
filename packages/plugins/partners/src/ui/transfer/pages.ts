import type { PluginUi } from "@zorgzaam/core/plugins/contract";

/** Placeholder: the transfer pages are being built (issue 4). */
export const transferPages: PluginUi["pages"] = {};
