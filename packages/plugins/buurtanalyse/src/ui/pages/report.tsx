import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, Card, DataTable, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { AUDIENCES, asAudience, SWOT_KINDS } from "../../domain";
import { P } from "../../manifest";
import { AUDIENCE_PARTS, chartGroups, textIn } from "../../report-view";
import type { BuurtanalyseRouter } from "../../server/router";
import { itemText } from "../../lists";
import { ReportPdf, SummaryEditor } from "../components/report-tools";
import { day, statusTone } from "../labels";

/** The residents' summary's editor: a card with its title on the residents' view, a plain box under the team's heading. */
function SummaryBox({ title, children }: { title: string | null; children: ReactNode }) {
  return title ? <Card title={title}>{children}</Card> : <div className="rounded-xl border border-slate-300 bg-white p-4">{children}</div>;
}

/**
 * The report of an analysis, readable on the web and as a PDF (a job with progress), for one audience (?audience=,
 * plain links, so it works without JavaScript): the team sees everything; the council and partners the findings, the
 * chart, the map's items, the SWOT and the plan; residents what we heard and what we do, in plain language. The team
 * writes the residents' summary here and publishes it on the public site.
 */
export async function ReportPage(props: PluginPageProps<BuurtanalyseRouter>) {
  const t = await getTranslations("buurtanalyse");
  const locale = await getLocale();
  const lang = locale === "fr" || locale === "en" ? locale : "nl";
  const audience = asAudience(props.searchParams.audience);
  const parts = AUDIENCE_PARTS[audience];
  const r = await props.api.report.get({ analysisId: props.params.id ?? "", audience });
  const summary = parts.summary ? await props.api.summary.get({ analysisId: r.analysis.id }) : null;
  const groups = parts.figures ? chartGroups(r.hypotheses) : [];
  const base = `/t/${props.slug}/buurtanalyse/analyses/${r.analysis.id}/report`;
  const fmt = (n: number | null) => (n === null ? "–" : new Intl.NumberFormat(`${locale}-BE`, { maximumFractionDigits: 2 }).format(n));
  const prep = r.sections.find((s) => s.key === "voorbereiding")?.content;
  const interim = r.sections.find((s) => s.key === "tussentijds")?.content;
  return (
    <article className="grid grid-cols-1 *:min-w-0 max-w-4xl gap-5">
      <PageHeader
        title={r.analysis.title}
        description={[
          r.neighbourhoods.join(", "),
          [day(r.analysis.periodStart, locale), day(r.analysis.periodEnd, locale)].filter(Boolean).join(" – "),
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      <nav aria-labelledby="r-audience" className="grid grid-cols-1 *:min-w-0 gap-2">
        <h2 id="r-audience" className="font-semibold">
          {t("report.audience")}
        </h2>
        <p className="text-sm text-slate-700">{t("report.audienceHint")}</p>
        <ul className="flex flex-wrap gap-2">
          {AUDIENCES.map((a) => (
            <li key={a}>
              <Link
                href={a === "team" ? base : `${base}?audience=${a}`}
                aria-current={a === audience ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border px-4 ${
                  a === audience ? "border-teal-800 bg-teal-800 text-white" : "border-slate-400 bg-white text-slate-900"
                }`}
              >
                {t(`report.audiences.${a}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ReportPdf analysisId={r.analysis.id} audience={audience} locale={lang} />
      <p>
        <Link className="underline" href={`/t/${props.slug}/buurtanalyse/analyses/${r.analysis.id}`}>
          {t("report.back")}
        </Link>
      </p>
      {r.team.length && audience === "team" ? <p>{t("report.team", { names: r.team.join(", ") })}</p> : null}

      {parts.summary ? (
        <section aria-labelledby="r-residents" className="grid grid-cols-1 *:min-w-0 gap-3">
          {audience === "bewoners" ? <p>{t("report.residentsIntro", { neighbourhoods: r.neighbourhoods.join(", ") })}</p> : null}
          <h2 id="r-residents" className="text-xl font-semibold">
            {audience === "bewoners" ? t("report.heard") : t("residents.title")}
          </h2>
          {(() => {
            const heard = r.summary ? textIn(r.summary.heard, lang) : null;
            const doing = r.summary ? textIn(r.summary.doing, lang) : null;
            const chosen = r.actions.filter((x) => r.summary?.actionIds.includes(x.id));
            if (audience !== "bewoners") return null;
            return (
              <>
                {heard ? (
                  <p className="whitespace-pre-line break-words" lang={heard.lang}>
                    {heard.text}
                  </p>
                ) : (
                  <p>{t("report.summaryMissing")}</p>
                )}
                <h2 className="text-xl font-semibold">{t("report.doing")}</h2>
                {doing ? (
                  <p className="whitespace-pre-line break-words" lang={doing.lang}>
                    {doing.text}
                  </p>
                ) : null}
                {chosen.length ? (
                  <ul className="list-disc pl-5">
                    {chosen.map((x) => (
                      <li key={x.id} className="break-words">
                        {x.title} ({t(`actionStatus.${x.status as "planned"}`)})
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            );
          })()}
          {summary ? (
            <SummaryBox title={audience === "bewoners" ? t("residents.title") : null}>
              <SummaryEditor
                analysisId={r.analysis.id}
                languages={summary.languages}
                summary={summary.summary}
                actions={r.actions.map((x) => ({ id: x.id, title: x.title }))}
                canEdit={props.permissions.includes(P.edit)}
                canPublish={props.permissions.includes(P.manage)}
              />
              <p className="mt-3 text-sm text-slate-700">
                {summary.summary?.publishedAt ? (
                  <>
                    {t("residents.published", { date: day(summary.summary.publishedAt, locale) })}{" "}
                    {summary.publicOn ? (
                      <a className="underline" href={`/${props.slug}/buurtanalyse/${summary.summary.id}`}>
                        {t("residents.publicLink")}
                      </a>
                    ) : null}
                  </>
                ) : (
                  t("residents.notPublished")
                )}
              </p>
              {summary.publicOn ? null : <p className="mt-2 text-sm text-slate-700">{t("residents.publicOff")}</p>}
              <p className="mt-2 text-sm text-slate-700">{t("residents.photosNote")}</p>
            </SummaryBox>
          ) : null}
        </section>
      ) : null}

      {parts.progress ? (
        <Card title={t("report.progress")}>
          <ul className="flex flex-wrap gap-2">
            {r.sections.map((s) => (
              <li key={s.key}>
                <Badge tone={statusTone(s.status as "klaar")}>
                  {t(`sections.${s.key}`)}: {t(`status.${s.status as "klaar"}`)}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {parts.preparation ? (
        <Card title={t("sections.voorbereiding")}>
          <dl className="grid grid-cols-1 *:min-w-0 gap-3">
            {r.questions.preparation.map((q) => (
              <div key={q.key}>
                <dt className="font-semibold">{itemText(q, locale)}</dt>
                <dd className="whitespace-pre-line break-words">{prep?.answers?.[q.key] || t("report.empty")}</dd>
              </div>
            ))}
          </dl>
        </Card>
      ) : null}

      {parts.map ? (
        <Card title={t("sections.afbakening")}>
          <div className="grid grid-cols-1 *:min-w-0 gap-2" data-testid="ba-report-boundary">
            <p>
              {r.boundary
                ? r.boundary.mode === "fuzzy"
                  ? t("report.boundaryFuzzy", { core: fmt(r.boundary.core), edge: fmt(r.boundary.edge), count: r.boundary.drawings })
                  : t("report.boundaryOne", {
                      hectares: fmt(r.boundary.hectares),
                      source: t(`drawBuurt.source.${r.boundary.source ?? "most"}`),
                      count: r.boundary.drawings,
                    })
                : t("report.boundaryNone")}
            </p>
            {r.boundary?.confirmed ? <p>{t("report.boundaryConfirmed", { name: r.boundary.confirmed })}</p> : null}
            {r.criteria.length ? (
              <>
                <h3 className="font-semibold">{t("report.criteria")}</h3>
                <ul className="list-disc pl-5">
                  {r.criteria.map((c) => (
                    <li key={c.item.key} className="break-words">
                      {itemText(c.item, locale)}
                      {c.note ? <span className="block text-slate-700">{c.note}</span> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        </Card>
      ) : null}

      {parts.hypotheses ? (
        <section aria-labelledby="r-hyp" className="grid grid-cols-1 *:min-w-0 gap-3">
          <h2 id="r-hyp" className="text-xl font-semibold">
            {t("report.hypotheses")}
          </h2>
          {r.hypotheses.length === 0 ? <p>{t("report.empty")}</p> : null}
          {r.hypotheses.map((h) => (
            <Card key={h.id} title={<span className="break-words">{h.text}</span>}>
              <p>
                <Badge tone={h.verdict === "bevestigd" ? "good" : h.verdict === "weerlegd" ? "bad" : "neutral"}>
                  {t(`verdicts.${h.verdict as "open"}`)}
                </Badge>
              </p>
              {h.reasoning ? <p className="mt-2 whitespace-pre-line">{h.reasoning}</p> : null}
              {parts.figures && (h.references.length || h.imported.length) ? (
                <div className="mt-3">
                  <DataTable caption={t("references.caption", { hypothesis: h.text })}>
                    <thead>
                      <tr>
                        <th scope="col">{t("references.indicator")}</th>
                        <th scope="col">{t("references.area")}</th>
                        <th scope="col">{t("references.value")}</th>
                        <th scope="col">{t("references.year")}</th>
                        <th scope="col">{t("references.source")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {h.imported.map((i) => (
                        <tr key={i.id}>
                          <td>{i.name}</td>
                          <td>{t("references.ourBuurt", { count: i.covered.length })}</td>
                          <td className="tabular-nums">{fmt(i.value)}</td>
                          <td>{i.year}</td>
                          <td>{i.source ?? ""}</td>
                        </tr>
                      ))}
                      {h.references.map((x) => (
                        <tr key={x.id}>
                          <td>{x.indicator}</td>
                          <td>
                            {t(`areaKinds.${x.areaKind as "buurt"}`)}
                            {x.areaLabel ? ` · ${x.areaLabel}` : ""}
                          </td>
                          <td className="tabular-nums">{fmt(x.value)}</td>
                          <td>{x.year ?? ""}</td>
                          <td>{x.source ?? ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </DataTable>
                </div>
              ) : null}
            </Card>
          ))}
        </section>
      ) : null}

      {groups.length ? (
        <section aria-labelledby="r-chart" className="grid grid-cols-1 *:min-w-0 gap-3">
          <h2 id="r-chart" className="text-xl font-semibold">
            {t("report.chart")}
          </h2>
          <p className="text-sm text-slate-700">{t("report.chartHint")}</p>
          {groups.map((g) => {
            const max = Math.max(...g.bars.map((b) => Math.abs(b.value)), 0) || 1;
            return (
              <figure key={g.indicator} className="rounded-xl border border-slate-300 bg-white p-3">
                <figcaption className="font-semibold break-words">{g.indicator}</figcaption>
                <ul className="mt-2 grid grid-cols-1 *:min-w-0 gap-1">
                  {g.bars.map((b) => (
                    <li
                      key={`${b.areaKind}-${b.areaLabel}-${b.year}`}
                      className="grid grid-cols-[minmax(0,9rem)_1fr] items-center gap-2 text-sm"
                    >
                      <span className="break-words text-slate-700">
                        {t(`areaKinds.${b.areaKind as "buurt"}`)}
                        {b.areaLabel ? ` ${b.areaLabel}` : ""}
                        {b.year ? ` (${b.year})` : ""}
                      </span>
                      <span className="flex min-w-0 items-center gap-2">
                        <span
                          aria-hidden="true"
                          className={`block h-3 rounded ${b.areaKind === "buurt" ? "bg-teal-800" : "bg-slate-400"}`}
                          style={{ width: `${Math.max(2, (Math.abs(b.value) / max) * 75)}%` }}
                        />
                        <span className="tabular-nums">{fmt(b.value)}</span>
                      </span>
                    </li>
                  ))}
                </ul>
              </figure>
            );
          })}
        </section>
      ) : null}

      {parts.interim && (interim?.answers?.conclusions || interim?.answers?.focus) ? (
        <Card title={t("sections.tussentijds")}>
          <p className="whitespace-pre-line">{interim.answers?.conclusions}</p>
          {interim.answers?.focus ? (
            <>
              <h3 className="mt-3 font-semibold">{t("interim.focus")}</h3>
              <p className="whitespace-pre-line">{interim.answers.focus}</p>
            </>
          ) : null}
        </Card>
      ) : null}

      {parts.map ? (
        <Card title={t("report.mapItems")}>
          {r.mapItems.length === 0 ? <p>{t("report.mapNone")}</p> : null}
          <ul className="grid grid-cols-1 *:min-w-0 list-disc gap-1 pl-5">
            {r.mapItems.map((m) => (
              <li key={m.id} className="break-words">
                {m.label} ({t(`map.category.${m.category as "other"}`)}, {t(`map.kind.${m.kind as "point"}`).toLowerCase()})
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {parts.swot ? (
        <section aria-labelledby="r-swot" className="grid grid-cols-1 *:min-w-0 gap-3">
          <h2 id="r-swot" className="text-xl font-semibold">
            {t("report.swot")}
          </h2>
          <div className="grid grid-cols-1 *:min-w-0 gap-3 md:grid-cols-2">
            {SWOT_KINDS.map((k) => (
              <Card key={k} title={t(`swot.${k}`)}>
                <ul className="grid grid-cols-1 *:min-w-0 list-disc gap-1 pl-5">
                  {r.swot
                    .filter((s) => s.kind === k)
                    .map((s) => (
                      <li key={s.id} className="break-words">
                        {s.text}
                        {s.hypothesis ? (
                          <span className="block text-sm text-slate-700">
                            {t("swot.evidence", {
                              hypothesis: s.hypothesis.text,
                              verdict: t(`verdicts.${s.hypothesis.verdict as "open"}`),
                            })}
                          </span>
                        ) : null}
                      </li>
                    ))}
                </ul>
              </Card>
            ))}
          </div>
        </section>
      ) : null}

      {parts.actions ? (
        <section aria-labelledby="r-actions" className="grid grid-cols-1 *:min-w-0 gap-3">
          <h2 id="r-actions" className="text-xl font-semibold">
            {t("report.actions")}
          </h2>
          {r.actions.length === 0 ? <p>{t("report.empty")}</p> : null}
          <ul className="grid grid-cols-1 *:min-w-0 gap-2">
            {r.actions.map((x) => (
              <li key={x.id} className="rounded-xl border border-slate-300 bg-white p-3">
                <p className="font-semibold break-words">{x.title}</p>
                {x.goal ? <p>{x.goal}</p> : null}
                <p className="text-sm text-slate-700">
                  {[
                    x.owner ? t("actions.ownerLine", { owner: x.owner }) : null,
                    [day(x.startsOn, locale), day(x.dueOn, locale)].filter(Boolean).join(" – ") || null,
                    x.partners,
                    x.bouwstenen.map((b) => t(`bouwstenen.${b as "detectie"}`)).join(", ") || null,
                    t(`actionStatus.${x.status as "planned"}`),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="r-evidence" className="grid grid-cols-1 *:min-w-0 gap-3">
        <h2 id="r-evidence" className="text-xl font-semibold">
          {t("report.quotes")}
        </h2>
        {r.evidence.quotes.length === 0 && r.evidence.photos.length === 0 ? <p>{t("report.evidenceNone")}</p> : null}
        {r.evidence.quotes.map((q) => (
          <figure key={q.id} className="rounded-xl border border-slate-300 bg-white p-3">
            <blockquote className="whitespace-pre-line break-words italic">“{q.text}”</blockquote>
            <figcaption className="mt-1 text-sm text-slate-700">{[q.saidBy, day(q.date, locale)].filter(Boolean).join(", ")}</figcaption>
          </figure>
        ))}
        {r.evidence.photos.length ? (
          <>
            <h3 className="text-lg font-semibold">{t("report.photos")}</h3>
            <ul className="grid grid-cols-1 *:min-w-0 gap-3 sm:grid-cols-2">
              {r.evidence.photos.map((p) => (
                <li key={p.id}>
                  <figure className="rounded-xl border border-slate-300 bg-white p-2">
                    <a href={p.url}>
                      {/* biome-ignore lint/performance/noImgElement: a short-lived link to a stored file, not a page asset */}
                      <img src={p.thumbUrl} alt={p.caption} className="h-auto w-full rounded" loading="lazy" />
                    </a>
                    <figcaption className="mt-1 text-sm break-words text-slate-700">
                      {[p.caption, day(p.takenAt, locale)].filter(Boolean).join(", ")}
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </article>
  );
}
