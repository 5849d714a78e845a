import { pluginProcedures } from "@zorgzaam/core/plugin";
import { manifest } from "../manifest";

/** Every procedure of this module is built here: it requires its permission (or a public switch) and an enabled module. */
export const { procedure, publicProcedure } = pluginProcedures(manifest);
