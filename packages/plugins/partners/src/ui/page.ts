import type { PluginUi } from "@zorgzaam/core/plugin";

type Page = PluginUi["pages"][string]["component"];

/** Server components are async functions; React's ComponentType does not describe that yet. */
export const page = (c: unknown) => c as Page;
