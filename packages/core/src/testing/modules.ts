/**
 * Modules for a tenant in tests: switched on or off (the TenantModule row, owner client), optionally with the module's
 * own onEnable/onDisable hook as the Modules page runs it, and given rows through the module's demo seed. The modules
 * are always passed in (the platform's list, or one module's definition): the kit reads no process-wide registry.
 */
import { ROLES } from "../permissions/roles";
import type { AnyJobDef } from "../jobs/define";
import { createPlatform, type Platform, type PlatformModule } from "../platform/create";
import { installedPlatform, installPlatform } from "../platform/installed";
import type { PluginServer, SeedContext, TenantHookContext } from "../plugins/contract";
import { tenantHookContext } from "../plugins/procedures";
import { ownerDb } from "./db";
import type { TenantFixture } from "./factories";

/** What the kit needs of a module: its id, and its hooks or seed when asked to run them. */
export interface ModuleRef {
  manifest: { id: string };
  server?: Partial<Pick<PluginServer, "onEnable" | "onDisable" | "seed">>;
}

/**
 * Builds the platform of these modules (and extra test jobs) and installs it in this test process, as the web app and
 * the worker do at start: a module's own tests install just that module (test/setup-platform.ts installs the whole
 * installation before every file). Core's code that looks a module up (the Modules page, the worker, personal data,
 * sensitive fields, the role gate) then finds exactly these.
 */
export function installModules<const P extends readonly PlatformModule[]>(
  modules: P,
  opts: { jobs?: readonly AnyJobDef[] } = {},
): Platform<P> {
  return installPlatform(createPlatform(modules, opts));
}

const idOf = (m: string | ModuleRef) => (typeof m === "string" ? m : m.manifest.id);

/** Enables or disables modules for a tenant (owner client; creates the row when missing). Rows only, no hooks. */
export async function setModulesEnabled(tenantId: string, modules: readonly (string | ModuleRef)[], enabled: boolean): Promise<void> {
  const db = ownerDb();
  for (const moduleId of modules.map(idOf)) {
    await db.tenantModule.upsert({
      where: { tenantId_moduleId: { tenantId, moduleId } },
      create: { tenantId, moduleId, enabled },
      update: { enabled, changedAt: new Date() },
    });
  }
}

/** Enables these modules for a tenant (rows only) and returns their ids. */
export async function enableModules(tenantId: string, modules: readonly (string | ModuleRef)[]): Promise<string[]> {
  const ids = modules.map(idOf);
  await setModulesEnabled(tenantId, ids, true);
  return ids;
}

/**
 * Switches one module on or off as the Modules page does: the row, then the module's onEnable/onDisable hook in the
 * same transaction (owner client), then what the hook left for after the commit.
 */
export async function setModuleEnabled(tenantId: string, module: ModuleRef, enabled: boolean): Promise<void> {
  const moduleId = module.manifest.id;
  const hook = enabled ? module.server?.onEnable : module.server?.onDisable;
  const later: (() => Promise<void>)[] = [];
  // A hook may copy a module's starter data (reflectie's question set): a busy test machine must not time it out.
  await ownerDb().$transaction(
    async (tx) => {
      await tx.tenantModule.upsert({
        where: { tenantId_moduleId: { tenantId, moduleId } },
        create: { tenantId, moduleId, enabled },
        update: { enabled, changedAt: new Date() },
      });
      const ctx: TenantHookContext = tenantHookContext({ moduleId, tenantId, tx, actorUserId: null, afterCommit: (fn) => later.push(fn) });
      await hook?.(ctx);
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
  for (const fn of later) await fn();
}

/**
 * Gives every table of these modules rows of this tenant: each module is enabled and its demo seed runs with the
 * fixture's members (one per role). Isolation tests then cover module tables without knowing them.
 */
export async function seedModules(t: TenantFixture, modules: readonly ModuleRef[]): Promise<void> {
  await enableModules(t.id, modules);
  const usersByRole: SeedContext["usersByRole"] = Object.fromEntries(
    ROLES.map((r) => [r, [{ id: t.users[r].id, email: t.users[r].email, name: null }]]),
  );
  for (const m of modules) {
    await m.server?.seed?.({ db: ownerDb(), tenant: { id: t.id, slug: t.slug, defaultLocale: "nl" }, usersByRole });
  }
}

/**
 * Switches public capabilities on for a tenant ("publiek zichtbaar"; owner client): by default every capability of
 * the installed platform, core's and the modules'.
 */
export async function enablePublicCapabilities(tenantId: string, keys?: readonly string[]): Promise<string[]> {
  const all = keys ?? installedPlatform().publicCapabilities.map((c) => c.key);
  const t = await ownerDb().tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { publicCapabilities: true } });
  const caps = [...new Set([...t.publicCapabilities, ...all])].sort();
  await ownerDb().tenant.update({ where: { id: tenantId }, data: { publicCapabilities: caps } });
  return [...all];
}

/** Switches public capabilities off for a tenant (owner client). */
export async function disablePublicCapabilities(tenantId: string, keys: readonly string[]): Promise<void> {
  const t = await ownerDb().tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { publicCapabilities: true } });
  await ownerDb().tenant.update({
    where: { id: tenantId },
    data: { publicCapabilities: t.publicCapabilities.filter((k) => !keys.includes(k)) },
  });
}
