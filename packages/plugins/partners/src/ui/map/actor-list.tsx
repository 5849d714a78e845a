import { Badge, EmptyState } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { STATUS_COLORS, type RelationshipStatus } from "../../domain";
import { sectorLabel, type SectorOption } from "../actors/labels";

export interface ListItem {
  id: string;
  name: string;
  kind: string;
  status: string;
  sectorKeys: string[];
  address: string | null;
  postcode: string | null;
  addressHidden: boolean;
  city: string | null;
  hasPoint: boolean;
  organisationName: string | null;
  neighbourhoods: string[];
  missing: boolean;
}

/**
 * The accessible list of the actors the filters select (the text alternative of the map): one entry per actor with its
 * kind, relationship, sectors and where it is, and a link to its page. Paged with plain links that keep the filters.
 */
export async function ActorList({
  slug,
  items,
  page,
  pages,
  sectors,
  pageHref,
  headingLevel = 2,
  headingId,
}: {
  slug: string;
  items: ListItem[];
  page: number;
  pages: number;
  sectors: SectorOption[];
  /** The address of another page of the list (filters kept). */
  pageHref: (page: number) => string;
  headingLevel?: 2 | 3;
  headingId?: string;
}) {
  const t = await getTranslations("partners");
  const locale = await getLocale();
  const byKey = new Map(sectors.map((s) => [s.key, s]));
  const Title = headingLevel === 2 ? "h2" : "h3";
  if (items.length === 0) {
    return (
      <EmptyState title={t("map.list.empty")}>
        <p>{t("map.list.emptyHint")}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white" aria-labelledby={headingId}>
        {items.map((a) => {
          const status = a.status as RelationshipStatus;
          const where = [a.address, [a.postcode, a.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
          return (
            <li key={a.id} className="p-3 sm:p-4">
              <Title className="text-base font-semibold">
                <Link href={`/t/${slug}/partners/actors/${a.id}`}>{a.name}</Link>
              </Title>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-800">
                <span>{t(`kind.${a.kind}` as "kind.organisation")}</span>
                <span className="inline-flex items-center gap-1">
                  <span
                    aria-hidden="true"
                    className="inline-block size-3 rounded-full"
                    style={{ backgroundColor: STATUS_COLORS[status] }}
                  />
                  {t(`status.${status}`)}
                </span>
                {a.missing ? <Badge tone="warn">{t("missing")}</Badge> : null}
                {!a.hasPoint ? <Badge>{t("map.list.noPoint")}</Badge> : null}
              </p>
              {a.sectorKeys.length ? (
                <p className="mt-1 text-sm text-slate-800">
                  {a.sectorKeys.map((k) => (byKey.get(k) ? sectorLabel(byKey.get(k) as SectorOption, locale) : k)).join(", ")}
                </p>
              ) : null}
              <p className="mt-1 text-sm text-slate-700">
                {[
                  a.addressHidden ? t("map.list.hiddenAddress") : where,
                  a.organisationName ?? t("noOrganisation"),
                  a.neighbourhoods.join(", "),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </li>
          );
        })}
      </ul>
      {pages > 1 ? (
        <nav aria-label={t("map.list.pager")} className="mt-3 flex flex-wrap items-center justify-between gap-2">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} scroll={false}>
              ← {t("map.list.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-slate-800">{t("map.list.page", { page, pages })}</span>
          {page < pages ? (
            <Link href={pageHref(page + 1)} scroll={false}>
              {t("map.list.next")} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
