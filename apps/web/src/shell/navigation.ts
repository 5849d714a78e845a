import type { ModuleIconName } from "@zorgzaam/ui/icon-names";

/** Core navigation; each entry shows only to members with its permission (computed on the server). */
export interface NavEntry {
  href: string;
  labelKey: string;
  permission: string;
  /** A module's start page carries the module's icon. */
  icon?: ModuleIconName;
}

export const coreNavigation: NavEntry[] = [
  { href: "", labelKey: "nav.home", permission: "core.tenant.view" },
  { href: "/neighbourhoods", labelKey: "nav.neighbourhoods", permission: "core.neighbourhoods.view" },
  { href: "/organisations", labelKey: "nav.organisations", permission: "core.organisations.view" },
  { href: "/people", labelKey: "nav.people", permission: "core.people.view" },
  { href: "/contact", labelKey: "nav.contact", permission: "core.contact.view" },
  { href: "/members", labelKey: "nav.members", permission: "core.members.view" },
  { href: "/roles", labelKey: "nav.roles", permission: "core.roles.manage" },
  { href: "/audit", labelKey: "nav.audit", permission: "core.audit.view" },
  { href: "/modules", labelKey: "nav.modules", permission: "core.modules.manage" },
  { href: "/settings", labelKey: "nav.settings", permission: "core.tenant.manage" },
];

export function visibleNavigation(permissions: readonly string[]): NavEntry[] {
  return coreNavigation.filter((e) => permissions.includes(e.permission));
}

/**
 * Module entries: for every module enabled in the tenant, the navigation entries whose permission the member has.
 * Labels are keys in the module's catalog (namespace = module id).
 */
export function moduleNavigation(
  plugins: readonly {
    manifest: { id: string; icon: ModuleIconName; navigation: readonly { path: string; labelKey: string; permission: string }[] };
  }[],
  enabled: readonly string[],
  permissions: readonly string[],
): NavEntry[] {
  return plugins
    .filter((p) => enabled.includes(p.manifest.id))
    .flatMap((p) =>
      p.manifest.navigation
        .filter((n) => permissions.includes(n.permission))
        .map((n) => ({
          href: `/${p.manifest.id}${n.path ? `/${n.path}` : ""}`,
          labelKey: `${p.manifest.id}.${n.labelKey}`,
          permission: n.permission,
          ...(n.path === "" ? { icon: p.manifest.icon } : {}),
        })),
    );
}
