import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, Badge, buttonClass, Card, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { MatchStatus } from "../../domain";
import type { BurenhulpRouter } from "../../server/router";
import { FollowUpForm, SendFollowUpButton } from "../components/follow-up-form";
import { MatchSteps, ProposeButton } from "../components/match-actions";
import { ReferralForm, ReferralStatusForm } from "../components/referral-form";
import { TriageForm } from "../components/triage-form";
import { kindLabel, personName } from "../labels";

/** One request: what, when, where; triage; the proposed helpers with their reasons; the matches' steps; referral. */
export async function RequestPage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const locale = await getLocale();
  const format = await getFormatter();
  const r = await props.api.requests.get({ id: props.params.id ?? "" });
  const canManage = props.permissions.includes("burenhulp.requests.manage");
  const candidates = r.facilitation ? null : await props.api.matches.candidates({ requestId: r.id }).catch(() => null);
  const services = r.weight === "heavy" && canManage ? await props.api.referrals.services() : [];
  const sides = r.person ? await props.api.requests.forPerson({ personId: r.person.id }) : null;
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const base = `/t/${props.slug}/burenhulp`;
  const title = `${kindLabel(r.kind, t, locale)}${r.person ? ` · ${personName(r.person)}` : ""}`;
  return (
    <>
      <PageHeader
        title={title}
        description={
          <span className="flex flex-wrap gap-2">
            <Badge tone="neutral">{t(`status.${r.status}`)}</Badge>
            <Badge tone={r.weight === "heavy" ? "bad" : r.weight === "small" ? "good" : "warn"}>{t(`weight.${r.weight}`)}</Badge>
            {r.urgent ? <Badge tone="bad">{t("request.urgent")}</Badge> : null}
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("pageTitles.request")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">{t("request.person")}</dt>
            <dd>
              {r.person ? personName(r.person) : t("request.anonymous")}
              {r.person?.phone || r.person?.email ? (
                <span className="block text-sm text-slate-700">{[r.person.phone, r.person.email].filter(Boolean).join(" · ")}</span>
              ) : null}
            </dd>
            <dt className="font-semibold">{t("request.channel")}</dt>
            <dd>{t(`channel.${r.channel}`)}</dd>
            <dt className="font-semibold">{t("request.when")}</dt>
            <dd>
              {t(`whenKind.${r.whenKind}`)}
              {r.startsOn ? ` · ${r.whenKind === "once" ? day(r.startsOn) : t("request.from", { date: day(r.startsOn) })}` : ""}
              {r.endsOn ? ` · ${t("request.until", { date: day(r.endsOn) })}` : ""}
              {r.weekdays.length ? ` · ${r.weekdays.map((d) => t(`weekday.${d}`)).join(", ")}` : ""}
              {r.whenNote ? <span className="block text-sm text-slate-700">{r.whenNote}</span> : null}
            </dd>
            <dt className="font-semibold">{t("request.where")}</dt>
            <dd>{[r.street, r.neighbourhood?.name].filter(Boolean).join(", ") || "—"}</dd>
            <dt className="font-semibold">{t("request.languages")}</dt>
            <dd>{r.languages.join(", ") || "—"}</dd>
            <dt className="font-semibold">{t("request.notes")}</dt>
            <dd className="whitespace-pre-wrap">{r.notes ?? t("request.noNotes")}</dd>
            {r.photo ? (
              <>
                <dt className="font-semibold">{t("request.photo")}</dt>
                <dd>
                  {r.photo.status === "active" ? (
                    <a href={r.photo.full} className="inline-block">
                      {/* biome-ignore lint/performance/noImgElement: a short signed link to a stored thumbnail, not a static asset */}
                      <img src={r.photo.thumb} alt={t("request.photoAlt")} className="max-h-48 rounded-md border border-slate-300" />
                    </a>
                  ) : (
                    <span>
                      {t("request.photoWaiting")}{" "}
                      <a href={`/t/${props.slug}/contact/files`} className="underline">
                        {t("request.photoReview")}
                      </a>
                    </span>
                  )}
                </dd>
              </>
            ) : null}
          </dl>
          {r.referredBy ? (
            <div className="mt-4 rounded-md border border-slate-300 bg-slate-50 p-3">
              <p className="font-semibold">
                {t("refer.referredBy", {
                  organisation: r.referredBy.organisation?.name ?? "—",
                  reference: r.referredBy.message?.reference ?? "—",
                })}
              </p>
              <p className="whitespace-pre-wrap text-slate-900">{r.referredBy.message?.body ?? ""}</p>
            </div>
          ) : null}
          {sides?.askWhatTheyOffer ? (
            <p className="mt-4 rounded-md border border-teal-300 bg-teal-50 p-3 text-slate-900">{t("prompt.offer")}</p>
          ) : null}
        </Card>
        {canManage ? (
          <Card title={t("triage.title")}>
            <TriageForm
              id={r.id}
              weight={r.weight}
              signals={r.signals}
              urgent={r.urgent}
              suggested={r.suggestedSignals.filter((s) => !r.signals.includes(s))}
            />
          </Card>
        ) : null}
      </div>

      {r.weight === "heavy" ? (
        <section className="mt-6" aria-labelledby="bh-referral">
          <h2 id="bh-referral" className="mb-2 text-xl font-semibold">
            {t("referral.title")}
          </h2>
          <Alert tone="info">{t("referral.heavy")}</Alert>
          <ul className="my-3 space-y-3">
            {r.referrals.map((ref) => (
              <li key={ref.id} className="rounded-xl border border-slate-300 bg-white p-4">
                <p className="font-semibold">
                  {services.find((s) => s.id === ref.serviceActorId)?.name ?? ref.serviceName ?? "—"} · {t(`referralStatus.${ref.status}`)}
                  {ref.outcome ? ` · ${t(`outcome.${ref.outcome}`)}` : ""}
                </p>
                {ref.stalled ? (
                  <div className="my-2">
                    <Alert tone="info" title={t("referral.stalledTitle")}>
                      {t("referral.stalled", { since: day(ref.statusChangedAt) })}
                      {ref.remindedAt ? ` ${t("referral.reminded", { date: day(ref.remindedAt) })}` : ""}
                    </Alert>
                  </div>
                ) : null}
                {canManage ? <ReferralStatusForm id={ref.id} status={ref.status} outcome={ref.outcome} /> : null}
              </li>
            ))}
          </ul>
          {canManage && r.referrals.length === 0 ? <ReferralForm requestId={r.id} services={services} /> : null}
        </section>
      ) : (
        <section className="mt-6" aria-labelledby="bh-candidates">
          <h2 id="bh-candidates" className="mb-1 text-xl font-semibold">
            {t("candidates.title")}
          </h2>
          {r.facilitation ? (
            <p>
              {t("candidates.facilitation")}{" "}
              <Link href={`${base}/log`} className="text-teal-900 underline">
                {t("candidates.toLog")}
              </Link>
            </p>
          ) : candidates === null ? (
            <p>{t("candidates.notMatchable")}</p>
          ) : candidates.length === 0 ? (
            <p>{t("candidates.empty")}</p>
          ) : (
            <>
              <p className="mb-2 text-slate-700">{t("candidates.hint")}</p>
              <ol className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
                {candidates.map((c) => (
                  <li key={c.offerId} className="grid gap-2 px-4 py-3 sm:grid-cols-[1fr_auto] sm:items-center">
                    <div>
                      <p className="font-semibold">{personName(c.person)}</p>
                      <p className="text-slate-800">{c.explanation}</p>
                    </div>
                    {canManage ? <ProposeButton requestId={r.id} offerId={c.offerId} name={personName(c.person)} /> : null}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}

      <section className="mt-6" aria-labelledby="bh-matches">
        <h2 id="bh-matches" className="mb-2 text-xl font-semibold">
          {t("matches.title")}
        </h2>
        {r.matches.length === 0 ? (
          <p>{t("matches.empty")}</p>
        ) : (
          <ul className="space-y-3">
            {r.matches.map((m) => {
              const name = personName(m.offer.person);
              return (
                <li key={m.id} className="grid gap-2 rounded-xl border border-slate-300 bg-white p-4">
                  <p>
                    <span className="font-semibold">{name}</span> · {t(`matchStatus.${m.status}`)}
                    {m.declined ? ` · ${t("matches.declined")}` : ""}
                  </p>
                  {canManage ? <MatchSteps id={m.id} status={m.status as MatchStatus} name={name} /> : null}
                  {m.status === "confirmed" || m.status === "done" ? (
                    <div className="mt-2 space-y-2">
                      <h3 className="font-semibold">{t("followUp.title")}</h3>
                      {m.followUps.some((f) => f.heavier) ? <Alert tone="error">{t("followUp.heavierFlag")}</Alert> : null}
                      <ul className="space-y-1">
                        {(["asker", "helper"] as const).map((side) => {
                          const f = m.followUps.find((x) => x.side === side);
                          const who = side === "helper" ? name : r.person ? personName(r.person) : t("request.anonymous");
                          return (
                            <li key={side}>
                              <span className="font-semibold">{who}</span>:{" "}
                              {f?.answeredAt
                                ? [t(f.happened ? "followUp.yes" : "followUp.no"), f.went ? t(`followUp.wentOption.${f.went}`) : ""]
                                    .filter(Boolean)
                                    .join(" · ")
                                : f?.mailedAt
                                  ? t("followUp.waiting")
                                  : t("followUp.notAsked")}
                              {canManage && !f?.answeredAt ? (
                                <details className="mt-1">
                                  <summary className="cursor-pointer text-teal-900 underline">{t("followUp.enter", { name: who })}</summary>
                                  <FollowUpForm matchId={m.id} side={side} name={who} />
                                </details>
                              ) : null}
                            </li>
                          );
                        })}
                      </ul>
                      {canManage && m.followUps.length === 0 ? <SendFollowUpButton matchId={m.id} /> : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <p className="mt-6">
        <Link href={base} className={buttonClass("ghost")}>
          {t("request.back")}
        </Link>
      </p>
    </>
  );
}
