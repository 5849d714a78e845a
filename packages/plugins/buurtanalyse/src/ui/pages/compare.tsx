import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, Card, DataTable, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BuurtanalyseRouter } from "../../server/router";
import { day } from "../labels";

type Paired<T> = { key: string; earlier: T | null; later: T | null };

/**
 * Analyses over time (BA-9): this analysis beside an earlier one of the same buurt: the indicators and their change,
 * the hypotheses' verdicts, the SWOT and the actions, each marked as in both, new or gone. Another analysis is chosen
 * with a plain form (works without JavaScript).
 */
export async function ComparePage(props: PluginPageProps<BuurtanalyseRouter>) {
  const t = await getTranslations("buurtanalyse");
  const locale = await getLocale();
  const withId = props.searchParams.with || null;
  const c = await props.api.compare.get({ analysisId: props.params.id ?? "", withId });
  const base = `/t/${props.slug}/buurtanalyse/analyses/${c.analysis.id}`;
  const num = new Intl.NumberFormat(locale === "en" ? "en-GB" : `${locale}-BE`, { maximumFractionDigits: 2 });
  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "–" : num.format(v));
  const period = (a: { periodStart: Date | null; periodEnd: Date | null }) =>
    [day(a.periodStart, locale), day(a.periodEnd, locale)].filter(Boolean).join(" – ");
  const mark = <T,>(p: Paired<T>) =>
    p.earlier && p.later ? null : p.later ? (
      <Badge tone="good">{t("compare.new")}</Badge>
    ) : (
      <Badge tone="neutral">{t("compare.gone")}</Badge>
    );

  return (
    <>
      <PageHeader
        title={t("compare.title")}
        description={
          <Link href={base} className="underline">
            {c.analysis.title}
          </Link>
        }
      />
      <p className="mb-4 max-w-3xl text-slate-800">{t("compare.intro")}</p>
      {c.candidates.length ? (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-2">
          <div className="grid gap-1">
            <label htmlFor="ba-compare-with" className="font-semibold">
              {t("compare.with")}
            </label>
            <select
              id="ba-compare-with"
              name="with"
              defaultValue={c.other?.id ?? ""}
              className="min-h-11 rounded-lg border border-slate-400 bg-white px-3"
            >
              {c.candidates.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="min-h-11 rounded-lg border border-slate-400 bg-white px-4 font-medium hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-slate-950"
          >
            {t("compare.show")}
          </button>
        </form>
      ) : null}
      {!c.other || !c.comparison ? (
        <p>{t("compare.none")}</p>
      ) : (
        <div className="grid grid-cols-1 *:min-w-0 gap-6">
          <p className="text-slate-800">
            {t("compare.sides", {
              earlier: `${c.other.title}${period(c.other) ? ` (${period(c.other)})` : ""}`,
              later: `${c.analysis.title}${period(c.analysis) ? ` (${period(c.analysis)})` : ""}`,
            })}
          </p>
          <Card title={t("compare.indicators")}>
            {c.comparison.indicators.length ? (
              <DataTable caption={t("compare.indicatorsCaption")}>
                <thead>
                  <tr>
                    <th scope="col">{t("indicators.name")}</th>
                    <th scope="col">{c.other.title}</th>
                    <th scope="col">{c.analysis.title}</th>
                    <th scope="col">{t("compare.change")}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.comparison.indicators.map((i) => (
                    <tr key={i.name}>
                      <th scope="row">{i.name}</th>
                      <td className="tabular-nums">{i.earlier ? `${fmt(i.earlier.value)} (${i.earlier.year})` : "–"}</td>
                      <td className="tabular-nums">{i.later ? `${fmt(i.later.value)} (${i.later.year})` : "–"}</td>
                      <td className="tabular-nums">{i.change === null ? "–" : `${i.change > 0 ? "+" : ""}${fmt(i.change)}`}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : (
              <p>{t("compare.noIndicators")}</p>
            )}
          </Card>
          <Card title={t("compare.hypotheses")}>
            {c.comparison.hypotheses.length ? (
              <DataTable caption={t("compare.hypothesesCaption")}>
                <thead>
                  <tr>
                    <th scope="col">{t("hypotheses.text")}</th>
                    <th scope="col">{c.other.title}</th>
                    <th scope="col">{c.analysis.title}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.comparison.hypotheses.map((h) => (
                    <tr key={h.key}>
                      <th scope="row">
                        {(h.later ?? h.earlier)?.text} {mark(h)}
                      </th>
                      <td>{h.earlier ? t(`verdicts.${h.earlier.verdict}`) : "–"}</td>
                      <td>{h.later ? t(`verdicts.${h.later.verdict}`) : "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : (
              <p>{t("compare.noHypotheses")}</p>
            )}
          </Card>
          <Card title={t("swot.title")}>
            <div className="grid grid-cols-1 *:min-w-0 gap-4 md:grid-cols-2">
              {c.comparison.swot.map((k) => (
                <section key={k.kind} aria-labelledby={`cmp-${k.kind}`}>
                  <h3 id={`cmp-${k.kind}`} className="font-semibold">
                    {t(`swot.${k.kind}`)}
                  </h3>
                  {k.items.length ? (
                    <ul className="list-disc pl-5">
                      {k.items.map((s) => (
                        <li key={s.key}>
                          {(s.later ?? s.earlier)?.text} {mark(s)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-sm text-slate-700">{t("compare.nothing")}</p>
                  )}
                </section>
              ))}
            </div>
          </Card>
          <Card title={t("actions.heading")}>
            {c.comparison.actions.length ? (
              <DataTable caption={t("compare.actionsCaption")}>
                <thead>
                  <tr>
                    <th scope="col">{t("actions.title")}</th>
                    <th scope="col">{c.other.title}</th>
                    <th scope="col">{c.analysis.title}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.comparison.actions.map((x) => (
                    <tr key={x.key}>
                      <th scope="row">
                        {(x.later ?? x.earlier)?.title} {mark(x)}
                      </th>
                      <td>{x.earlier ? t(`actionStatus.${x.earlier.status}`) : "–"}</td>
                      <td>{x.later ? t(`actionStatus.${x.later.status}`) : "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : (
              <p>{t("compare.noActions")}</p>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
