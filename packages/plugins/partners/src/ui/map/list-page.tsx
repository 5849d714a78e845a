import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { buttonClass, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { P } from "../../manifest";
import type { PartnersRouter } from "../../server/router";
import { ActorList } from "./actor-list";
import { FiltersForm } from "./filters-form";
import { filtersFromSearch, pageFromSearch, searchFor, sortFromSearch } from "./url";

const PAGE_SIZE = 50;

/** The actors as a list on its own page (full width, paged), with the same filters as the map. */
export async function ListPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners");
  const api = props.api;
  const filters = filtersFromSearch(props.searchParams);
  const page = pageFromSearch(props.searchParams);
  const sort = sortFromSearch(props.searchParams);
  const [config, list] = await Promise.all([api.map.config(), api.map.list({ filters, page, pageSize: PAGE_SIZE, sort })]);
  const base = `/t/${props.slug}/partners`;
  const search = searchFor(filters);
  return (
    <>
      <PageHeader
        title={t("map.list.heading")}
        actions={
          <>
            <Link href={search ? `${base}?${search}` : base} className={buttonClass("secondary")}>
              {t("map.toMap")}
            </Link>
            {props.permissions.includes(P.manage) ? (
              <Link href={`${base}/actors/new`} className={buttonClass("primary")}>
                {t("map.newActor")}
              </Link>
            ) : null}
          </>
        }
      />
      <FiltersForm
        basePath={`${base}/list`}
        filters={filters}
        sectors={config.sectors}
        neighbourhoods={config.neighbourhoods.map((n) => ({ id: n.id, name: n.name }))}
        organisations={config.organisations}
        tags={config.tags}
        sort={sort}
      />
      <p className="mt-2 mb-4 font-semibold text-slate-900" aria-live="polite" data-testid="map-count">
        {t("map.count", { total: list.total })}
      </p>
      <ActorList
        slug={props.slug}
        items={list.items}
        page={list.page}
        pages={list.pages}
        sectors={config.sectors}
        pageHref={(p) => {
          const qs = searchFor(filters, { page: p, sort });
          return qs ? `${base}/list?${qs}` : `${base}/list`;
        }}
      />
    </>
  );
}
