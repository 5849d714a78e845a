import { Badge, Button, buttonClass, EmptyState, PageHeader, SelectField, TextField } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { Pagination, pageParam } from "@/components/pagination";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { isPersonKind, languageNamer, PERSON_KINDS } from "./kinds";
import { LIMITS } from "@zorgzaam/core/limits";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

type Search = { q?: string; neighbourhood?: string; kind?: string; language?: string; page?: string };

export default async function PeoplePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const sp = await searchParams;
  const home = await requirePermission(slug, "core.people.view");
  const canManage = home.permissions.includes("core.people.manage");
  // Only well-formed filters reach the server; anything else is ignored rather than an error page. A search text over
  // the limit stays in the field as typed (nothing cut) and is not searched; the field says why.
  const q = typeof sp.q === "string" ? sp.q.trim() : "";
  const searchTooLong = q.length > LIMITS.search;
  const filters = {
    q,
    neighbourhood: typeof sp.neighbourhood === "string" && UUID.test(sp.neighbourhood) ? sp.neighbourhood : "",
    kind: typeof sp.kind === "string" && isPersonKind(sp.kind) ? sp.kind : "",
    language: typeof sp.language === "string" && /^[a-z]{2,3}$/i.test(sp.language.trim()) ? sp.language.trim().toLowerCase() : "",
  };
  const page = pageParam(typeof sp.page === "string" ? sp.page : undefined);
  const result = await orPage(async () =>
    (await api(slug)).people.list({
      page,
      pageSize: PAGE_SIZE,
      search: (!searchTooLong && filters.q) || undefined,
      neighbourhoodId: filters.neighbourhood || undefined,
      kind: isPersonKind(filters.kind) ? filters.kind : undefined,
      language: filters.language || undefined,
    }),
  );
  const t = await getTranslations("people");
  const tk = await getTranslations("personKinds");
  const tc = await getTranslations("common");
  const langName = languageNamer(await getLocale());
  const filtered = Object.values(filters).some(Boolean);
  const base = `/t/${slug}/people`;
  const newLink = canManage ? (
    <Link href={`${base}/new`} className={buttonClass("primary")}>
      {t("new")}
    </Link>
  ) : null;

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} actions={newLink} />
      <search className="mb-6 block">
        <Form
          action={base}
          className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end"
        >
          <TextField
            id="people-q"
            name="q"
            type="search"
            label={t("search")}
            defaultValue={filters.q}
            limit={LIMITS.search}
            error={searchTooLong ? t("searchTooLong", { max: LIMITS.search }) : undefined}
          />
          <SelectField id="people-neighbourhood" name="neighbourhood" label={t("neighbourhood")} defaultValue={filters.neighbourhood}>
            <option value="">{t("allNeighbourhoods")}</option>
            {home.neighbourhoods.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </SelectField>
          <SelectField id="people-kind" name="kind" label={t("kind")} defaultValue={filters.kind}>
            <option value="">{t("allKinds")}</option>
            {PERSON_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="people-language"
            name="language"
            label={t("languageCode")}
            defaultValue={filters.language}
            limit={LIMITS.languageCode}
            autoCapitalize="none"
          />
          <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-1">
            <Button type="submit">{tc("search")}</Button>
            {filtered ? (
              <Link href={base} className={buttonClass("ghost")}>
                {t("clearFilters")}
              </Link>
            ) : null}
          </div>
        </Form>
      </search>

      <section aria-labelledby="people-results-title">
        <h2 id="people-results-title" className="mb-2 text-lg font-semibold">
          {t("results")}
        </h2>
        <p role="status" className="mb-3 text-slate-800">
          {result.moreThanTotal ? tc("resultsMore", { count: result.total }) : tc("results", { count: result.total })}
        </p>
        {result.items.length === 0 ? (
          <EmptyState title={filtered ? t("noMatchesTitle") : t("emptyTitle")} action={filtered ? null : newLink}>
            {filtered ? t("noMatches") : t("empty")}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
            {result.items.map((p) => (
              <li key={p.id} className="px-4 py-3">
                <h3 className="font-semibold">
                  <Link href={`${base}/${p.id}`} className="inline-block min-h-11 py-2.5">
                    {`${p.firstName} ${p.lastName}`.trim()}
                  </Link>
                </h3>
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
                  {p.kinds.map((k) => (
                    <Badge key={k}>{isPersonKind(k) ? tk(k) : k}</Badge>
                  ))}
                  <span>
                    {[
                      p.neighbourhood ? { label: t("neighbourhood"), value: p.neighbourhood.name } : null,
                      p.organisation ? { label: t("organisation"), value: p.organisation.name } : null,
                      p.languages.length ? { label: t("languages"), value: p.languages.map(langName).join(", ") } : null,
                    ]
                      .filter((x) => x !== null)
                      .map((x, i) => (
                        <span key={x.label}>
                          {i > 0 ? <span aria-hidden="true"> · </span> : null}
                          <span className="sr-only">{x.label}: </span>
                          {x.value}
                        </span>
                      ))}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
          moreThanTotal={result.moreThanTotal}
          basePath={base}
          query={filters}
        />
      </section>
    </>
  );
}
