import type { AnyRouter } from "@trpc/server";
import { coreJobs } from "../jobs/core-jobs";
import type { AnyJobDef } from "../jobs/define";
import type { ModuleSchedule } from "../jobs/schedule";
import { LOCALES } from "../i18n/locales";
import { corePermissions, type PermissionDef } from "../permissions/registry";
import type { Locale, Localised, MessageCatalog, PluginManifest, PluginServer } from "../plugins/contract";
import { assertManifest } from "../plugins/manifest";
import { coreRouters } from "../routers/index";
import { CORE_PUBLIC_FIELDS, type PublicFieldRule } from "../public/fields";
import { CORE_SENSITIVE_FIELDS, type SensitiveFieldRule } from "../sensitive/fields";
import { router } from "../trpc/init";
import { CAPABILITY_KEY, CORE_PUBLIC_CAPABILITIES } from "../public/capabilities";

/**
 * What the platform needs of a module: its manifest, its server part and its catalogs. Never its UI: the worker,
 * the seed and the tests build a platform without loading a React component.
 */
export interface PlatformModule<M extends PluginManifest = PluginManifest, R extends AnyRouter = AnyRouter> {
  manifest: M;
  server: PluginServer<R>;
  messages: Record<Locale, MessageCatalog>;
}

/** Each module's router under its id, typed from the module list. */
export type ModuleRouters<P extends readonly PlatformModule[]> = {
  [Mod in P[number] as Mod["manifest"]["id"]]: Mod["server"]["router"];
};

/** The app router of a module list: core's routers and one router per module, under the module's id. */
export type AppRouterOf<P extends readonly PlatformModule[]> = ReturnType<typeof router<typeof coreRouters & ModuleRouters<P>>>;

export interface PlatformOptions {
  /** Extra jobs without a module (a test's own jobs, a tool's). Core's jobs are always there. */
  jobs?: readonly AnyJobDef[];
}

/**
 * The platform: core plus a fixed list of modules, with everything derived from that list worked out once. It is a
 * plain value: build it with createPlatform in an entry point (web, worker, seed, a test), hand it to whoever needs it
 * and, where core code runs without a caller to hand it over (the tRPC middleware, the job worker), install it with
 * installPlatform. Nothing is registered by importing a module.
 */
export interface Platform<P extends readonly PlatformModule[] = readonly PlatformModule[]> {
  /** The modules, in dependency order (a module after those it depends on). */
  readonly plugins: P;
  plugin(id: string): PlatformModule | undefined;
  /** The whole API: core's routers and one router per module under its id. */
  readonly router: AppRouterOf<P>;
  /** Core's permissions and every module's. */
  readonly permissions: readonly PermissionDef[];
  permission(key: string): PermissionDef | undefined;
  /** The permissions a set of roles has, given the tenant's overrides (role -> permission -> granted). */
  effectivePermissions(roles: readonly string[], overrides: readonly { role: string; permission: string; granted: boolean }[]): Set<string>;
  /** Core's jobs, every module's and the extra ones. */
  readonly jobs: readonly AnyJobDef[];
  job(name: string): AnyJobDef | undefined;
  /** Every module's per-tenant schedules (PluginServer.schedules). */
  readonly schedules: readonly { id: string; schedules?: readonly ModuleSchedule[] }[];
  /** Core's sensitive fields and every module's. */
  readonly sensitiveFields: readonly SensitiveFieldRule[];
  /** Core's and every module's public fields (public/fields.ts). */
  readonly publicFields: readonly PublicFieldRule[];
  /** The consent purposes the modules ask for, with the module that asks. */
  readonly consentPurposes: readonly { module: string; key: string; label: Localised }[];
  /** Core's public capabilities and every module's (`publicCapabilities`), with the module ("core" for core's). */
  readonly publicCapabilities: readonly { module: string; key: string; label: Localised }[];
  /** Each module's catalog under its id, per locale (the web app mounts them beside its own). */
  readonly catalogs: Readonly<Record<Locale, Readonly<Record<string, MessageCatalog>>>>;
}

const PERMISSION_KEY = /^[a-z][a-z0-9_-]*\.[a-z][a-zA-Z0-9_]*\.[a-z][a-zA-Z0-9_]*$/;

