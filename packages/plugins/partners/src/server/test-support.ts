/**
 * This module's integration tests on the platform's test kit: the kit itself (fixtures, owner client, callers...), the
 * module's caller as a member, switching the module on as the Modules page does (its onEnable gives the tenant its
 * default sectors), and actor rows made directly.
 */
import { installModules, moduleCaller, ownerDb, setModuleEnabled } from "@zorgzaam/core/testing";
import { partnersPlugin } from "../definition";
import type { RelationshipStatus } from "../domain";
import { partnersRouter } from "./router";

export * from "@zorgzaam/core/testing";

installModules([partnersPlugin]);

/** The module's router as this member of this tenant. */
export const partners = moduleCaller(partnersRouter);

/** Enables (with the module's onEnable, as the Modules page does) or disables the module for a tenant. */
export function setEnabled(tenantId: string, enabled: boolean): Promise<void> {
  return setModuleEnabled(tenantId, partnersPlugin, enabled);
}

/** An actor row made directly (owner client), for tests that need a known network without going through the API. */
export async function makeActor(
  tenantId: string,
  data: {
    name: string;
    kind?: string;
    status?: RelationshipStatus;
    sectorKeys?: string[];
    organisationId?: string | null;
    visibility?: "partnership" | "organisation";
    lat?: number | null;
    lng?: number | null;
    neighbourhoodIds?: string[];
    personId?: string | null;
    missing?: boolean;
    tags?: string[];
    createdAt?: Date;
  },
): Promise<{ id: string }> {
  return ownerDb().partnersActor.create({
    data: { tenantId, kind: "organisation", ...data, ...(data.createdAt ? { statusChangedAt: data.createdAt } : {}) },
    select: { id: true },
  });
}
