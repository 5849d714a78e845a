import type { HomeFigure } from "@zorgzaam/core";
import { buttonClass, Card, PageHeader } from "@zorgzaam/ui";
import { manifests } from "@zorgzaam/platform/manifests";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DetailList } from "@/components/detail-list";
import { HubMap } from "@/components/neighbourhood/hub-map";
import { homeFocus } from "@/home/focus";
import { moduleSummaries } from "@/home/module-summaries";
import { FigureList, ModuleFailures } from "@/home/sections";
import { previewGeometry } from "@zorgzaam/ui/map";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { RestoreBoundary } from "../restore-boundary";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: { params: Promise<{ slug: string; id: string }> }): Promise<Metadata> {
  const { slug, id } = await params;
  if (!UUID.test(id)) return { title: (await getTranslations("neighbourhoods"))("title") };
  const n = await orPage(async () => (await api(slug)).neighbourhoods.get({ id }));
  return { title: n.name };
}

/**
 * A neighbourhood's hub: its boundary on the base map with what the modules place in it (actors), the figures of core
 * (people) and of every enabled module, each leading to the page filtered on this neighbourhood; changing it is on
 * its own page (edit/).
 */
export default async function NeighbourhoodPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const home = await requirePermission(slug, "core.neighbourhoods.view");
  if (!UUID.test(id)) notFound();
  const trpc = await api(slug);
  const n = await orPage(() => trpc.neighbourhoods.get({ id }));
  const mapConfig = await orPage(() => trpc.tenant.mapConfig());
  const overview = await orPage(() => trpc.tenant.overview());
  const history = await orPage(() => trpc.neighbourhoods.boundaryHistory({ id }));
  const t = await getTranslations();
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  const can = (p: string) => home.permissions.includes(p);
  const modules = await moduleSummaries({
    slug,
    enabledModules: home.enabledModules,
    permissions: home.permissions,
    focus: "neighbourhood",
    neighbourhoodIds: [id],
    neighbourhoodId: id,
  });
  const summaries = modules.flatMap((m) => (m.summary ? [m.summary] : []));
  const failed = modules
    .filter((m) => m.summary === null)
    .map((m) => {
      const p = manifests.find((x) => x.id === m.id);
      return p ? (p.name[locale] ?? p.name.nl) : m.id;
    });
  const geometry = previewGeometry(n.boundary);
  const mine = home.neighbourhoods.find((x) => x.id === id);
  const people: HomeFigure[] = [];
  // People: only for members who may see them, and within their own neighbourhoods (the list would be empty elsewhere).
  if (can("core.people.view") && mine) {
    people.push({ label: t("home.people", { count: mine.people }), href: `/t/${slug}/people?neighbourhood=${id}` });
    const fresh = overview.neighbourhoods[id]?.newPeople ?? 0;
    if (fresh > 0) people.push({ label: t("home.newPeople", { count: fresh, days: overview.recentDays }), tone: "good" });
  }
  const figures = [...people, ...summaries.flatMap((s) => s.neighbourhoods?.[id] ?? [])];
  const points = summaries.flatMap((s) => s.points ?? []);
  // Keep focus on where this member works: a field worker's home lists only her neighbourhoods.
  const focus = homeFocus(home.roles);

  return (
    <>
      <p className="mb-2">
        <Link href={`/t/${slug}/neighbourhoods`}>← {t("neighbourhoods.backToList")}</Link>
      </p>
      <PageHeader
        title={n.name}
        description={n.description ?? undefined}
        actions={
          can("core.neighbourhoods.manage") ? (
            <Link href={`/t/${slug}/neighbourhoods/${id}/edit`} className={buttonClass("secondary")}>
              {t("neighbourhoodHub.edit")}
            </Link>
          ) : null
        }
      />
      <ModuleFailures names={failed} />
      {focus === "field_worker" && !mine ? <p className="mb-4 text-slate-800">{t("neighbourhoodHub.notYours")}</p> : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="hub-map-title" className="min-w-0">
          <h2 id="hub-map-title" className="mb-2 text-lg font-semibold">
            {t("neighbourhoodHub.mapTitle")}
          </h2>
          <HubMap name={n.name} geometry={geometry} config={mapConfig} points={points} />
          {points.length > 0 ? (
            <details className="mt-3">
              <summary className="min-h-11 cursor-pointer py-2 font-medium">
                {t("neighbourhoodHub.pointsList", { count: points.length })}
              </summary>
              <ul className="mt-1 columns-1 sm:columns-2">
                {points.map((p) => (
                  <li key={p.href} className="py-1">
                    <Link href={p.href}>{p.label}</Link>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
        <div className="flex min-w-0 flex-col gap-4">
          <Card title={t("neighbourhoodHub.figuresTitle")}>
            {figures.length === 0 ? <p className="text-slate-700">{t("neighbourhoodHub.noFigures")}</p> : <FigureList figures={figures} />}
          </Card>
          <Card title={t("neighbourhoods.details")}>
            <DetailList
              items={[
                {
                  label: t("neighbourhoods.sectorCodes"),
                  value: n.sectorCodes.length ? n.sectorCodes.join(", ") : t("neighbourhoods.noSectorCodes"),
                },
                { label: t("neighbourhoods.boundary"), value: geometry ? t("neighbourhoods.hasBoundary") : t("neighbourhoods.noBoundary") },
              ]}
            />
          </Card>
          <Card title={t("neighbourhoodHub.historyTitle")}>
            {history.length === 0 ? (
              <p className="text-slate-700">{t("neighbourhoodHub.historyEmpty")}</p>
            ) : (
              <ol className="grid gap-3" aria-label={t("neighbourhoodHub.historyTitle")}>
                {history.map((v) => {
                  const when = new Intl.DateTimeFormat(locale, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: "Europe/Brussels",
                  }).format(v.replacedAt);
                  const source = ["core", "restore", "buurtanalyse"].includes(v.source) ? v.source : "other";
                  return (
                    <li key={v.id} className="rounded-lg bg-slate-50 p-2">
                      <p>{t("neighbourhoodHub.historyLine", { when, who: v.replacedBy ?? "none" })}</p>
                      <p className="text-sm text-slate-700">
                        {t(`neighbourhoodHub.historySource.${source as "core"}`, { source: v.source })}
                      </p>
                      {can("core.neighbourhoods.manage") ? (
                        <p className="mt-1">
                          <RestoreBoundary id={id} versionId={v.id} name={n.name} when={when} />
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
