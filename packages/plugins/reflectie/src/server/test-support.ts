/**
 * This module's integration tests on the platform's test kit: the kit itself (fixtures, owner client, callers...) and
 * the module's caller as a member.
 */
import { installModules, moduleCaller, setModulesEnabled } from "@zorgzaam/core/testing";
import { reflectiePlugin } from "../definition";
import { manifest } from "../manifest";
import { reflectieRouter } from "./router";

export * from "@zorgzaam/core/testing";

installModules([reflectiePlugin]);

/** The module's router as this member of this tenant. */
export const reflectie = moduleCaller(reflectieRouter);

/** Switches the module on or off for a tenant (the row only: the starter set is not copied). */
export function setEnabled(tenantId: string, enabled: boolean): Promise<void> {
  return setModulesEnabled(tenantId, [manifest.id], enabled);
}
