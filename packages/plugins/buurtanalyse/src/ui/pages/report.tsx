import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, Card, DataTable, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SWOT_KINDS } from "../../domain";
import type { BuurtanalyseRouter } from "../../server/router";
import { PREPARATION_QUESTIONS, starterText } from "../../starter";
import { PdfButton } from "../components/small-actions";
import { day, statusTone } from "../labels";

/** The report of an analysis, readable on the web (and as a PDF): preparation, hypotheses and verdicts, SWOT, actions. */
export async function ReportPage(props: PluginPageProps<BuurtanalyseRouter>) {
  const t = await getTranslations("buurtanalyse");
  const locale = await getLocale();
  const r = await props.api.report.get({ analysisId: props.params.id ?? "" });
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
        actions={<PdfButton analysisId={r.analysis.id} />}
      />
      <p>
        <Link className="underline" href={`/t/${props.slug}/buurtanalyse/analyses/${r.analysis.id}`}>
          {t("report.back")}
        </Link>
      </p>
      {r.team.length ? <p>{t("report.team", { names: r.team.join(", ") })}</p> : null}

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

      <Card title={t("sections.voorbereiding")}>
        <dl className="grid grid-cols-1 *:min-w-0 gap-3">
          {PREPARATION_QUESTIONS.map((q) => (
            <div key={q.key}>
              <dt className="font-semibold">{starterText(q, locale)}</dt>
              <dd className="whitespace-pre-line break-words">{prep?.answers?.[q.key] || t("report.empty")}</dd>
            </div>
          ))}
        </dl>
      </Card>

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
                    {starterText(c.item, locale)}
                    {c.note ? <span className="block text-slate-700">{c.note}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </Card>

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
            {h.references.length || h.imported.length ? (
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

      {interim?.answers?.conclusions || interim?.answers?.focus ? (
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
                          {t("swot.evidence", { hypothesis: s.hypothesis.text, verdict: t(`verdicts.${s.hypothesis.verdict as "open"}`) })}
                        </span>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </Card>
          ))}
        </div>
      </section>

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
    </article>
  );
}
