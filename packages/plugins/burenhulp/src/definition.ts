import { fileURLToPath } from "node:url";
import { definePlugin } from "@zorgzaam/core/plugin";
import { loadModulePages } from "@zorgzaam/core/testing";
import { manifest } from "./manifest";
import { messages } from "./messages/index";
import { server } from "./server";
import { ui } from "./ui";

/** The whole module, its four entry points together, for its own tests and the contract checks. */
export const burenhulpPlugin = definePlugin({
  manifest,
  server,
  ui,
  // Its pages, from its page files (src/pages/<path>/page.tsx): the same files the web app makes routes of.
  pages: await loadModulePages(fileURLToPath(new URL("..", import.meta.url))),
  messages,
});
