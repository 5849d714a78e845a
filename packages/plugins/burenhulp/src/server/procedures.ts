import { pluginProcedures } from "@zorgzaam/core/plugin";
import { manifest } from "../manifest";

/** Every procedure of this module is built here: it requires its permission and an enabled module. */
export const { procedure, publicProcedure, limitedQuery } = pluginProcedures(manifest);
