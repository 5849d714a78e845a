/**
 * The test kit (@zorgzaam/core/testing) bound to this platform for the cross-cutting tests in this folder: the
 * platform installed by test/setup-platform.ts (core and every module) gives the router (callers, the procedure
 * listing) and the modules (enabled and seeded for a tenant). Everything else is the kit's, re-exported as it is.
 */
import type { AppPlatform } from "@zorgzaam/platform";
import type { Locale } from "../packages/core/src/i18n/locales";
import { installedPlatform } from "../packages/core/src/platform/installed";
import * as kit from "../packages/core/src/testing/index";
import type { SessionUser } from "../packages/core/src/trpc/context";

export * from "../packages/core/src/testing/index";

/**
 * The platform of this test process (core and every module), installed by test/setup-platform.ts before the test
 * file is loaded; appRouter is its whole API.
 */
export const platform = installedPlatform() as AppPlatform;
export const appRouter = platform.router;

/** A server-side caller of the whole app router, as the given session on the given tenant's pages. */
export function callerFor(session: SessionUser | null, tenantSlug: string | null, opts: { locale?: Locale } = {}) {
  return kit.routerCaller(appRouter, session, tenantSlug, opts);
}

/** Every procedure of the app router (so new routers and modules are covered automatically), or of another router. */
export function listProcedures(router: Parameters<typeof kit.listProcedures>[0] = appRouter): kit.RouterProcedure[] {
  return kit.listProcedures(router);
}

/** Enables modules for a tenant (rows only): by default every module of the platform, and every public capability. */
export async function enableAllModules(tenantId: string, moduleIds?: readonly string[]): Promise<string[]> {
  const ids = await kit.enableModules(tenantId, moduleIds ?? platform.plugins);
  // Every public capability too, so generated tests reach the public procedures behind their gate.
  if (!moduleIds) await kit.enablePublicCapabilities(tenantId);
  return ids;
}

/** Gives every table of every module of the platform rows of this tenant (each module enabled, its seed run). */
export function seedModules(t: kit.TenantFixture): Promise<void> {
  return kit.seedModules(t, platform.plugins);
}
