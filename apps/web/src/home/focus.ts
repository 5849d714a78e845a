import type { HomeFocus } from "@zorgzaam/core";

/**
 * Whose "Mijn werk" a member gets, from her roles: the broadest one wins (a coordinator who is also a field worker sees
 * the whole workspace). Admins get the coordinator's overview: they set the workspace up.
 */
export function homeFocus(roles: readonly string[]): Exclude<HomeFocus, "neighbourhood"> {
  if (roles.includes("regie") || roles.includes("admin")) return "coordinator";
  if (roles.includes("field_worker")) return "field_worker";
  if (roles.includes("partner")) return "partner";
  return "volunteer";
}
