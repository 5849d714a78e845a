import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, Button, Card, DataTable, PageHeader, TextField } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RELATIONSHIP_STATUSES } from "../../domain";
import { brusselsDay, isCalendarDay, monthsBefore } from "../../server/network/dates";
import type { PartnersRouter } from "../../server/router";
import { AreaNav } from "./area-nav";

function Section({ title, count, children, empty }: { title: string; count: number; children: ReactNode; empty: string }) {
  return <Card title={title}>{count === 0 ? <p className="text-slate-700">{empty}</p> : children}</Card>;
}

/** How the network changed between two dates (default: the last three months), in sentences and tables. */
export async function ChangesPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners");
  const format = await getFormatter();
  const api = props.api;
  const today = brusselsDay(new Date());
  // Days that do not exist (a typed "2026-02-30") fall back to the default period; a start after the end is said.
  const given = (x: string | undefined) => (x && isCalendarDay(x) ? x : undefined);
  const from = given(props.searchParams.from) ?? brusselsDay(monthsBefore(new Date(), 3));
  const to = given(props.searchParams.to) ?? today;
  const base = `/t/${props.slug}/partners`;
  const r = from <= to ? await api.network.changes({ from, to }) : null;
  const long = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "long", timeZone: "Europe/Brussels" });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "Europe/Brussels" });
  const actorLink = (a: { id: string; name: string }) => <Link href={`${base}/actors/${a.id}`}>{a.name}</Link>;
  // For rich sentences: "<actor>{name}</actor> ..." becomes a link to the actor.
  const linkTo = (id: string) => (chunks: ReactNode) => <Link href={`${base}/actors/${id}`}>{chunks}</Link>;
  const more = (shown: number, total: number) =>
    total > shown ? <p className="mt-2 text-sm text-slate-700">{t("network.changes.more", { shown, total })}</p> : null;

  return (
    <>
      <PageHeader title={t("network.changes.title")} description={t("network.changes.intro")} />
      <AreaNav slug={props.slug} current="changes" />
      <form
        action={`${base}/network/changes`}
        className="mb-6 grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <TextField id="changes-from" name="from" type="date" label={t("network.changes.from")} defaultValue={from} max={today} required />
        <TextField id="changes-to" name="to" type="date" label={t("network.changes.to")} defaultValue={to} required />
        <Button type="submit">{t("network.changes.show")}</Button>
      </form>

      {r ? null : <Alert tone="error">{t("network.changes.badRange")}</Alert>}
      {r ? (
        <div className="space-y-6">
          <section aria-labelledby="changes-summary-title" className="space-y-2" data-testid="changes-summary">
            <h2 id="changes-summary-title" className="text-xl font-semibold text-slate-900">
              {t("network.changes.summaryTitle", { from: long(r.from), to: long(r.to) })}
            </h2>
            <ul className="list-disc space-y-1 pl-5 text-slate-900">
              <li>{t("network.changes.sentence.actors", { added: r.counts.added, archived: r.counts.archived })}</li>
              <li>{t("network.changes.sentence.statuses", { count: r.counts.statusChanges })}</li>
              <li>{t("network.changes.sentence.links", { added: r.counts.linksAdded, removed: r.counts.linksRemoved })}</li>
              <li>
                {t("network.changes.sentence.acquaintances", {
                  added: r.counts.acquaintancesAdded,
                  removed: r.counts.acquaintancesRemoved,
                })}
              </li>
              <li>
                {t("network.changes.sentence.active", {
                  before: r.summary.from.byStatus.intensive + r.summary.from.byStatus.occasional,
                  after: r.summary.to.byStatus.intensive + r.summary.to.byStatus.occasional,
                })}
              </li>
            </ul>
          </section>

          <DataTable caption={t("network.changes.snapshotCaption", { from: long(r.from), to: long(r.to) })}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col">{t("network.changes.measure")}</th>
                <th scope="col">{t("network.changes.onDate", { date: long(r.from) })}</th>
                <th scope="col">{t("network.changes.onDate", { date: long(r.to) })}</th>
                <th scope="col">{t("network.changes.difference")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {[
                { key: "actors", label: t("network.changes.actors"), a: r.summary.from.actors, b: r.summary.to.actors },
                ...RELATIONSHIP_STATUSES.map((s) => ({
                  key: s,
                  label: t(`status.${s}`),
                  a: r.summary.from.byStatus[s],
                  b: r.summary.to.byStatus[s],
                })),
                { key: "links", label: t("network.changes.links"), a: r.summary.from.links, b: r.summary.to.links },
                {
                  key: "acquaintances",
                  label: t("network.changes.acquaintances"),
                  a: r.summary.from.acquaintances,
                  b: r.summary.to.acquaintances,
                },
              ].map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="font-medium">
                    {row.label}
                  </th>
                  <td>{row.a}</td>
                  <td>{row.b}</td>
                  <td>{format.number(row.b - row.a, { signDisplay: "exceptZero" })}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>

          <div className="grid gap-6 lg:grid-cols-2">
            <Section title={t("network.changes.statusTitle")} count={r.counts.statusChanges} empty={t("network.changes.none")}>
              <ul className="space-y-1">
                {r.statusChanges.map((c) => (
                  <li key={c.id}>
                    {t.rich("network.changes.statusChange", {
                      actor: linkTo(c.id),
                      name: c.name,
                      from: t(`status.${c.from as "intensive"}`),
                      to: t(`status.${c.to as "intensive"}`),
                    })}
                  </li>
                ))}
              </ul>
              {more(r.statusChanges.length, r.counts.statusChanges)}
            </Section>

            <Section title={t("network.changes.addedTitle")} count={r.counts.added} empty={t("network.changes.none")}>
              <ul className="space-y-1">
                {r.added.map((a) => (
                  <li key={a.id}>
                    {actorLink(a)} — {t(`kind.${a.kind as "school"}`)}, {t(`status.${a.status as "intensive"}`)} ({date(a.at)})
                  </li>
                ))}
              </ul>
              {more(r.added.length, r.counts.added)}
            </Section>

            <Section title={t("network.changes.archivedTitle")} count={r.counts.archived} empty={t("network.changes.none")}>
              <ul className="space-y-1">
                {r.archived.map((a) => (
                  <li key={a.id}>
                    {actorLink(a)} ({date(a.at)})
                  </li>
                ))}
              </ul>
              {more(r.archived.length, r.counts.archived)}
            </Section>

            <Section
              title={t("network.changes.linksTitle")}
              count={r.counts.linksAdded + r.counts.linksRemoved}
              empty={t("network.changes.none")}
            >
              <ul className="space-y-1">
                {r.links.added.map((l) => (
                  <li key={`a-${l.id}`}>
                    {t.rich("network.changes.linkAdded", {
                      from: linkTo(l.from.id),
                      fromName: l.from.name,
                      to: linkTo(l.to.id),
                      toName: l.to.name,
                      type: t(`linkType.${l.type as "other"}`),
                      date: date(l.at),
                    })}
                  </li>
                ))}
                {r.links.removed.map((l) => (
                  <li key={`r-${l.id}`}>
                    {t.rich("network.changes.linkRemoved", {
                      from: linkTo(l.from.id),
                      fromName: l.from.name,
                      to: linkTo(l.to.id),
                      toName: l.to.name,
                      type: t(`linkType.${l.type as "other"}`),
                      date: date(l.at),
                    })}
                  </li>
                ))}
              </ul>
              {more(r.links.added.length + r.links.removed.length, r.counts.linksAdded + r.counts.linksRemoved)}
            </Section>

            <Section
              title={t("network.changes.acquaintancesTitle")}
              count={r.counts.acquaintancesAdded + r.counts.acquaintancesRemoved}
              empty={t("network.changes.none")}
            >
              <ul className="space-y-1">
                {[
                  ...r.acquaintances.added.map((q) => ({ q, key: "acquaintanceAdded" as const })),
                  ...r.acquaintances.removed.map((q) => ({ q, key: "acquaintanceRemoved" as const })),
                ].map(({ q, key }) => (
                  <li key={`${key}-${q.id}`}>
                    {t.rich(`network.changes.${key}`, {
                      who: q.who.name ?? (q.who.kind === "person" ? t("network.changes.aResident") : t("network.changes.aMember")),
                      actor: linkTo(q.actor.id),
                      name: q.actor.name,
                      strength: t(`strength.${q.strength as "knows"}`),
                      date: date(q.at),
                    })}
                  </li>
                ))}
              </ul>
              {more(
                r.acquaintances.added.length + r.acquaintances.removed.length,
                r.counts.acquaintancesAdded + r.counts.acquaintancesRemoved,
              )}
            </Section>
          </div>
        </div>
      ) : null}
    </>
  );
}
