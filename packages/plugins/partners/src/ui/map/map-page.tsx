import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { buttonClass, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { P } from "../../manifest";
import type { PartnersRouter } from "../../server/router";
import { ActorList } from "./actor-list";
import { ActorMap } from "./actor-map";
import { FiltersForm } from "./filters-form";
import { colourFromSearch, filtersFromSearch, pageFromSearch, searchFor } from "./url";

const PAGE_SIZE = 20;

/** The new-actor form, for the neighbourhood the map shows (if one) and, for a key figure, with that kind chosen. */
export function newActorHref(base: string, neighbourhoodId?: string, kind?: "key_figure"): string {
  const qs = new URLSearchParams();
  if (kind) qs.set("kind", kind);
  if (neighbourhoodId) qs.set("neighbourhood", neighbourhoodId);
  const s = qs.toString();
  return s ? `${base}/actors/new?${s}` : `${base}/actors/new`;
}

/**
 * The buurtkaart (the module's start page): filters, the map, and beside it (below it on a phone) the list of the same
 * actors, with how many match and how many have no point yet.
 */
export async function MapPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners");
  const api = props.api;
  const filters = filtersFromSearch(props.searchParams);
  const page = pageFromSearch(props.searchParams);
  const [config, { points, withoutPoint, unplaced }, list] = await Promise.all([
    api.map.config(),
    api.map.points({ filters }),
    api.map.list({ filters, page, pageSize: PAGE_SIZE }),
  ]);
  const base = `/t/${props.slug}/partners`;
  const colour = colourFromSearch(props.searchParams);
  const search = searchFor(filters);
  const withSearch = (path: string, extra = {}) => {
    const qs = searchFor(filters, extra);
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <>
      <PageHeader
        title={t("map.title")}
        description={t("map.intro")}
        actions={
          <>
            <Link href={search ? `${base}/list?${search}` : `${base}/list`} className={buttonClass("secondary")}>
              {t("map.toList")}
            </Link>
            {props.permissions.includes(P.manage) ? (
              <Link href={newActorHref(base, filters.neighbourhoodId)} className={buttonClass("primary")}>
                {t("map.newActor")}
              </Link>
            ) : null}
            {props.permissions.includes(P.manage) && props.permissions.includes(P.keyFigures) ? (
              <Link href={newActorHref(base, filters.neighbourhoodId, "key_figure")} className={buttonClass("secondary")}>
                {t("map.newKeyFigure")}
              </Link>
            ) : null}
          </>
        }
      />
      <FiltersForm
        basePath={base}
        filters={filters}
        sectors={config.sectors}
        neighbourhoods={config.neighbourhoods.map((n) => ({ id: n.id, name: n.name }))}
        organisations={config.organisations}
        tags={config.tags}
      />
      <p className="mt-2 mb-4 font-semibold text-slate-900" aria-live="polite" data-testid="map-count">
        {t("map.count", { total: list.total })}
        {list.total > 0 ? ` · ${t("map.withoutPoint", { count: withoutPoint })}` : ""}
      </p>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] xl:grid-cols-[minmax(0,1fr)_28rem]">
        <section aria-labelledby="partners-map-title" className="min-w-0">
          <h2 id="partners-map-title" className="sr-only">
            {t("map.controls.title")}
          </h2>
          <ActorMap
            slug={props.slug}
            map={config.map}
            neighbourhoods={config.neighbourhoods}
            sectors={config.sectors}
            points={points}
            withoutPoint={withoutPoint}
            unplaced={unplaced}
            colour={colour}
            canManage={config.canManage}
          />
        </section>
        <section aria-labelledby="partners-list-title" className="min-w-0">
          <h2 id="partners-list-title" className="mb-2 text-lg font-semibold text-slate-900">
            {t("map.list.title")}
          </h2>
          <ActorList
            slug={props.slug}
            items={list.items}
            page={list.page}
            pages={list.pages}
            sectors={config.sectors}
            headingLevel={3}
            headingId="partners-list-title"
            pageHref={(p) => withSearch(base, { page: p, colour })}
          />
          {list.pages > 1 ? (
            <p className="mt-3">
              <Link href={search ? `${base}/list?${search}` : `${base}/list`}>{t("map.list.all")}</Link>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
