import { pluginProcedures } from "@zorgzaam/core/plugin";
import { manifest } from "../manifest";

/**
 * Every procedure of this module is built here: it requires its permission (or, public, its capability) and an
 * enabled module. The report PDF goes through core's document procedures and job (ADR 0033).
 */
export const { procedure, publicProcedure, documentRouter, documentsJob } = pluginProcedures(manifest);
