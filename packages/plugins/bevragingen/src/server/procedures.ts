import { pluginProcedures } from "@zorgzaam/core/plugin";
import { manifest } from "../manifest";

/**
 * Every procedure of this module is built here: it requires its permission (or a public switch) and an enabled module;
 * an outbox-capable one also runs once per idempotency key (ADR 0028).
 */
export const { procedure, publicProcedure, outboxProcedure, documentRouter, documentsJob } = pluginProcedures(manifest);
