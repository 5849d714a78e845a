"use client";
import { Button, Checkbox, CheckboxGroup, SelectField, TextField } from "@zorgzaam/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState, useTransition } from "react";
import { ACTOR_KINDS, RELATIONSHIP_STATUSES } from "../../domain";
import type { ActorFilters } from "../../server/filters";
import { LIST_SORTS, type ListSort } from "../../server/map/sorts";
import { sectorLabel, type SectorOption } from "../actors/labels";
import { activeFilterCount, colourFromSearch, searchFor } from "./url";
import { PARTNERS_LIMITS } from "../../limits";

export interface FiltersFormProps {
  /** The page the filters apply to (the map or the list); they travel in its address. */
  basePath: string;
  filters: ActorFilters;
  sectors: SectorOption[];
  neighbourhoods: { id: string; name: string }[];
  /** The tenant's organisations (owner filter); shown when there is more than one. */
  organisations?: { id: string; name: string }[];
  tags: string[];
  /** The list's order (the list page only). */
  sort?: ListSort;
}

const SORT_LABEL: Record<ListSort, "sortName" | "sortUpdated" | "sortStatusChanged"> = {
  name: "sortName",
  updated: "sortUpdated",
  statusChanged: "sortStatusChanged",
};

/** The address keys the filters and the view own (page restarts at 1 when a filter changes). */
const VIEW_KEYS = new Set([
  "q",
  "sectors",
  "kinds",
  "statuses",
  "formal",
  "vindplaats",
  "neighbourhoodId",
  "organisationId",
  "tags",
  "missing",
  "colour",
  "sort",
  "page",
]);

function toggle<T extends string>(list: readonly T[] | undefined, value: T, on: boolean): T[] | undefined {
  const next = on ? [...new Set([...(list ?? []), value])] : (list ?? []).filter((x) => x !== value);
  return next.length ? next : undefined;
}

/**
 * The filters of the map and the list, kept in the page's address (so a filtered view can be bookmarked and shared).
 * Choices apply at once; the search text applies when submitted. The server draws the page again for the new address.
 */
