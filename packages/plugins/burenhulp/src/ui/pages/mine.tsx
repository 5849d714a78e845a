import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, Badge, PageHeader } from "@zorgzaam/ui";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { BurenhulpRouter } from "../../server/router";
import { CanHelpButton, MineFollowUp, PeerOptInButton, TooMuchButton } from "../components/mine-actions";
import { kindLabel } from "../labels";

/**
 * A helper's own page, on her phone (BH-7): what she offers, whom she helps (name and street once confirmed), the
 * follow-ups waiting for her, and "dit wordt me te veel". No title, no score.
 */
export async function MinePage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const locale = await getLocale();
  const format = await getFormatter();
  const o = await props.api.mine.overview();
  const day = (d: Date) => format.dateTime(d, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  const nearby = o.peerMode && o.peerOptIn ? await props.api.peer.nearby() : [];
  const when = (r: (typeof nearby)[number]) => {
    if (r.whenKind === "once") return r.startsOn ? t("peer.once", { day: day(r.startsOn) }) : t("peer.anyTime");
    if (r.whenKind === "period" && r.startsOn)
      return r.endsOn ? t("peer.period", { from: day(r.startsOn), to: day(r.endsOn) }) : t("peer.periodOpen", { from: day(r.startsOn) });
    if (r.weekdays.length) return t("peer.days", { days: r.weekdays.map((d) => t(`weekday.${d}`)).join(", ") });
    return r.whenKind === "recurring" ? t("peer.recurring") : t("peer.anyTime");
  };
  const hasActiveOffer = o.offers.some((x) => x.status === "active");
  return (
    <>
      <PageHeader title={t("pageTitles.mine")} description={t("mine.intro")} />
      {!o.known ? (
        <Alert tone="info">{t("mine.unknown")}</Alert>
      ) : (
        <div className="max-w-xl space-y-6">
          <section aria-labelledby="bh-mine-matches">
            <h2 id="bh-mine-matches" className="mb-2 text-xl font-semibold">
              {t("mine.matches")}
            </h2>
            {o.matches.length === 0 ? (
              <p>{t("mine.noMatches")}</p>
            ) : (
              <ul className="space-y-3">
                {o.matches.map((m) => (
                  <li key={m.id} className="rounded-xl border border-slate-300 bg-white p-4">
                    <p className="font-semibold">
                      {kindLabel(m.kind, t, locale)}
                      {m.who ? ` · ${m.who}` : ""}
                    </p>
                    <p className="flex flex-wrap items-center gap-2 text-slate-800">
                      <Badge tone={m.status === "confirmed" ? "good" : "neutral"}>{t(`matchStatus.${m.status}`)}</Badge>
                      {m.startsOn ? <span>{day(m.startsOn)}</span> : null}
                      {m.whenNote ? <span>{m.whenNote}</span> : null}
                    </p>
                    <p className="text-slate-800">{[m.street, m.neighbourhood].filter(Boolean).join(", ")}</p>
                    {m.status === "proposed" || m.status === "contacted" ? (
                      <p className="text-sm text-slate-700">{t("mine.notYet")}</p>
                    ) : null}
                    {m.followUpId ? (
                      <details className="mt-2">
                        <summary className="cursor-pointer font-semibold text-teal-900 underline">{t("followUp.title")}</summary>
                        <MineFollowUp followUpId={m.followUpId} />
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {o.peerMode ? (
            <section aria-labelledby="bh-mine-peer" className="rounded-xl border border-slate-300 bg-white p-4">
              <h2 id="bh-mine-peer" className="mb-1 text-xl font-semibold">
                {t("peer.title")}
              </h2>
              <p className="mb-3 text-slate-800">{t("peer.intro")}</p>
              {!hasActiveOffer ? (
                <p>{t("peer.noOffer")}</p>
              ) : (
                <>
                  <p className="mb-2 text-slate-800">{o.peerOptIn ? t("peer.optedIn") : t("peer.optedOut")}</p>
                  <PeerOptInButton on={o.peerOptIn} />
                  {o.peerOptIn ? (
                    nearby.length === 0 ? (
                      <p className="mt-3">{t("peer.none")}</p>
                    ) : (
                      <ul className="mt-3 space-y-3" aria-label={t("peer.title")}>
                        {nearby.map((r) => (
                          <li key={r.requestId} className="rounded-lg border border-slate-300 p-3">
                            <p className="font-semibold">{kindLabel(r.kind, t, locale)}</p>
                            <p className="text-slate-800">{[r.street, r.neighbourhood].filter(Boolean).join(", ")}</p>
                            <p className="mb-2 text-slate-800">{when(r)}</p>
                            <CanHelpButton requestId={r.requestId} />
                          </li>
                        ))}
                      </ul>
                    )
                  ) : null}
                </>
              )}
            </section>
          ) : null}
          <section aria-labelledby="bh-mine-offers">
            <h2 id="bh-mine-offers" className="mb-2 text-xl font-semibold">
              {t("mine.offers")}
            </h2>
            <p className="mb-2 text-slate-800">{t("mine.limit", { max: o.maxPerMonth })}</p>
            <ul className="space-y-2">
              {o.offers.map((x) => (
                <li
                  key={x.id}
                  className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-300 bg-white px-4 py-3"
                >
                  <span>{kindLabel(x.kind, t, locale)}</span>
                  <Badge tone={x.status === "active" ? "good" : "neutral"}>{t(`offerStatus.${x.status}`)}</Badge>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="bh-mine-much" className="rounded-xl border border-slate-300 bg-white p-4">
            <h2 id="bh-mine-much" className="mb-1 text-lg font-semibold">
              {t("mine.tooMuchTitle")}
            </h2>
            <p className="mb-3 text-slate-800">{t("mine.tooMuchHint")}</p>
            {o.offers.some((x) => x.status === "active") ? <TooMuchButton /> : <p>{t("mine.paused")}</p>}
          </section>
        </div>
      )}
    </>
  );
}
