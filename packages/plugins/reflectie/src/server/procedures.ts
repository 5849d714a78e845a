import { pluginProcedures } from "@zorgzaam/core/plugin";
import { manifest } from "../manifest";

/**
 * Every procedure of this module is built here: it requires its permission and an enabled module. Its documents (the
 * report PDF) go through core's document procedures and job (ADR 0033).
 */
export const { procedure, documentRouter, documentsJob } = pluginProcedures(manifest);
