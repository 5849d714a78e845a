import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReflectieRouter } from "../../server/router";
import { RhythmForm } from "../components/rhythm-form";

/** The reflection rhythm: how often the team meets, when next, who gets the reminder. */
export async function RhythmPage(props: PluginPageProps<ReflectieRouter>) {
  const api = props.api;
  const canManage = props.permissions.includes("reflectie.rhythms.manage");
  const canPlan = props.permissions.includes("reflectie.sessions.manage");
  const [rhythms, members] = await Promise.all([api.rhythms.list(), canManage && canPlan ? api.sessions.members() : Promise.resolve([])]);
  const t = await getTranslations("reflectie");
  const format = await getFormatter();
  const base = `/t/${props.slug}/reflectie`;
  const memberOptions = members.map((m) => ({ userId: m.userId, name: m.name }));
  return (
    <>
      <PageHeader title={t("rhythm.title")} description={t("rhythm.intro")} />
      {rhythms.length === 0 ? (
        <EmptyState title={t("rhythm.emptyTitle")}>{canManage ? t("rhythm.emptyManage") : t("rhythm.empty")}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {rhythms.map((r) => (
            <li key={r.id} className="rounded-xl border border-slate-300 bg-white p-4">
              <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                {r.name} {r.active ? <Badge tone="good">{t("rhythm.active")}</Badge> : <Badge>{t("rhythm.paused")}</Badge>}
              </h2>
              <p className="text-slate-800">
                {t("rhythm.every", { weeks: r.intervalWeeks })} ·{" "}
                {t("rhythm.next", {
                  date: format.dateTime(r.nextSessionAt, {
                    weekday: "long",
                    day: "numeric",
                    month: "long",
                    hour: "2-digit",
                    minute: "2-digit",
                  }),
                })}
                {r.neighbourhoodName ? ` · ${r.neighbourhoodName}` : ""}
              </p>
              <p className="text-sm text-slate-700">
                {t("rhythm.who")}: {r.participants.map((p) => p.name ?? t("rhythm.formerMember")).join(", ") || t("report.none")}
              </p>
              {canPlan ? (
                <p className="mt-2">
                  <Link href={`${base}/sessions/new?rhythm=${r.id}`} className={buttonClass("secondary")}>
                    {t("rhythm.plan")}
                  </Link>
                </p>
              ) : null}
              {canManage ? (
                <RhythmForm
                  members={memberOptions}
                  rhythm={{
                    id: r.id,
                    name: r.name,
                    intervalWeeks: r.intervalWeeks,
                    nextSessionAt: r.nextSessionAt.toISOString(),
                    participantIds: r.participants.map((p) => p.userId),
                    active: r.active,
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <section aria-labelledby="rhythm-new" className="mt-6 rounded-xl border border-slate-300 bg-white p-4">
          <h2 id="rhythm-new" className="text-lg font-semibold">
            {t("rhythm.new")}
          </h2>
          <RhythmForm members={memberOptions} rhythm={null} />
        </section>
      ) : null}
    </>
  );
}
