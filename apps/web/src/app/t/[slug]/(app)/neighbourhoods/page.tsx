import { Badge, buttonClass, EmptyState, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { api, orPage, requirePermission } from "@/lib/tenant";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("neighbourhoods"))("title") };
}

export default async function NeighbourhoodsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const home = await requirePermission(slug, "core.neighbourhoods.view");
  const canManage = home.permissions.includes("core.neighbourhoods.manage");
  const list = await orPage(async () => (await api(slug)).neighbourhoods.list());
  const t = await getTranslations("neighbourhoods");
  const newLink = canManage ? (
    <Link href={`/t/${slug}/neighbourhoods/new`} className={buttonClass("primary")}>
      {t("new")}
    </Link>
  ) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} actions={newLink} />
      {list.length === 0 ? (
        <EmptyState title={t("emptyTitle")} action={newLink}>
          {canManage ? t("emptyManage") : t("empty")}
        </EmptyState>
      ) : (
        <section aria-labelledby="nbh-list-title">
          <h2 id="nbh-list-title" className="sr-only">
            {t("listTitle", { count: list.length })}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {list.map((n) => (
              <li key={n.id} className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
                <h3 className="text-lg font-semibold">
                  <Link href={`/t/${slug}/neighbourhoods/${n.id}`}>{n.name}</Link>
                </h3>
                {n.description ? <p className="mt-1 line-clamp-3 text-slate-800">{n.description}</p> : null}
                <p className="mt-2 flex flex-wrap gap-2 text-sm">
                  {n.boundary ? <Badge tone="good">{t("hasBoundary")}</Badge> : <Badge tone="warn">{t("noBoundary")}</Badge>}
                  {n.sectorCodes.length > 0 ? <Badge>{t("sectorCount", { count: n.sectorCodes.length })}</Badge> : null}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
