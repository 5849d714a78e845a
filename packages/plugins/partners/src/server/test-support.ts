/**
 * Helpers for this module's integration tests (imported by *.int.test.ts only). Rows are set up with the owner client
 * from the repository's test fixtures; the code under test is called through its own router, as a member would.
 */
import { createCallerFactory, createContext } from "@zorgzaam/core";
import { ownerDb, sessionFor, type TenantFixture, type UserFixture } from "../../../../../test/fixtures";
import type { RelationshipStatus } from "../domain";
import { partnersRouter } from "./router";
import { ensureDefaultSectors } from "./sectors";

export * from "../../../../../test/fixtures";

const factory = createCallerFactory(partnersRouter);

/** The module's router as this member of this tenant. */
export function partners(user: UserFixture, tenant: Pick<TenantFixture, "slug">) {
  return factory(createContext({ session: sessionFor(user), tenantSlug: tenant.slug }));
}

/** Enables (or disables) the module; enabling also gives the tenant its default sectors, as the Modules page does. */
export async function setEnabled(tenantId: string, enabled: boolean): Promise<void> {
  await ownerDb().tenantModule.upsert({
    where: { tenantId_moduleId: { tenantId, moduleId: "partners" } },
    create: { tenantId, moduleId: "partners", enabled },
    update: { enabled },
  });
  if (enabled) await ensureDefaultSectors(ownerDb(), tenantId);
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
