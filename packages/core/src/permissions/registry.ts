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
  // Public uploads (a photo with a help request) wait until one of these accepts them.
  { key: "core.files.review", defaultRoles: ["admin", "regie"] },
  // The contact point's inbox (messages from the public contact form): seen and handled per neighbourhood scope.
  { key: "core.contact.view", defaultRoles: STAFF },
  { key: "core.contact.handle", defaultRoles: ["regie", "field_worker"] },
  // Internal notes on a message (they may say something about health or money): own permission, reads audit-logged.
  { key: "core.contact.notes", defaultRoles: ["regie", "field_worker"], sensitive: true },
] as const satisfies readonly PermissionDef[];

export type CorePermission = (typeof corePermissions)[number]["key"];

/** Core's permission of a key, if it is one (modules' permissions are on the platform, platform/create.ts). */
export function corePermission(key: string): PermissionDef | undefined {
  return (corePermissions as readonly PermissionDef[]).find((p) => p.key === key);
}

export function permissionLabelKey(key: string): string {
  return key.replaceAll(".", "_");
}
