import { pluginProcedures } from "@zorgzaam/core/plugin";
import { manifest } from "../manifest";

/**
 * Every procedure of this module is built here: it requires its permission and an enabled module. Its documents (the
 * printables) go through core's document procedures and job (ADR 0033).
 */
export const { procedure, publicProcedure, limitedQuery, documentRouter, documentsJob } = pluginProcedures(manifest);
