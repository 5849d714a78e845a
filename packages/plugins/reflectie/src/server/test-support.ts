/**
 * Helpers for this module's integration tests (imported by *.int.test.ts only). Rows are set up with the owner client
 * from the repository's test fixtures; the code under test is called through its own router, as a member would.
 */
import { createCallerFactory, createContext } from "@zorgzaam/core";
import { ownerDb, sessionFor, type TenantFixture, type UserFixture } from "../../../../../test/fixtures";
import { reflectieRouter } from "./router";

export * from "../../../../../test/fixtures";

const factory = createCallerFactory(reflectieRouter);

/** The module's router as this member of this tenant. */
export function reflectie(user: UserFixture, tenant: Pick<TenantFixture, "slug">) {
  return factory(createContext({ session: sessionFor(user), tenantSlug: tenant.slug }));
}

export async function setEnabled(tenantId: string, enabled: boolean): Promise<void> {
  await ownerDb().tenantModule.upsert({
    where: { tenantId_moduleId: { tenantId, moduleId: "reflectie" } },
    create: { tenantId, moduleId: "reflectie", enabled },
    update: { enabled },
  });
}
