import { PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { NeighbourhoodForm } from "../neighbourhood-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("neighbourhoods"))("newTitle") };
}

export default async function NewNeighbourhoodPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePermission(slug, "core.neighbourhoods.manage");
  const mapConfig = await orPage(async () => (await api(slug)).tenant.mapConfig());
  const t = await getTranslations("neighbourhoods");
  return (
    <>
      <p className="mb-2">
        <Link href={`/t/${slug}/neighbourhoods`}>← {t("backToList")}</Link>
      </p>
      <PageHeader title={t("newTitle")} description={t("newIntro")} />
      <NeighbourhoodForm slug={slug} mapConfig={mapConfig} initial={{ name: "", description: "", sectorCodes: [], boundary: null }} />
    </>
  );
}