export function FiltersForm({ basePath, filters, sectors, neighbourhoods, organisations = [], tags, sort }: FiltersFormProps) {
  const t = useTranslations("partners");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [f, setF] = useState<ActorFilters>(filters);
  const [q, setQ] = useState(filters.q ?? "");
  const current = searchFor(filters, { sort });
  // The address changed (applied, or back/forward): show what it says.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `current` is the serialised form of `filters`
  useEffect(() => {
    setF(filters);
    setQ(filters.q ?? "");
  }, [current]);

  function apply(next: ActorFilters, nextSort = sort) {
    setF(next);
    const here = new URL(window.location.href).searchParams;
    const colour = colourFromSearch(Object.fromEntries(here));
    const params = new URLSearchParams(searchFor(next, { colour, sort: nextSort }));
    // Options of the page using the form (e.g. the network's members=hide) stay as they are.
    for (const [k, v] of here) if (!VIEW_KEYS.has(k) && !params.has(k)) params.set(k, v);
    const qs = params.toString();
    startTransition(() => router.replace(qs ? `${basePath}?${qs}` : basePath, { scroll: false }));
  }

  function search(e: FormEvent) {
    e.preventDefault();
    apply({ ...f, q: q.trim() || undefined });
  }

  const shownSectors = sectors.filter((s) => !s.archived || f.sectors?.includes(s.key));
  const shownTags = [...new Set([...tags, ...(f.tags ?? [])])];
  const count = activeFilterCount(f);
  return (
    <search className="block space-y-3">
      <form onSubmit={search} className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <TextField
            label={t("map.filters.search")}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            limit={PARTNERS_LIMITS.search}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("map.filters.searchButton")}
        </Button>
      </form>
      {sort ? (
        <div className="w-full sm:w-64">
          <SelectField label={t("map.filters.sort")} value={sort} onChange={(e) => apply(f, e.target.value as ListSort)}>
            {LIST_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`map.filters.${SORT_LABEL[s]}`)}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <details className="rounded-xl border border-slate-300 bg-white">
        <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold text-slate-900">
          {t("map.filters.toggle", { count })}
        </summary>
        <div className="grid gap-5 border-t border-slate-200 p-4 sm:grid-cols-2 xl:grid-cols-3">
          <div className="space-y-4">
            <CheckboxGroup legend={t("map.filters.statuses")}>
              {RELATIONSHIP_STATUSES.map((s) => (
                <Checkbox
                  key={s}
                  label={t(`status.${s}`)}
                  checked={f.statuses?.includes(s) ?? false}
                  onChange={(e) => apply({ ...f, statuses: toggle(f.statuses, s, e.currentTarget.checked) })}
                />
              ))}
            </CheckboxGroup>
            <SelectField
              label={t("map.filters.formal")}
              value={f.formal === undefined ? "" : String(f.formal)}
              onChange={(e) => apply({ ...f, formal: e.target.value === "" ? undefined : e.target.value === "true" })}
            >
              <option value="">{t("map.filters.formalAll")}</option>
              <option value="true">{t("formal.true")}</option>
              <option value="false">{t("formal.false")}</option>
            </SelectField>
            <SelectField
              label={t("map.filters.neighbourhood")}
              value={f.neighbourhoodId ?? ""}
              onChange={(e) => apply({ ...f, neighbourhoodId: e.target.value || undefined })}
            >
              <option value="">{t("map.filters.neighbourhoodAll")}</option>
              {neighbourhoods.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("map.filters.vindplaats")}
              value={f.vindplaats === undefined ? "" : String(f.vindplaats)}
              onChange={(e) => apply({ ...f, vindplaats: e.target.value === "" ? undefined : e.target.value === "true" })}
            >
              <option value="">{t("map.filters.vindplaatsAll")}</option>
              <option value="true">{t("map.filters.vindplaatsOnly")}</option>
            </SelectField>
            {organisations.length > 1 ? (
              <SelectField
                label={t("map.filters.organisation")}
                value={f.organisationId ?? ""}
                onChange={(e) => apply({ ...f, organisationId: e.target.value || undefined })}
              >
                <option value="">{t("map.filters.organisationAll")}</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
            <SelectField
              label={t("map.filters.missing")}
              value={f.missing}
              onChange={(e) => apply({ ...f, missing: e.target.value as ActorFilters["missing"] })}
            >
              <option value="include">{t("map.filters.missingInclude")}</option>
              <option value="only">{t("map.filters.missingOnly")}</option>
              <option value="exclude">{t("map.filters.missingExclude")}</option>
            </SelectField>
          </div>
          <CheckboxGroup legend={t("map.filters.sectors")}>
            {shownSectors.map((s) => (
              <Checkbox
                key={s.key}
                label={s.archived ? t("map.filters.archivedSector", { label: sectorLabel(s, locale) }) : sectorLabel(s, locale)}
                checked={f.sectors?.includes(s.key) ?? false}
                onChange={(e) => apply({ ...f, sectors: toggle(f.sectors, s.key, e.currentTarget.checked) })}
              />
            ))}
          </CheckboxGroup>
          <div className="space-y-4">
            <CheckboxGroup legend={t("map.filters.kinds")}>
              {ACTOR_KINDS.map((k) => (
                <Checkbox
                  key={k}
                  label={t(`kind.${k}`)}
                  checked={f.kinds?.includes(k) ?? false}
                  onChange={(e) => apply({ ...f, kinds: toggle(f.kinds, k, e.currentTarget.checked) })}
                />
              ))}
            </CheckboxGroup>
            <CheckboxGroup legend={t("map.filters.tags")}>
              {shownTags.length ? (
                shownTags.map((tag) => (
                  <Checkbox
                    key={tag}
                    label={tag}
                    checked={f.tags?.includes(tag) ?? false}
                    onChange={(e) => apply({ ...f, tags: toggle(f.tags, tag, e.currentTarget.checked) })}
                  />
                ))
              ) : (
                <p className="text-sm text-slate-700">{t("map.filters.noTags")}</p>
              )}
            </CheckboxGroup>
          </div>
        </div>
      </details>
      <div className="flex min-h-6 flex-wrap items-center gap-x-4 text-sm">
        {count > 0 || f.q ? (
          <Link href={sort && sort !== "name" ? `${basePath}?sort=${sort}` : basePath} scroll={false}>
            {t("map.filters.clear")}
          </Link>
        ) : null}
        <p role="status" className="text-slate-700">
          {pending ? t("map.loading") : ""}
        </p>
      </div>
    </search>
  );
}
