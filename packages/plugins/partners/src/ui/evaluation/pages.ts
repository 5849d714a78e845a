import type { PluginUi } from "@zorgzaam/core/plugins/contract";

/** Placeholder: the evaluation pages are being built (issue 4). */
export const evaluationPages: PluginUi["pages"] = {};
