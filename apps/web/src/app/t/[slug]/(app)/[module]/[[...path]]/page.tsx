import type { PluginPageProps } from "@zorgzaam/core";
import { manifests } from "@zorgzaam/platform/manifests";
import { uiOf } from "@zorgzaam/platform/ui";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { buttonClass, EmptyState, ModuleIcon, PageHeader } from "@zorgzaam/ui";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { moduleCallers } from "@/trpc/server";
import { ClientMessages } from "@/i18n/client-messages";
import { matchModulePage } from "@/lib/module-pages";
import { getTenant, orPage } from "@/lib/tenant";

type Props = {
  params: Promise<{ slug: string; module: string; path?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page's own title from the module's catalog ("Buurtkaart"); the tenant layout adds " · <tenant>". */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { module, path = [] } = await params;
  const manifest = manifests.find((m) => m.id === module);
  const ui = manifest ? await uiOf(manifest.id) : null;
  if (!manifest || !ui) return {};
  const match = matchModulePage(ui.pages, path.map(decodeURIComponent));
  const t = await getTranslations(manifest.id);
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  return { title: match ? t(match.page.titleKey as never) : (manifest.name[locale] ?? manifest.name.nl) };
}

/**
 * Every module page: /t/<slug>/<module id>/<path>. The module must be installed, enabled for the tenant, and the
 * member must have the page's permission; the module's procedures check all of that again.
 */
export default async function ModulePage({ params, searchParams }: Props) {
  const { slug, module, path = [] } = await params;
  const manifest = manifests.find((m) => m.id === module);
  const ui = manifest ? await uiOf(manifest.id) : null;
  if (!manifest || !ui) notFound();
  const plugin = { manifest, ui };
  const home = await getTenant(slug);
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  const name = plugin.manifest.name[locale] ?? plugin.manifest.name.nl;
  if (!home.enabledModules.includes(plugin.manifest.id)) {
    const t = await getTranslations("modules");
    return (
      <>
        <PageHeader title={t("notEnabledTitle")} />
        <EmptyState
          title={
            <span className="inline-flex items-center gap-2">
              <ModuleIcon name={plugin.manifest.icon} />
              {name}
            </span>
          }
          action={
            home.permissions.includes("core.modules.manage") ? (
              <Link href={`/t/${slug}/modules`} className={buttonClass("primary")}>
                {t("toModules")}
              </Link>
            ) : undefined
          }
        >
          {t("notEnabled", { name })}
        </EmptyState>
      </>
    );
  }
  const match = matchModulePage(plugin.ui.pages, path.map(decodeURIComponent));
  if (!match) notFound();
  if (!home.permissions.includes(match.page.permission)) forbidden();

  const callers = await moduleCallers(slug);
  const sp = await searchParams;
  const props: PluginPageProps = {
    slug,
    ...callers(plugin.manifest.id),
    params: match.params,
    searchParams: Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
    permissions: home.permissions,
  };
  // Rendered here (not as <Page/>) so that a refusal from the module's procedures while the page loads its data
  // becomes the right page: 404 for foreign or missing ids, 403 for a missing permission.
  const page = await orPage(async () => (match.page.component as (p: PluginPageProps) => Promise<ReactNode> | ReactNode)(props));
  // The module's client components read its catalog; other pages do not carry it (i18n/client-messages.tsx).
  return <ClientMessages module={plugin.manifest.id}>{page}</ClientMessages>;
}
