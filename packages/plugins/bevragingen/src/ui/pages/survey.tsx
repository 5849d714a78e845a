import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, Card, DataTable, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LIVE_SECONDS } from "../../limits";
import type { Cell } from "../../logic";
import type { BevragingenRouter } from "../../server/router";
import { CHANNELS, questionsOf, SURVEY_LANGUAGES, type Question, type SurveyContent } from "../../survey";
import { Downloads } from "../components/downloads";
import { LiveRefresh } from "../components/live-refresh";
import { NextRoundButton } from "../components/next-round";
import { CloseSurveyButton } from "../components/survey-settings";
import { textIn } from "../texts";

type T = Awaited<ReturnType<typeof getTranslations<"bevragingen">>>;
type Props = PluginPageProps<BevragingenRouter>;
const DIMS = ["channel", "language", "neighbourhood", "version"] as const;

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

const one = <T extends string>(v: string | undefined, allowed: readonly T[]): T | null =>
  v && (allowed as readonly string[]).includes(v) ? (v as T) : null;
const uuid = (v: string | undefined) => (v && /^[0-9a-f-]{36}$/i.test(v) ? v : null);

/** The results' question from the address (?version=…&channel=…&answer=question:value&breakdown=…). */
function queryOf(surveyId: string, sp: Record<string, string | undefined>) {
  const [question, value] = (sp.answer ?? "").split(":");
  const answer =
    question && value && /^[a-z][a-z0-9_]{0,39}$/.test(question) && /^-?[a-z0-9_]{1,40}$/.test(value)
      ? { question, value: /^-?\d+$/.test(value) ? Number(value) : value }
      : null;
  return {
    surveyId,
    ...(sp.version === "all" ? { versionId: null } : uuid(sp.version) ? { versionId: uuid(sp.version) } : {}),
    channel: one(sp.channel, CHANNELS),
    language: one(sp.language, SURVEY_LANGUAGES),
    neighbourhoodId: uuid(sp.neighbourhood),
    answer,
    breakdown: one(sp.breakdown, DIMS),
  };
}

/** The answers a filter can pick: each choice of each choice question and each scale point. */
function answerChoices(content: SurveyContent, locale: string) {
  return questionsOf(content).flatMap((q) => {
    if (q.type === "single" || q.type === "multiple")
      return (q.options ?? []).map((o) => ({ value: `${q.key}:${o.key}`, label: `${textIn(q.text, locale)}: ${textIn(o.text, locale)}` }));
    if (q.type === "scale") {
      const min = q.min ?? 1;
      const max = q.max ?? 5;
      return Array.from({ length: max - min + 1 }, (_, i) => ({
        value: `${q.key}:${min + i}`,
        label: `${textIn(q.text, locale)}: ${min + i}`,
      }));
    }
    return [];
  });
}

const select = "mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-2";

