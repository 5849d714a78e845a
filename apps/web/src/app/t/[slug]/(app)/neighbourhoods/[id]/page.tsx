import { Card, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BoundaryMap } from "@/components/map/boundary-map";
import { DetailList } from "@/components/detail-list";
import { formatGeoJson, previewGeometry } from "@zorgzaam/ui/map";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { DeleteNeighbourhood } from "../delete-neighbourhood";
import { NeighbourhoodForm } from "../neighbourhood-form";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("neighbourhoods"))("title") };
}

export default async function NeighbourhoodPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const home = await requirePermission(slug, "core.neighbourhoods.view");
  if (!UUID.test(id)) notFound();
  const trpc = await api(slug);
  const [n, mapConfig] = await Promise.all([orPage(() => trpc.neighbourhoods.get({ id })), orPage(() => trpc.tenant.mapConfig())]);
  const canManage = home.permissions.includes("core.neighbourhoods.manage");
  const t = await getTranslations("neighbourhoods");
  const geometry = previewGeometry(n.boundary);
  const back = (
    <p className="mb-2">
      <Link href={`/t/${slug}/neighbourhoods`}>← {t("backToList")}</Link>
    </p>
  );

  if (!canManage) {
    return (
      <>
        {back}
        <PageHeader title={n.name} description={n.description ?? undefined} />
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <section aria-labelledby="nbh-map-title">
            <h2 id="nbh-map-title" className="mb-2 text-lg font-semibold">
              {t("boundary")}
            </h2>
            <BoundaryMap name={n.name} geometry={geometry} config={mapConfig} />
          </section>
          <Card title={t("details")}>
            <DetailList
              items={[
                { label: t("sectorCodes"), value: n.sectorCodes.length ? n.sectorCodes.join(", ") : t("noSectorCodes") },
                { label: t("boundary"), value: geometry ? t("hasBoundary") : t("noBoundary") },
              ]}
            />
          </Card>
        </div>
      </>
    );
  }

  return (
    <>
      {back}
      <PageHeader title={n.name} description={t("editIntro")} actions={<DeleteNeighbourhood slug={slug} id={n.id} name={n.name} />} />
      <NeighbourhoodForm
        slug={slug}
        mapConfig={mapConfig}
        initial={{
          id: n.id,
          name: n.name,
          description: n.description ?? "",
          sectorCodes: n.sectorCodes,
          boundary: n.boundary === null ? null : formatGeoJson(n.boundary),
        }}
      />
    </>
  );
}
