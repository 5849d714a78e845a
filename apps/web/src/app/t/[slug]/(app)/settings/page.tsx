import { env } from "@zorgzaam/core";
import { PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { ConsentPurposes } from "./consent-purposes";
import { LogoCard } from "./logo-card";
import { PublicSiteForm } from "./public-site-form";
import { SettingsForm } from "./settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePermission(slug, "core.tenant.manage");
  const trpc = await api(slug);
  const [settings, purposes, site, members, contactMembers] = await Promise.all([
    orPage(() => trpc.tenant.settings()),
    orPage(() => trpc.consentPurposes.list()),
    orPage(() => trpc.publicSite.settings()),
    orPage(() => trpc.members.list()),
    orPage(() => trpc.contact.members()),
  ]);
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <SettingsForm settings={settings} />
      <PublicSiteForm
        slug={slug}
        settings={site}
        purposes={purposes.filter((p) => p.active).map((p) => ({ key: p.key, label: p.label[locale] }))}
        members={members
          .filter((m) => contactMembers.eligible.includes(m.id) || contactMembers.membershipIds.includes(m.id))
          .map((m) => ({ id: m.id, name: m.user.name ?? m.user.email }))}
        contactMembers={contactMembers.membershipIds}
      />
      <LogoCard
        slug={slug}
        hasLogo={site.logo}
        siteOn={site.capabilities.some((c) => c.key === "core.site" && c.enabled)}
        maxMb={env().FILES_MAX_MB}
      />
      <ConsentPurposes purposes={purposes.map((p) => ({ key: p.key, label: p.label[locale], source: p.source, active: p.active }))} />
    </>
  );
}
