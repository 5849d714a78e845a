import { PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatGeoJson } from "@zorgzaam/ui/map";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { DeleteNeighbourhood } from "../../delete-neighbourhood";
import { NeighbourhoodForm } from "../../neighbourhood-form";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: { params: Promise<{ slug: string; id: string }> }): Promise<Metadata> {
  const { slug, id } = await params;
  const t = await getTranslations("neighbourhoods");
  if (!UUID.test(id)) return { title: t("title") };
  const n = await orPage(async () => (await api(slug)).neighbourhoods.get({ id }));
  return { title: t("editTitle", { name: n.name }) };
}

/** Changing a neighbourhood: name, description, sector codes and boundary (or deleting it). */
export default async function EditNeighbourhoodPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  await requirePermission(slug, "core.neighbourhoods.manage");
  if (!UUID.test(id)) notFound();
  const trpc = await api(slug);
  const [n, mapConfig] = [await orPage(() => trpc.neighbourhoods.get({ id })), await orPage(() => trpc.tenant.mapConfig())];
  const t = await getTranslations("neighbourhoods");
  return (
    <>
      <p className="mb-2">
        <Link href={`/t/${slug}/neighbourhoods/${n.id}`}>← {t("backToNeighbourhood", { name: n.name })}</Link>
      </p>
      <PageHeader
        title={t("editTitle", { name: n.name })}
        description={t("editIntro")}
        actions={<DeleteNeighbourhood slug={slug} id={n.id} name={n.name} />}
      />
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
