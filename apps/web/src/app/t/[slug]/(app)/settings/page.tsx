import { PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { SettingsForm } from "./settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePermission(slug, "core.tenant.manage");
  const settings = await orPage(async () => (await api(slug)).tenant.settings());
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <SettingsForm settings={settings} />
    </>
  );
}
