import type { PluginPageProps } from "@zorgzaam/core/plugins/contract";
import { Button, Card, EmptyState, PageHeader, SelectField } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { sectorLabel } from "../actors/labels";
import { partnersRouter } from "../../server/router";
import { searchFor } from "../map/url";
import { AreaNav } from "./area-nav";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Witte vlekken: per neighbourhood, the sectors without an active partner (those with only dormant ties first: the
 * easiest to wake), the dormant ties and the recorded missing places, each with a link to the map filtered on them.
 */
export async function GapsPage(props: PluginPageProps) {
  const t = await getTranslations("partners");
  const format = await getFormatter();
  const locale = await getLocale();
  const api = props.caller(partnersRouter);
  const requested = props.searchParams.neighbourhoodId;
  const neighbourhoodId = requested && UUID.test(requested) ? requested : undefined;
  const [options, r] = await Promise.all([api.actors.options(), api.gaps.list({ neighbourhoodId })]);
  const sectors = new Map(r.sectors.map((s) => [s.key, sectorLabel(s, locale)]));
  const base = `/t/${props.slug}/partners`;
  const map = (f: Parameters<typeof searchFor>[0]) => {
    const qs = searchFor({ missing: "include", ...f });
    return qs ? `${base}?${qs}` : base;
  };
  const actor = (a: { id: string; name: string }) => <Link href={`${base}/actors/${a.id}`}>{a.name}</Link>;
  const list = (xs: { id: string; name: string }[]) =>
    xs.map((a, i) => (
      <span key={a.id}>
        {i ? ", " : ""}
        {actor(a)}
      </span>
    ));

  return (
    <>
      <PageHeader title={t("network.gaps.title")} description={t("network.gaps.intro")} />
      <AreaNav slug={props.slug} current="gaps" />
      <form
        action={`${base}/gaps`}
        className="mb-4 grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-[1fr_auto] sm:items-end"
      >
        <SelectField
          id="gaps-neighbourhood"
          name="neighbourhoodId"
          label={t("network.gaps.neighbourhood")}
          defaultValue={neighbourhoodId ?? ""}
        >
          <option value="">{t("network.gaps.allNeighbourhoods")}</option>
          {options.neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit">{t("network.gaps.show")}</Button>
      </form>
      <p className="mb-2 text-slate-900" data-testid="gaps-totals">
        {t("network.gaps.totals", { gaps: r.totals.gaps, dormant: r.totals.dormantTies, missing: r.totals.missingPlaces })}
      </p>
      <p className="mb-6 text-sm text-slate-700">{t("network.gaps.dormantRule", { months: r.dormantAfterMonths })}</p>

      {r.neighbourhoods.length === 0 ? (
        <EmptyState title={t("network.gaps.noNeighbourhoodsTitle")}>{t("network.gaps.noNeighbourhoods")}</EmptyState>
      ) : (
        <div className="space-y-6">
          {r.neighbourhoods.map((g) => {
            const nid = g.neighbourhood?.id;
            const dormantOnly = g.gaps.filter((x) => x.dormant.length > 0);
            const nothing = g.gaps.filter((x) => x.dormant.length === 0);
            return (
              <Card key={nid ?? "none"} title={g.neighbourhood?.name ?? t("network.gaps.noNeighbourhood")}>
                <div className="space-y-5">
                  {g.neighbourhood ? (
                    <section>
                      <h3 className="font-semibold text-slate-900">{t("network.gaps.sectorsTitle")}</h3>
                      <p className="text-sm text-slate-700">
                        {t("network.gaps.covered", { covered: g.covered, total: g.covered + g.gaps.length })}
                      </p>
                      {g.gaps.length === 0 ? (
                        <p className="mt-1">{t("network.gaps.allCovered")}</p>
                      ) : (
                        <>
                          {dormantOnly.length ? (
                            <>
                              <h4 className="mt-3 font-semibold text-slate-900">{t("network.gaps.onlyDormant")}</h4>
                              <ul className="mt-1 space-y-2">
                                {dormantOnly.map((x) => (
                                  <li key={x.sectorKey}>
                                    <Link href={map({ sectors: [x.sectorKey], neighbourhoodId: nid })} className="font-medium">
                                      {sectors.get(x.sectorKey) ?? x.sectorKey}
                                    </Link>
                                    <span className="block text-sm text-slate-800">
                                      {t("network.gaps.dormantOnes")} {list(x.dormant)}
                                    </span>
                                  </li>
                                ))}
                              </ul>
                            </>
                          ) : null}
                          {nothing.length ? (
                            <>
                              <h4 className="mt-3 font-semibold text-slate-900">{t("network.gaps.noActive")}</h4>
                              <ul className="mt-1 space-y-2" data-testid="gaps-no-active">
                                {nothing.map((x) => (
                                  <li key={x.sectorKey}>
                                    <Link href={map({ sectors: [x.sectorKey], neighbourhoodId: nid })} className="font-medium">
                                      {sectors.get(x.sectorKey) ?? x.sectorKey}
                                    </Link>
                                    {x.others.length ? (
                                      <span className="block text-sm text-slate-800">
                                        {t("network.gaps.candidates")} {list(x.others)}
                                      </span>
                                    ) : null}
                                  </li>
                                ))}
                              </ul>
                            </>
                          ) : null}
                        </>
                      )}
                    </section>
                  ) : null}

                  <section>
                    <h3 className="font-semibold text-slate-900">{t("network.gaps.dormantTitle", { count: g.dormantTies.length })}</h3>
                    {g.dormantTies.length === 0 ? (
                      <p className="text-slate-700">{t("network.gaps.noDormant")}</p>
                    ) : (
                      <>
                        <ul className="mt-1 space-y-1">
                          {g.dormantTies.map((d) => (
                            <li key={d.id}>
                              {actor(d)} —{" "}
                              {d.reason === "status"
                                ? t("network.gaps.markedDormant", { date: format.dateTime(d.lastChangeAt, { dateStyle: "medium" }) })
                                : t("network.gaps.quiet", {
                                    status: t(`status.${d.status as "intensive"}`),
                                    date: format.dateTime(d.lastChangeAt, { dateStyle: "medium" }),
                                  })}
                            </li>
                          ))}
                        </ul>
                        {nid ? (
                          <Link href={map({ statuses: ["dormant"], neighbourhoodId: nid })} className="mt-1 inline-block text-sm">
                            {t("network.gaps.dormantOnMap")}
                          </Link>
                        ) : null}
                      </>
                    )}
                  </section>

                  <section>
                    <h3 className="font-semibold text-slate-900">{t("network.gaps.missingTitle", { count: g.missingPlaces.length })}</h3>
                    {g.missingPlaces.length === 0 ? (
                      <p className="text-slate-700">{t("network.gaps.noMissing")}</p>
                    ) : (
                      <>
                        <ul className="mt-1 space-y-1">
                          {g.missingPlaces.map((m) => (
                            <li key={m.id}>
                              {actor(m)}
                              {m.note ? ` — ${m.note}` : ""}
                            </li>
                          ))}
                        </ul>
                        {nid ? (
                          <Link href={map({ missing: "only", neighbourhoodId: nid })} className="mt-1 inline-block text-sm">
                            {t("network.gaps.missingOnMap")}
                          </Link>
                        ) : null}
                      </>
                    )}
                  </section>
                </div>
              </Card>
            );
          })}
        </div>
      )}
    </>
  );
}
