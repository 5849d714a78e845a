import type { Role } from "./roles";

/**
 * Permission keys are `<scope>.<resource>.<action>`; the scope is "core" or a plugin id. Labels are i18n keys in the
 * "permissions" namespace of the message catalogs (the key with dots replaced by underscores).
 */
export type PermissionKey = `${string}.${string}.${string}`;

export interface PermissionDef {
  key: PermissionKey;
  /** Roles that have this permission unless the tenant changes it. */
  defaultRoles: readonly Role[];
  /** Reading data under this permission is audit-logged. */
  sensitive?: boolean;
}

const ALL: readonly Role[] = ["admin", "regie", "field_worker", "partner", "volunteer"];
const STAFF: readonly Role[] = ["admin", "regie", "field_worker"];

export const corePermissions = [
  { key: "core.tenant.view", defaultRoles: ALL },
  { key: "core.tenant.manage", defaultRoles: ["admin"] },
  { key: "core.members.view", defaultRoles: ["admin", "regie"] },
  { key: "core.members.manage", defaultRoles: ["admin"] },
  { key: "core.roles.manage", defaultRoles: ["admin"] },
  { key: "core.modules.manage", defaultRoles: ["admin", "regie"] },
  { key: "core.neighbourhoods.view", defaultRoles: ALL },
  { key: "core.neighbourhoods.manage", defaultRoles: ["admin", "regie"] },
  { key: "core.organisations.view", defaultRoles: ALL },
  { key: "core.organisations.manage", defaultRoles: ["admin", "regie"] },
  { key: "core.people.view", defaultRoles: STAFF },
  { key: "core.people.manage", defaultRoles: STAFF },
  { key: "core.people.sensitive", defaultRoles: ["regie", "field_worker"], sensitive: true },
  // The export holds everything about a person, notes included: reading it is audit-logged.
  { key: "core.people.export", defaultRoles: ["admin", "regie"], sensitive: true },
  { key: "core.people.erase", defaultRoles: ["admin"] },
  { key: "core.consents.manage", defaultRoles: STAFF },
  { key: "core.audit.view", defaultRoles: ["admin"] },
] as const satisfies readonly PermissionDef[];

export type CorePermission = (typeof corePermissions)[number]["key"];

/** The permission registry of this process: core's permissions plus those of registered plugins. */
const registry = new Map<string, PermissionDef>(corePermissions.map((p) => [p.key, p]));

export function registerPermissions(scope: string, defs: readonly PermissionDef[]): void {
  for (const def of defs) {
    if (!def.key.startsWith(`${scope}.`)) throw new Error(`Permission ${def.key} must start with "${scope}."`);
    if (!/^[a-z][a-z0-9_-]*\.[a-z][a-zA-Z0-9_]*\.[a-z][a-zA-Z0-9_]*$/.test(def.key)) {
      throw new Error(`Permission ${def.key} must look like <scope>.<resource>.<action>`);
    }
    registry.set(def.key, def);
  }
}

export function allPermissions(): PermissionDef[] {
  return [...registry.values()];
}

export function getPermission(key: string): PermissionDef | undefined {
  return registry.get(key);
}

export function permissionLabelKey(key: string): string {
  return key.replaceAll(".", "_");
}

/** The permissions a set of roles has, given the tenant's overrides (role -> permission -> granted). */
export function effectivePermissions(
  roles: readonly string[],
  overrides: readonly { role: string; permission: string; granted: boolean }[],
): Set<string> {
  const result = new Set<string>();
  for (const def of registry.values()) {
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
