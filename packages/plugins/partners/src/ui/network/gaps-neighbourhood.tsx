import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { NeighbourhoodGaps } from "../../server/network/gaps";
import type { searchFor } from "../map/url";

/** How many gap sectors the folded line names before "and n more". */
const NAMED = 3;

/**
 * One neighbourhood on the gaps page: a compact line that is always visible (counts, and the worst gaps by name), and
 * the details folded under it (every sector without an active partner, the dormant ties, the missing places, each with
 * a link to the map filtered on it). Native <details>: works without JavaScript and with the keyboard.
 */
export async function GapsNeighbourhood(props: {
  group: NeighbourhoodGaps;
  sectors: Map<string, string>;
  base: string;
  map: (f: Parameters<typeof searchFor>[0]) => string;
  open: boolean;
}) {
  const t = await getTranslations("partners");
  const format = await getFormatter();
  const { group: g, sectors, base, map } = props;
  const nid = g.neighbourhood?.id;
  const sectorName = (key: string) => sectors.get(key) ?? key;
  const actor = (a: { id: string; name: string }) => <Link href={`${base}/actors/${a.id}`}>{a.name}</Link>;
  const list = (xs: { id: string; name: string }[]) =>
    xs.map((a, i) => (
      <span key={a.id}>
        {i ? ", " : ""}
        {actor(a)}
      </span>
    ));
  const nothing = g.gaps.filter((x) => x.dormant.length === 0);
  const dormantOnly = g.gaps.filter((x) => x.dormant.length > 0);
  const worst = g.gaps.slice(0, NAMED).map((x) => sectorName(x.sectorKey));
  const total = g.covered + g.gaps.length;

  return (
    <details open={props.open} className="group rounded-xl border border-slate-300 bg-white shadow-sm" data-testid="gaps-neighbourhood">
      <summary className="grid min-h-11 cursor-pointer list-none grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-1 p-4 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="row-span-3 mt-1 inline-block text-slate-700 transition-transform group-open:rotate-90">
          ▶
        </span>
        <h2 className="text-lg font-semibold break-words text-slate-900">{g.neighbourhood?.name ?? t("network.gaps.noNeighbourhood")}</h2>
        <span className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-800" data-testid="gaps-counts">
          {g.neighbourhood ? <span>{t("network.gaps.countSectors", { gaps: g.gaps.length, total })}</span> : null}
          <span>{t("network.gaps.countDormant", { count: g.dormantTies.length })}</span>
          <span>{t("network.gaps.countMissing", { count: g.missingPlaces.length })}</span>
        </span>
        {worst.length ? (
          <span className="text-sm break-words text-slate-700">
            {t("network.gaps.worst", { names: worst.join(", "), more: g.gaps.length - worst.length })}
          </span>
        ) : null}
      </summary>
      <div className="space-y-5 border-t border-slate-200 p-4">
        {g.neighbourhood ? (
          <section>
            <h3 className="font-semibold text-slate-900">{t("network.gaps.sectorsTitle")}</h3>
            <p className="text-sm text-slate-700">{t("network.gaps.covered", { covered: g.covered, total })}</p>
            {g.gaps.length === 0 ? (
              <p className="mt-1">{t("network.gaps.allCovered")}</p>
            ) : (
              <>
                {nothing.length ? (
                  <>
                    <h4 className="mt-3 font-semibold text-slate-900">{t("network.gaps.noActive")}</h4>
                    <ul className="mt-1 space-y-2" data-testid="gaps-no-active">
                      {nothing.map((x) => (
                        <li key={x.sectorKey}>
                          <Link href={map({ sectors: [x.sectorKey], neighbourhoodId: nid })} className="font-medium">
                            {sectorName(x.sectorKey)}
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
                {dormantOnly.length ? (
                  <>
                    <h4 className="mt-3 font-semibold text-slate-900">{t("network.gaps.onlyDormant")}</h4>
                    <ul className="mt-1 space-y-2">
                      {dormantOnly.map((x) => (
                        <li key={x.sectorKey}>
                          <Link href={map({ sectors: [x.sectorKey], neighbourhoodId: nid })} className="font-medium">
                            {sectorName(x.sectorKey)}
                          </Link>
                          <span className="block text-sm text-slate-800">
                            {t("network.gaps.dormantOnes")} {list(x.dormant)}
                          </span>
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
    </details>
  );
}
