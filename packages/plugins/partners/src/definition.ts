import { fileURLToPath } from "node:url";
import { definePlugin } from "@zorgzaam/core/plugin";
import { loadModulePages } from "@zorgzaam/core/testing";
import { manifest } from "./manifest";
import { messages } from "./messages/index";
import { server } from "./server";
import { ui } from "./ui";

/**
 * The whole module, its entry points together, for its own tests and the contract checks. No process loads
 * this: the web app, the worker and the seed take the entry points they need (packages/platform/src).
 */
export const partnersPlugin = definePlugin({
  manifest,
  server,
  ui,
  // Its pages, from its page files (src/pages/<path>/page.tsx): the same files the web app makes routes of.
  pages: await loadModulePages(fileURLToPath(new URL("..", import.meta.url))),
  messages,
});
