import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, Card, DataTable, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RELATIONSHIP_STATUSES } from "../../domain";
import type { PartnersRouter } from "../../server/router";
import { ComparePicker } from "./compare-picker";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rounds side by side: the figures of each round, and per actor how the answers moved. */
export async function ComparePage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners");
  const format = await getFormatter();
  const api = props.api;
  const base = `/t/${props.slug}/partners/evaluation`;
  const list = await api.evaluation.list();
  const asked = (props.searchParams.rounds ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => UUID.test(s));
  // Without a choice: the two most recent rounds.
  const selected = asked.length ? [...new Set(asked)].slice(0, 6) : list.slice(0, 2).map((r) => r.id);
  const showAll = props.searchParams.all === "1";
  const data = selected.length >= 2 ? await api.evaluation.compare({ roundIds: selected }) : null;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const pct = (share: number | null) => (share === null ? "—" : format.number(share, { style: "percent", maximumFractionDigits: 0 }));

  const header = (
    <PageHeader
      title={t("evaluation.compare.title")}
      description={t("evaluation.compare.intro")}
      actions={
        <Link href={base} className={buttonClass("secondary")}>
          {t("evaluation.round.back")}
        </Link>
      }
    />
  );
  if (list.length < 2) {
    return (
      <>
        {header}
        <EmptyState title={t("evaluation.compare.tooFew")}>{t("evaluation.compare.tooFewHint")}</EmptyState>
      </>
    );
  }

  const answerLabel = (v: string | null) => (v ? t(`evaluation.answer.${v}`) : t("evaluation.answer.none"));
  const actors = data ? data.actors.filter((a) => showAll || a.changed || a.partial) : [];
  const query = `rounds=${selected.join(",")}`;

  return (
    <>
      {header}
      <Card className="mb-6">
        <ComparePicker
          rounds={list.map((r) => ({ id: r.id, label: `${r.title} (${date(r.startedAt)})` }))}
          selected={selected}
          showAll={showAll}
        />
      </Card>

      {data ? (
        <div className="space-y-8">
          <section aria-labelledby="figures-title" className="space-y-3">
            <h2 id="figures-title" className="text-lg font-semibold text-slate-900">
              {t("evaluation.compare.figures")}
            </h2>
            <DataTable caption={t("evaluation.compare.figuresCaption")}>
              <thead>
                <tr>
                  <th scope="col">{t("evaluation.compare.figure")}</th>
                  {data.rounds.map((r) => (
                    <th key={r.id} scope="col">
                      <Link href={`${base}/${r.id}`} className="text-teal-900 underline">
                        {r.title}
                      </Link>
                      <span className="block font-normal text-slate-700">
                        {date(r.startedAt)} · {t(`evaluation.roundStatus.${r.status}`)}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                <tr>
                  <th scope="row">{t("evaluation.compare.actors")}</th>
                  {data.rounds.map((r) => (
                    <td key={r.id}>{r.figures.actors}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("evaluation.compare.answered")}</th>
                  {data.rounds.map((r) => (
                    <td key={r.id}>{r.figures.answered}</td>
                  ))}
                </tr>
                {RELATIONSHIP_STATUSES.map((s) => (
                  <tr key={s}>
                    <th scope="row">{t("evaluation.compare.atStart", { status: t(`status.${s}`) })}</th>
                    {data.rounds.map((r) => (
                      <td key={r.id}>{r.figures.byStatusAtStart[s]}</td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t("evaluation.compare.worksTogether")}</th>
                  {data.rounds.map((r) => (
                    <td key={r.id}>
                      {pct(r.figures.worksTogetherShare)}{" "}
                      <span className="text-slate-700">
                        {t("evaluation.compare.ofJudged", {
                          yes: r.figures.worksTogether.yes,
                          judged: r.figures.worksTogether.yes + r.figures.worksTogether.partly + r.figures.worksTogether.no,
                        })}
                      </span>
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("evaluation.compare.mutual")}</th>
                  {data.rounds.map((r) => (
                    <td key={r.id}>
                      {pct(r.figures.mutualShare)}{" "}
                      <span className="text-slate-700">
                        {t("evaluation.compare.ofJudged", {
                          yes: r.figures.mutual.yes,
                          judged: r.figures.mutual.yes + r.figures.mutual.partly + r.figures.mutual.no,
                        })}
                      </span>
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("evaluation.compare.worthWaking")}</th>
                  {data.rounds.map((r) => (
                    <td key={r.id}>{t("evaluation.compare.ofDormant", { n: r.figures.dormantWorthWaking, dormant: r.figures.dormant })}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t("evaluation.compare.applied")}</th>
                  {data.rounds.map((r) => (
                    <td key={r.id}>{r.figures.applied}</td>
                  ))}
                </tr>
                {(["open", "done", "dropped"] as const).map((s) => (
                  <tr key={s}>
                    <th scope="row">{t("evaluation.compare.followUps", { status: t(`evaluation.followUps.status.${s}`) })}</th>
                    {data.rounds.map((r) => (
                      <td key={r.id}>{r.figures.followUps[s]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </section>

          <section aria-labelledby="moves-title" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-2">
              <h2 id="moves-title" className="text-lg font-semibold text-slate-900">
                {showAll ? t("evaluation.compare.allActors") : t("evaluation.compare.changedActors")}
              </h2>
              <Link href={showAll ? `?${query}` : `?${query}&all=1`} className="min-h-11 py-2 text-teal-900 underline">
                {showAll ? t("evaluation.compare.showChanged") : t("evaluation.compare.showAll", { count: data.actors.length })}
              </Link>
            </div>
            {actors.length === 0 ? (
              <p className="text-slate-700">{t("evaluation.compare.nothingMoved")}</p>
            ) : (
              <DataTable caption={t("evaluation.compare.movesCaption")}>
                <thead>
                  <tr>
                    <th scope="col">{t("evaluation.compare.actor")}</th>
                    {data.rounds.map((r) => (
                      <th key={r.id} scope="col">
                        {r.title}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {actors.map((a) => (
                    <tr key={a.actorId}>
                      <th scope="row" className="align-top">
                        <Link href={`/t/${props.slug}/partners/actors/${a.actorId}`} className="text-teal-900 underline">
                          {a.name}
                        </Link>
                        <span className="mt-1 flex flex-wrap gap-1 font-normal">
                          {a.changed ? <Badge tone="warn">{t("evaluation.compare.moved")}</Badge> : null}
                          {a.partial ? <Badge>{t("evaluation.compare.notInAll")}</Badge> : null}
                        </span>
                      </th>
                      {a.cells.map((c, i) => (
                        <td key={data.rounds[i]?.id ?? i} className="align-top">
                          {c ? (
                            <ul className="space-y-0.5">
                              <li className="font-medium">{t(`status.${c.statusAtStart}`)}</li>
                              <li>{t("evaluation.compare.cellWorks", { v: answerLabel(c.worksTogether) })}</li>
                              <li>{t("evaluation.compare.cellMutual", { v: answerLabel(c.mutual) })}</li>
                              {c.worthWaking ? <li>{t("evaluation.compare.cellWake", { v: answerLabel(c.worthWaking) })}</li> : null}
                              {c.appliedStatus ? (
                                <li>{t("evaluation.compare.cellApplied", { status: t(`status.${c.appliedStatus}`) })}</li>
                              ) : c.proposedStatus ? (
                                <li>{t("evaluation.compare.cellProposed", { status: t(`status.${c.proposedStatus}`) })}</li>
                              ) : null}
                            </ul>
                          ) : (
                            <span className="text-slate-700">{t("evaluation.compare.notInRound")}</span>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}
          </section>
        </div>
      ) : null}
    </>
  );
}
