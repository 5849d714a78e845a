/** Tenant-level roles. The platform operator is a flag on the user, not a tenant role. */
export const ROLES = ["admin", "regie", "field_worker", "partner", "volunteer"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles that see the whole tenant even when the membership lists neighbourhoods. */
export const TENANT_WIDE_ROLES: readonly Role[] = ["admin", "regie"];
