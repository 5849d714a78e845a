import { definePlugin } from "@zorgzaam/core/plugin";
import { manifest } from "./manifest";
import { messages } from "./messages/index";
import { server } from "./server";
import { ui } from "./ui";

/**
 * The whole module, its entry points together, for its own tests and the contract checks. No process loads
 * this: the web app, the worker and the seed take the entry points they need (packages/platform/src).
 */
export const reflectiePlugin = definePlugin({ manifest, server, ui, messages });
