import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getSessionUser } from "@/auth/session";
import { currentPath } from "@/lib/path";
import { getTenant } from "@/lib/tenant";
import { AppShell } from "@/shell/app-shell";
import { moduleNavigation, visibleNavigation } from "@/shell/navigation";
import { serverApi } from "@/trpc/server";
import { webPlatform } from "@/server/platform";
import { Procedures } from "@/server/procedures";

/** Every page of a workspace is titled "<page> · <workspace>" ("Buurtkaart · Gemeente Zonnedal"). */
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  if (!(await getSessionUser())) return {};
  const { tenant } = await getTenant(slug);
  return { title: { template: `%s · ${tenant.name}`, default: tenant.name } };
}

export default async function TenantLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(await currentPath())}`);
  const home = await getTenant(slug);
  const tenants = await (await serverApi()).me.tenants();
  const t = await getTranslations();
  const core = visibleNavigation(home.permissions);
  // Module entries sit after the overview and before the administration pages.
  const modules = moduleNavigation(webPlatform().plugins, home.enabledModules, home.permissions);
  const entries = [core[0], ...modules, ...core.slice(1)].filter((e) => e !== undefined);
  // The contact point's entry says how many messages are new (the in-app notice).
  const label = (e: (typeof entries)[number]) =>
    e.href === "/contact" && home.contactNew > 0
      ? `${t(e.labelKey)} (${t("contactPoint.newCount", { count: home.contactNew })})`
      : t(e.labelKey);
  const nav = entries.map((e) => ({ href: `/t/${slug}${e.href}`, label: label(e), icon: e.icon }));
  return (
    <Procedures>
      <AppShell tenant={home.tenant} tenants={tenants} nav={nav} user={user} path={await currentPath()}>
        {children}
      </AppShell>
    </Procedures>
  );
}