/** A survey: its state, versions and rounds, filters and breakdowns, the results with small groups hidden, downloads. */
export async function SurveyPage(props: Props) {
  const t = await getTranslations("bevragingen");
  const locale = await getLocale();
  const s = await props.api.surveys.get({ id: props.params.id ?? "" });
  const sp = props.searchParams;
  const query = queryOf(s.id, sp);
  const results = s.versions.some((v) => v.publishedAt) ? await props.api.results.get(query) : null;
  const side = sp.rounds === "1" && s.previousRound ? await props.api.results.get({ surveyId: s.previousRound.id }) : null;
  const can = (p: string) => props.permissions.includes(p);
  // Refused answers: her own for a worker; everyone's for the regie (the procedure decides).
  const rejected = can("bevragingen.responses.enter") ? await props.api.responses.rejected({ surveyId: s.id, everyone: true }) : [];
  const othersRejected = rejected.filter((r) => !r.mine).length;
  const names = new Map((results?.neighbourhoods ?? []).map((n) => [n.id, n.name]));
  const versions = new Map((results?.versions ?? []).map((v) => [v.id, t("results.version", { number: v.number })]));
  const content = results?.content;
  const question = (key: string): Question | undefined => (content ? questionsOf(content).find((q) => q.key === key) : undefined);
  const groupLabel = (g: string) => {
    if (results?.breakdown === "channel") return t(`channels.${g as "public"}`);
    if (results?.breakdown === "language") return t(`languages.${g as "nl"}`);
    if (results?.breakdown === "neighbourhood") return g === "" ? t("results.noNeighbourhood") : (names.get(g) ?? g);
    return versions.get(g) ?? g;
  };
  const base = `/t/${props.slug}/bevragingen`;
  const { surveyId: _s, ...download } = query;
  return (
    <>
      <PageHeader
        title={textIn(s.title, locale) || t("surveys.untitled")}
        description={
          <span className="flex flex-wrap gap-2">
            <Badge tone={s.status === "open" ? "good" : "neutral"}>{t(`status.${s.status as "draft" | "open" | "closed"}`)}</Badge>
            {results ? (
              <span>{results.versionId ? t("results.version", { number: results.version.number }) : t("results.allVersions")}</span>
            ) : null}
          </span>
        }
      />
      <p className="mb-4 flex flex-wrap gap-2">
        {s.status === "open" && can("bevragingen.responses.enter") ? (
          <>
            <Link href={`${base}/surveys/${s.id}/enter`} className={buttonClass("primary")}>
              {t("surveys.enter")}
            </Link>
            <Link href={`${base}/surveys/${s.id}/paper`} className={buttonClass("secondary")}>
              {t("paper.enter")}
            </Link>
          </>
        ) : null}
        {can("bevragingen.responses.enter") ? (
          <Link href={`${base}/surveys/${s.id}/mine`} className={buttonClass("ghost")}>
            {t("mine.link")}
          </Link>
        ) : null}
        {can("bevragingen.surveys.manage") ? (
          <>
            <Link href={`${base}/surveys/${s.id}/edit`} className={buttonClass("secondary")}>
              {t("surveys.edit")}
            </Link>
            {results ? (
              <Link href={`${base}/surveys/${s.id}/answers`} className={buttonClass("secondary")}>
                {t("review.open")}
              </Link>
            ) : null}
            <NextRoundButton surveyId={s.id} slug={props.slug} />
            {s.status === "open" ? <CloseSurveyButton surveyId={s.id} /> : null}
          </>
        ) : null}
        {s.status === "open" ? (
          <a href={`/${props.slug}/bevragingen/s/${s.id}`} className={buttonClass("ghost")}>
            {t("surveys.publicLink")}
          </a>
        ) : null}
      </p>
      {rejected.length ? (
        <p className="mb-4">
          <Link href={`${base}/rejected`} className="font-semibold text-red-900 underline">
            {othersRejected ? t("rejected.linkAll", { count: rejected.length }) : t("rejected.link", { count: rejected.length })}
          </Link>
        </p>
      ) : null}
      {s.previousRound || s.nextRounds.length ? (
        <nav aria-label={t("rounds.title")} className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          {s.previousRound ? (
            <>
              <Link href={`${base}/surveys/${s.previousRound.id}`} className="underline">
                {t("rounds.previous", { title: textIn(s.previousRound.title, locale) })}
              </Link>
              <Link href={sp.rounds === "1" ? "?" : "?rounds=1"} className={buttonClass(sp.rounds === "1" ? "secondary" : "ghost")}>
                {sp.rounds === "1" ? t("rounds.hideSide") : t("rounds.side")}
              </Link>
            </>
          ) : null}
          {s.nextRounds.map((r) => (
            <Link key={r.id} href={`${base}/surveys/${r.id}`} className="underline">
              {t("rounds.next", { title: textIn(r.title, locale) })}
            </Link>
          ))}
        </nav>
      ) : null}
      {!results || !content ? (
        <p>{t("results.notPublished")}</p>
      ) : (
        <div className="grid gap-4">
          <form
            method="get"
            className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-3"
            aria-label={t("filters.title")}
          >
            <label>
              {t("filters.version")}
              <select name="version" defaultValue={sp.version ?? ""} className={select}>
                <option value="">{t("filters.published")}</option>
                <option value="all">{t("results.allVersions")}</option>
                {results.versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {t("results.version", { number: v.number })}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("filters.channel")}
              <select name="channel" defaultValue={query.channel ?? ""} className={select}>
                <option value="">{t("filters.any")}</option>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {t(`channels.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("filters.language")}
              <select name="language" defaultValue={query.language ?? ""} className={select}>
                <option value="">{t("filters.any")}</option>
                {SURVEY_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`languages.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("filters.neighbourhood")}
              <select name="neighbourhood" defaultValue={query.neighbourhoodId ?? ""} className={select}>
                <option value="">{t("filters.any")}</option>
                {results.neighbourhoods.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("filters.answer")}
              <select name="answer" defaultValue={sp.answer ?? ""} className={select}>
                <option value="">{t("filters.any")}</option>
                {answerChoices(content, locale).map((a) => (
                  <option key={a.value} value={a.value}>
                    {a.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("filters.breakdown")}
              <select name="breakdown" defaultValue={query.breakdown ?? ""} className={select}>
                <option value="">{t("filters.none")}</option>
                {DIMS.map((d) => (
                  <option key={d} value={d}>
                    {t(`results.by.${d}`)}
                  </option>
                ))}
              </select>
            </label>
            <p className="flex flex-wrap items-end gap-2 sm:col-span-3">
              <button type="submit" className={buttonClass("primary")}>
                {t("filters.apply")}
              </button>
              <Link href="?" className={buttonClass("ghost")}>
                {t("filters.clear")}
              </Link>
            </p>
          </form>
          <Downloads input={{ surveyId: s.id, ...download }} languages={s.languages as ("nl" | "fr" | "en")[]} />
          <Card title={t("results.total")}>
            <p className="text-2xl font-semibold" data-testid="total">
              {results.total ?? t("results.hidden")}
            </p>
            <p className="text-sm">{t("results.suppression", { min: results.min })}</p>
            {s.status === "open" ? (
              <p className="text-sm text-slate-700">
                {t("results.live", { seconds: LIVE_SECONDS })}
                <LiveRefresh />
              </p>
            ) : null}
            <h3 className="mt-3 font-semibold">{t("results.byChannel")}</h3>
            <Bars cells={results.byChannel} label={(k) => t(`channels.${k as "public" | "assisted" | "paper"}`)} t={t} />
            <h3 className="mt-3 font-semibold">{t("results.byLanguage")}</h3>
            <Bars cells={results.byLanguage} label={(k) => t(`languages.${k as "nl"}`)} t={t} />
            <h3 className="mt-3 font-semibold">{t("results.byNeighbourhood")}</h3>
            <Bars cells={results.byNeighbourhood} label={(k) => names.get(k) ?? k} t={t} />
            {results.versions.length > 1 ? (
              <>
                <h3 className="mt-3 font-semibold">{t("results.by.version")}</h3>
                <Bars cells={results.byVersion} label={(k) => versions.get(k) ?? k} t={t} />
              </>
            ) : null}
          </Card>
          {results.questions.map((q, i) => {
            const def = question(q.key);
            const optionLabel = (k: string) => {
              const o = def?.options?.find((x) => x.key === k);
              if (o) return textIn(o.text, locale);
              if (def?.type === "street" && k === "") return t("results.otherStreets", { min: results.min });
              return names.get(k) ?? k;
            };
            const previous = side?.questions.find((x) => x.key === q.key);
            const title = `${i + 1}. ${textIn(q.text, locale)}`;
            return (
              <Card key={q.key} title={title}>
                <p className="text-sm">{t("results.answered", { count: q.answered ?? 0, hidden: q.answered === null ? "yes" : "no" })}</p>
                {side ? (
                  <div className="grid gap-4 md:grid-cols-2">
                    <div>
                      <h3 className="font-semibold">{t("rounds.this")}</h3>
                      {q.cells ? <Bars cells={q.cells} label={optionLabel} t={t} /> : null}
                      {q.mean !== null ? <p className="mt-2">{t("results.mean", { mean: q.mean })}</p> : null}
                    </div>
                    <div>
                      <h3 className="font-semibold">{t("rounds.previousColumn")}</h3>
                      {previous ? (
                        <>
                          <p className="text-sm">
                            {t("results.answered", { count: previous.answered ?? 0, hidden: previous.answered === null ? "yes" : "no" })}
                          </p>
                          {previous.cells ? <Bars cells={previous.cells} label={optionLabel} t={t} /> : null}
                          {previous.mean !== null ? <p className="mt-2">{t("results.mean", { mean: previous.mean })}</p> : null}
                        </>
                      ) : (
                        <p className="text-sm">{t("rounds.notAsked")}</p>
                      )}
                    </div>
                  </div>
                ) : (
                  <>
                    {q.cells ? <Bars cells={q.cells} label={optionLabel} t={t} /> : null}
                    {q.mean !== null ? <p className="mt-2">{t("results.mean", { mean: q.mean })}</p> : null}
                  </>
                )}
                {q.groups && q.cells ? (
                  <div className="mt-3">
                    <DataTable caption={`${title} · ${t(`results.by.${results.breakdown ?? "channel"}`)}`}>
                      <thead>
                        <tr>
                          <th scope="col">{t("export.columns.answer")}</th>
                          {q.groups.map((g) => (
                            <th key={g.group} scope="col">
                              {groupLabel(g.group)}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        <tr>
                          <th scope="row">{t("results.answeredColumn")}</th>
                          {q.groups.map((g) => (
                            <td key={g.group} className="tabular-nums">
                              {g.answered ?? t("results.hidden")}
                            </td>
                          ))}
                        </tr>
                        {q.cells.map((c, ci) => (
                          <tr key={c.key}>
                            <th scope="row">{optionLabel(c.key)}</th>
                            {q.groups?.map((g) => (
                              <td key={g.group} className="tabular-nums">
                                {g.cells === null ? "–" : (g.cells[ci] ?? t("results.hidden"))}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </DataTable>
                  </div>
                ) : null}
                {q.words?.length ? (
                  <div className="mt-3">
                    <h3 className="font-semibold">{t("results.words")}</h3>
                    <ul className="mt-1 flex flex-wrap gap-2">
                      {q.words.map((w) => (
                        <li key={w.word} className="rounded-full border border-slate-300 px-3 py-1 text-sm">
                          {w.word} <span className="tabular-nums text-slate-700">({w.count})</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : q.words ? (
                  <p className="mt-2 text-sm">{t("results.noWords", { min: results.min })}</p>
                ) : null}
                {q.tags?.length ? (
                  <div className="mt-3">
                    <h3 className="font-semibold">{t("results.tags")}</h3>
                    <Bars cells={q.tags} label={(k) => k} t={t} />
                  </div>
                ) : null}
                {q.quotes?.length ? (
                  <div className="mt-3">
                    <h3 className="font-semibold">{t("results.quotes")}</h3>
                    {q.quotes.map((text, qi) => (
                      // dir="auto": a quote in Arabic reads right to left (a quote carries nothing about who wrote it).
                      // biome-ignore lint/suspicious/noArrayIndexKey: quotes in a fixed order; two may read the same
                      <blockquote key={qi} dir="auto" className="mt-1 border-s-4 border-teal-700 ps-3 italic">
                        {text}
                      </blockquote>
                    ))}
                  </div>
                ) : null}
              </Card>
            );
          })}
        </div>
      )}
      <p className="mt-4">
        <Link href={base} className={buttonClass("ghost")}>
          {t("surveys.back")}
        </Link>
      </p>
    </>
  );
}
