import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, Card, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReflectieRouter } from "../../server/router";
import { NoticeList } from "../components/notices";

/** The module's start page: reminders, the next session, recent sessions and the action points at a glance. */
export async function StartPage(props: PluginPageProps<ReflectieRouter>) {
  const api = props.api;
  const data = await api.home.summary();
  const t = await getTranslations("reflectie");
  const format = await getFormatter();
  const base = `/t/${props.slug}/reflectie`;
  const when = (d: Date) => format.dateTime(d, { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
  return (
    <>
      <PageHeader
        title={t("home.title")}
        description={t("home.intro")}
        actions={
          <>
            {data.canManageSessions ? (
              <Link href={`${base}/sessions/new`} className={buttonClass("primary")}>
                {t("home.newSession")}
              </Link>
            ) : null}
            <Link href={`${base}/sessions`} className={buttonClass("secondary")}>
              {t("home.allSessions")}
            </Link>
          </>
        }
      />
      {data.notices.length ? (
        <div className="mb-6">
          <NoticeList
            notices={data.notices.map((n) => ({ id: n.id, text: t("home.notice", { rhythm: n.rhythmName, date: when(n.sessionAt) }) }))}
          />
        </div>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("home.upcoming")}>
          {data.upcoming ? (
            <p>
              <Link href={`${base}/sessions/${data.upcoming.id}`} className="inline-block min-h-11 py-2.5 font-semibold">
                {data.upcoming.title}
              </Link>
              <span className="block text-slate-700">{when(data.upcoming.date)}</span>
            </p>
          ) : (
            <p className="text-slate-700">{t("home.noUpcoming")}</p>
          )}
          {data.rhythms.length ? (
            <ul className="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm text-slate-800">
              {data.rhythms.map((r) => (
                <li key={r.id}>{t("home.rhythmLine", { name: r.name, weeks: r.intervalWeeks, date: when(r.nextSessionAt) })}</li>
              ))}
            </ul>
          ) : null}
          <p className="mt-3">
            <Link href={`${base}/rhythm`}>{data.canManageRhythms ? t("home.manageRhythm") : t("home.viewRhythm")}</Link>
          </p>
        </Card>
        <Card title={t("home.actionsTitle")}>
          <ul className="space-y-2">
            <li className="flex flex-wrap items-center gap-2">
              <span className="text-2xl font-bold">{data.openActions}</span> {t("home.openActions", { count: data.openActions })}
            </li>
            <li className="flex flex-wrap items-center gap-2">
              {data.overdueActions > 0 ? (
                <Badge tone="bad">{t("home.overdueActions", { count: data.overdueActions })}</Badge>
              ) : (
                <Badge tone="good">{t("home.noOverdue")}</Badge>
              )}
            </li>
            <li className="text-slate-800">{t("home.myActions", { count: data.myOpenActions })}</li>
          </ul>
          <p className="mt-3 flex flex-wrap gap-2">
            <Link href={`${base}/actions`} className={buttonClass("secondary")}>
              {t("home.toActions")}
            </Link>
            {data.canManageSets ? (
              <Link href={`${base}/questions`} className={buttonClass("ghost")}>
                {t("home.toQuestions")}
              </Link>
            ) : null}
          </p>
        </Card>
      </div>
      <section className="mt-6" aria-labelledby="reflectie-recent">
        <h2 id="reflectie-recent" className="mb-3 text-xl font-semibold">
          {t("home.recent")}
        </h2>
        {data.recent.length === 0 ? (
          <EmptyState title={t("home.noSessionsTitle")}>
            {data.canManageSessions ? t("home.noSessionsManage") : t("home.noSessions")}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
            {data.recent.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                <Link href={`${base}/sessions/${s.id}`} className="inline-block min-h-11 py-2.5 font-semibold">
                  {s.title}
                </Link>
                <span className="flex items-center gap-2 text-sm text-slate-700">
                  {format.dateTime(s.date, { day: "numeric", month: "long", year: "numeric" })}
                  <Badge tone={s.status === "closed" ? "good" : "neutral"}>{t(`sessionStatus.${s.status}`)}</Badge>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
