import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, Badge, buttonClass, Card, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { P } from "../../manifest";
import type { PartnersRouter } from "../../server/router";
import { StartForm } from "./start-form";

/** The network evaluation: the rounds so far (open ones first to see), starting a new one, comparing rounds. */
export async function RoundsPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners.evaluation");
  const format = await getFormatter();
  const api = props.api;
  const canManage = props.permissions.includes(P.evaluationManage);
  const [rounds, preview] = await Promise.all([
    api.evaluation.list(),
    canManage ? api.evaluation.preview({ includeNotContacted: false }) : Promise.resolve(null),
  ]);
  const base = `/t/${props.slug}/partners/evaluation`;
  const defaultTitle = t("start.defaultTitle", { date: format.dateTime(new Date(), { month: "long", year: "numeric" }) });

  return (
    <>
      {props.searchParams.deleted ? <Alert tone="success">{t("admin.deleted")}</Alert> : null}
      <PageHeader
        title={t("list.title")}
        description={t("list.intro")}
        actions={
          rounds.length >= 2 ? (
            <Link href={`${base}/compare`} className={buttonClass("secondary")}>
              {t("list.compare")}
            </Link>
          ) : undefined
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <section aria-labelledby="rounds-title" className="space-y-3">
          <h2 id="rounds-title" className="text-lg font-semibold text-slate-900">
            {t("list.rounds")}
          </h2>
          {rounds.length === 0 ? (
            <EmptyState title={t("list.empty")}>{canManage ? t("list.emptyManage") : t("list.emptyOthers")}</EmptyState>
          ) : (
            <ul className="space-y-3">
              {rounds.map((r) => (
                <li key={r.id} className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 className="text-lg font-semibold">
                      <Link href={`${base}/${r.id}`} className="text-teal-900 underline">
                        {r.title}
                      </Link>
                    </h3>
                    <Badge tone={r.status === "open" ? "warn" : "good"}>{t(`roundStatus.${r.status}`)}</Badge>
                  </div>
                  <p className="mt-1 text-sm text-slate-700">
                    {r.closedAt
                      ? t("list.period", {
                          from: format.dateTime(r.startedAt, { dateStyle: "medium" }),
                          to: format.dateTime(r.closedAt, { dateStyle: "medium" }),
                        })
                      : t("list.since", { date: format.dateTime(r.startedAt, { dateStyle: "medium" }) })}
                    {" · "}
                    {r.neighbourhoodName ?? t("round.wholeNetwork")}
                  </p>
                  <p className="mt-2 text-slate-800">
                    {t("list.progress", { answered: r.answered, total: r.actors })}
                    {" · "}
                    {t("list.followUps", { open: r.followUpsOpen, done: r.followUpsDone })}
                  </p>
                  <progress
                    className="mt-2 h-2 w-full accent-teal-800"
                    value={r.answered}
                    max={Math.max(r.actors, 1)}
                    aria-label={t("list.progress", { answered: r.answered, total: r.actors })}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
        {canManage && preview ? (
          <Card title={t("start.heading")}>
            <p className="mb-4 text-sm text-slate-700">{t("start.intro")}</p>
            <StartForm slug={props.slug} neighbourhoods={preview.neighbourhoods} initial={preview.actors} defaultTitle={defaultTitle} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
