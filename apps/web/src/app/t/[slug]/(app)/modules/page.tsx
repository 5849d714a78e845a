import { Badge, Card, EmptyState, ModuleIcon, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { orPage, requirePermission } from "@/lib/tenant";
import { webPlatform } from "@/server/platform";
import { moduleNavigation } from "@/shell/navigation";
import { serverApi } from "@/trpc/server";
import { ModuleSettingsForm } from "./module-settings-form";
import { ModuleToggle } from "./module-toggle";
import { PublicSwitches } from "./public-switches";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("modules"))("title") };
}

export default async function ModulesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const home = await requirePermission(slug, "core.modules.manage");
  const modules = await orPage(async () => (await serverApi(slug)).modules.list());
  // A module's name links to its start page only when the reader may open it (an admin may manage a module whose
  // pages hold residents' data she does not see).
  // A module's name links to the first of its pages the reader may open (its list, or only "kinds" for an admin).
  const openable = new Map<string, string>();
  for (const e of moduleNavigation(webPlatform().plugins, home.enabledModules, home.permissions)) {
    const id = e.href.split("/")[1] as string;
    if (!openable.has(id)) openable.set(id, e.href);
  }
  const t = await getTranslations("modules");
  const format = await getFormatter();
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  const nameOf = (id: string) => modules.find((m) => m.id === id)?.name[locale] ?? id;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {modules.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <ul className="space-y-4">
          {modules.map((m) => (
            <li key={m.id}>
              <Card
                title={
                  <span className="flex flex-wrap items-center gap-2">
                    <ModuleIcon name={m.icon} />
                    {m.enabled && openable.has(m.id) ? (
                      <Link href={`/t/${slug}${openable.get(m.id)}`}>{m.name[locale]}</Link>
                    ) : (
                      m.name[locale]
                    )}
                    <Badge tone={m.enabled ? "good" : "neutral"}>{m.enabled ? t("enabled") : t("disabled")}</Badge>
                  </span>
                }
                actions={<ModuleToggle id={m.id} name={m.name[locale]} enabled={m.enabled} />}
              >
                <p className="text-slate-800">{m.description[locale]}</p>
                {m.dependsOn.length ? (
                  <p className="mt-1 text-sm text-slate-700">{t("dependsOn", { names: m.dependsOn.map(nameOf).join(", ") })}</p>
                ) : null}
                {m.changedAt ? (
                  <p className="mt-1 text-sm text-slate-700">
                    {t("changed", { date: format.dateTime(m.changedAt, { dateStyle: "medium", timeStyle: "short" }) })}
                  </p>
                ) : null}
                <PublicSwitches switches={m.publicCapabilities.map((c) => ({ key: c.key, label: c.label[locale], enabled: c.enabled }))} />
                <ModuleSettingsForm id={m.id} name={m.name[locale]} schema={m.settingsSchema} texts={m.settingsTexts} values={m.settings} />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
