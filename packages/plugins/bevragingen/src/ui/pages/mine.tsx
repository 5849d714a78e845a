import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { buttonClass, Card, EmptyState, PageHeader, Pagination } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { BevragingenRouter } from "../../server/router";
import { directionOf, type Question, questionsOf } from "../../survey";
import { textIn } from "../texts";

/**
 * The answers I entered myself for a survey, newest first (as in KoboToolbox: after sending, an interviewer reads her
 * own submissions, never anyone else's). Read only; a photo shows as a mark.
 */
export async function MinePage(props: PluginPageProps<BevragingenRouter>) {
  const t = await getTranslations("bevragingen");
  const locale = await getLocale();
  const format = await getFormatter();
  const page = Math.max(1, Math.min(1_000, Number.parseInt(props.searchParams.page ?? "1", 10) || 1));
  const r = await props.api.responses.entered({ surveyId: props.params.id ?? "", page: page - 1 });
  const pages = Math.max(1, Math.ceil(r.total / r.pageSize));
  const versions = new Map(r.versions.map((v) => [v.id, v]));
  const names = new Map(r.neighbourhoods.map((n) => [n.id, n.name]));
  const base = `/t/${props.slug}/bevragingen/surveys/${props.params.id}`;
  const shownValue = (q: Question, v: unknown): string => {
    const option = (key: unknown) => textIn(q.options?.find((o) => o.key === key)?.text ?? {}, locale) || String(key);
    if (q.type === "photo") return t("mine.photo");
    if (q.type === "single") return option(v);
    if (q.type === "multiple") return (Array.isArray(v) ? v : [v]).map(option).join(", ");
    if (q.type === "neighbourhood") return names.get(String(v)) ?? String(v);
    if (q.type === "date" && typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v))
      return format.dateTime(new Date(`${v}T12:00:00Z`), { dateStyle: "medium" });
    return String(v);
  };
  return (
    <>
      <PageHeader
        title={`${t("mine.title")}: ${textIn(r.title, locale) || t("surveys.untitled")}`}
        description={t("mine.intro", { count: r.total })}
      />
      {r.rows.length === 0 ? (
        <EmptyState title={t("mine.none")} />
      ) : (
        <ol className="grid gap-3">
          {r.rows.map((row) => {
            const v = versions.get(row.versionId);
            const qs = v ? questionsOf(v.content).filter((q) => row.answers[q.key] !== undefined) : [];
            return (
              <li key={row.id}>
                <Card title={format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}>
                  <p className="mb-2 text-sm text-slate-700">
                    {[
                      t(`channels.${row.channel as "assisted"}`),
                      t(`languages.${row.language as "nl"}`),
                      v ? t("results.version", { number: v.number }) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  <dl className="grid gap-2 sm:grid-cols-[minmax(10rem,18rem)_1fr]">
                    {qs.map((q) => (
                      <div key={q.key} className="contents">
                        <dt className="font-semibold">{textIn(q.text, locale)}</dt>
                        <dd lang={row.language} dir={directionOf(row.language)} className="break-words">
                          {shownValue(q, row.answers[q.key])}
                        </dd>
                      </div>
                    ))}
                    {row.street ? (
                      <div className="contents">
                        <dt className="font-semibold">{t("mine.street")}</dt>
                        <dd>{row.street}</dd>
                      </div>
                    ) : null}
                  </dl>
                </Card>
              </li>
            );
          })}
        </ol>
      )}
      <Pagination
        page={page}
        pages={pages}
        href={(p) => `${base}/mine?page=${p}`}
        texts={{ label: t("mine.pages"), previous: t("mine.previous"), next: t("mine.next"), status: t("mine.page", { page, pages }) }}
      />
      <p className="mt-4">
        <Link href={base} className={buttonClass("ghost")}>
          {t("builder.back")}
        </Link>
      </p>
    </>
  );
}
