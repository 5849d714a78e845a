import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, Card, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Cell } from "../../logic";
import type { BevragingenRouter } from "../../server/router";
import { textIn } from "../texts";

type T = Awaited<ReturnType<typeof getTranslations<"bevragingen">>>;

/** One breakdown as bars (plain HTML and CSS); a hidden cell says it is hidden, never a number. */
function Bars({ cells, label, t }: { cells: Cell[]; label: (key: string) => string; t: T }) {
  const max = Math.max(1, ...cells.map((c) => c.count ?? 0));
  return (
    <ul className="grid gap-1">
      {cells.map((c) => (
        <li key={c.key} className="grid grid-cols-[minmax(6rem,12rem)_1fr_auto] items-center gap-2 text-sm">
          <span>{label(c.key)}</span>
          <span className="h-3 rounded bg-slate-100" aria-hidden="true">
            {c.count !== null ? <span className="block h-3 rounded bg-teal-700" style={{ width: `${(c.count / max) * 100}%` }} /> : null}
          </span>
          <span className="tabular-nums">{c.count === null ? <Badge tone="neutral">{t("results.hidden")}</Badge> : c.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** A survey: its state and versions, and the results of a version with small groups hidden. */
export async function SurveyPage(props: PluginPageProps<BevragingenRouter>) {
  const t = await getTranslations("bevragingen");
  const locale = await getLocale();
  const s = await props.api.surveys.get({ id: props.params.id ?? "" });
  const results = s.versions.some((v) => v.publishedAt)
    ? await props.api.results.get({ surveyId: s.id, versionId: props.searchParams.version })
    : null;
  const names = new Map((results?.neighbourhoods ?? []).map((n) => [n.id, n.name]));
  const version = s.versions.find((v) => v.id === results?.version.id);
  const question = (key: string) => version?.content.sections.flatMap((x) => x.questions).find((q) => q.key === key);
  return (
    <>
      <PageHeader
        title={textIn(s.title, locale) || t("surveys.untitled")}
        description={
          <span className="flex flex-wrap gap-2">
            <Badge tone={s.status === "open" ? "good" : "neutral"}>{t(`status.${s.status as "draft" | "open" | "closed"}`)}</Badge>
            {results ? <span>{t("results.version", { number: results.version.number })}</span> : null}
          </span>
        }
      />
      <p className="mb-4 flex flex-wrap gap-2">
        {s.status === "open" && props.permissions.includes("bevragingen.responses.enter") ? (
          <Link href={`/t/${props.slug}/bevragingen/surveys/${s.id}/enter`} className={buttonClass("primary")}>
            {t("surveys.enter")}
          </Link>
        ) : null}
        {props.permissions.includes("bevragingen.surveys.manage") ? (
          <Link href={`/t/${props.slug}/bevragingen/surveys/${s.id}/edit`} className={buttonClass("secondary")}>
            {t("surveys.edit")}
          </Link>
        ) : null}
      </p>
      {s.versions.length > 1 ? (
        <nav aria-label={t("results.versions")} className="mb-4 flex flex-wrap gap-2">
          {s.versions
            .filter((v) => v.publishedAt)
            .map((v) => (
              <Link key={v.id} href={`?version=${v.id}`} className={buttonClass(v.id === results?.version.id ? "secondary" : "ghost")}>
                {t("results.version", { number: v.number })} ({v.responses})
              </Link>
            ))}
        </nav>
      ) : null}
      {!results ? (
        <p>{t("results.notPublished")}</p>
      ) : (
        <div className="grid gap-4">
          <Card title={t("results.total")}>
            <p className="text-2xl font-semibold">{results.total ?? t("results.hidden")}</p>
            <p className="text-sm">{t("results.suppression", { min: results.min })}</p>
            <h3 className="mt-3 font-semibold">{t("results.byChannel")}</h3>
            <Bars cells={results.byChannel} label={(k) => t(`channels.${k as "public" | "assisted" | "paper"}`)} t={t} />
            <h3 className="mt-3 font-semibold">{t("results.byLanguage")}</h3>
            <Bars cells={results.byLanguage} label={(k) => k.toUpperCase()} t={t} />
            <h3 className="mt-3 font-semibold">{t("results.byNeighbourhood")}</h3>
            <Bars cells={results.byNeighbourhood} label={(k) => names.get(k) ?? k} t={t} />
          </Card>
          {results.questions.map((q) => {
            const def = question(q.key);
            const optionLabel = (k: string) => {
              const o = def?.options?.find((x) => x.key === k);
              return o ? textIn(o.text, locale) : (names.get(k) ?? k);
            };
            return (
              <Card key={q.key} title={textIn(q.text, locale)}>
                <p className="text-sm">{t("results.answered", { count: q.answered ?? 0, hidden: q.answered === null ? "yes" : "no" })}</p>
                {q.cells ? <Bars cells={q.cells} label={optionLabel} t={t} /> : null}
                {q.mean !== null ? <p className="mt-2">{t("results.mean", { mean: q.mean })}</p> : null}
              </Card>
            );
          })}
        </div>
      )}
      <p className="mt-4">
        <Link href={`/t/${props.slug}/bevragingen`} className={buttonClass("ghost")}>
          {t("surveys.back")}
        </Link>
      </p>
    </>
  );
}