/** The permissions of a set of roles among defs, given a tenant's overrides. */
export function effectivePermissionsOf(
  defs: readonly PermissionDef[],
  roles: readonly string[],
  overrides: readonly { role: string; permission: string; granted: boolean }[],
): Set<string> {
  const result = new Set<string>();
  for (const def of defs) {
    for (const role of roles) {
      const o = overrides.find((x) => x.role === role && x.permission === def.key);
      const granted = o ? o.granted : (def.defaultRoles as readonly string[]).includes(role);
      if (granted) {
        result.add(def.key);
        break;
      }
    }
  }
  return result;
}

/**
 * Builds the platform of a module list. Throws, naming the problem, on an invalid manifest, two modules with one id,
 * a dependency that is missing or listed later, two jobs with one name, or a job of a module outside its scope.
 */
export function createPlatform<const P extends readonly PlatformModule[]>(plugins: P, options: PlatformOptions = {}): Platform<P> {
  const byId = new Map<string, PlatformModule>();
  for (const p of plugins) {
    assertManifest(p.manifest);
    if (byId.has(p.manifest.id)) throw new Error(`Two modules use the id "${p.manifest.id}"`);
    for (const dep of p.manifest.dependsOn) {
      if (!byId.has(dep)) throw new Error(`Module "${p.manifest.id}" depends on "${dep}", which is not listed before it`);
    }
    byId.set(p.manifest.id, p);
  }

  const permissions = new Map<string, PermissionDef>(corePermissions.map((d) => [d.key, d]));
  for (const p of plugins) {
    for (const def of p.manifest.permissions) {
      if (!PERMISSION_KEY.test(def.key)) throw new Error(`Permission ${def.key} must look like <scope>.<resource>.<action>`);
      if (permissions.has(def.key)) throw new Error(`Permission ${def.key} is declared twice`);
      permissions.set(def.key, def);
    }
  }

  for (const p of plugins) {
    for (const c of p.manifest.publicCapabilities ?? []) {
      if (!CAPABILITY_KEY.test(c.key) || c.key.split(".")[0] !== p.manifest.id)
        throw new Error(`Public capability ${c.key} of module "${p.manifest.id}" must look like ${p.manifest.id}.<name>`);
    }
  }

  const jobs = new Map<string, AnyJobDef>();
  const addJob = (def: AnyJobDef, owner: string | null) => {
    if (owner && def.scope !== owner) throw new Error(`Module "${owner}" lists job "${def.name}" of another scope`);
    const existing = jobs.get(def.name);
    if (existing && existing !== def) throw new Error(`Two jobs use the name "${def.name}": job names must be unique`);
    jobs.set(def.name, def);
  };
  for (const def of coreJobs) addJob(def, null);
  for (const p of plugins) for (const def of p.server.jobs) addJob(def, p.manifest.id);
  for (const def of options.jobs ?? []) addJob(def, null);

  const moduleRouters = Object.fromEntries(plugins.map((p) => [p.manifest.id, p.server.router])) as ModuleRouters<P>;
  const permissionList = [...permissions.values()];

  return Object.freeze({
    plugins,
    plugin: (id: string) => byId.get(id),
    router: router({ ...coreRouters, ...moduleRouters }) as AppRouterOf<P>,
    permissions: permissionList,
    permission: (key: string) => permissions.get(key),
    effectivePermissions: (roles: readonly string[], overrides: readonly { role: string; permission: string; granted: boolean }[]) =>
      effectivePermissionsOf(permissionList, roles, overrides),
    jobs: [...jobs.values()],
    job: (name: string) => jobs.get(name),
    schedules: plugins.map((p) => ({ id: p.manifest.id, schedules: p.server.schedules })),
    sensitiveFields: [...CORE_SENSITIVE_FIELDS, ...plugins.flatMap((p) => p.server.sensitiveFields ?? [])],
    publicFields: [...CORE_PUBLIC_FIELDS, ...plugins.flatMap((p) => p.server.publicFields ?? [])],
    publicCapabilities: [
      ...CORE_PUBLIC_CAPABILITIES.map((c) => ({ module: "core", ...c })),
      ...plugins.flatMap((p) => (p.manifest.publicCapabilities ?? []).map((c) => ({ module: p.manifest.id, ...c }))),
    ],
    consentPurposes: plugins.flatMap((p) => (p.manifest.consentPurposes ?? []).map((c) => ({ module: p.manifest.id, ...c }))),
    catalogs: Object.fromEntries(LOCALES.map((l) => [l, Object.fromEntries(plugins.map((p) => [p.manifest.id, p.messages[l]]))])) as Record<
      Locale,
      Record<string, MessageCatalog>
    >,
  });
}
