import { definePlugin } from "@zorgzaam/core/plugin";
import { manifest } from "./manifest";
import { messages } from "./messages/index";
import { server } from "./server";
import { ui } from "./ui";

/** The whole module, its four entry points together, for its own tests and the contract checks. */
export const buurtanalysePlugin = definePlugin({ manifest, server, ui, messages });
