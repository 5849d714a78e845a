import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, Button, buttonClass, Checkbox, EmptyState, PageHeader, SelectField } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReflectieRouter } from "../../server/router";
import { ActionStatusSelect } from "../components/action-points";
import { dayToDate } from "../format";

const FILTERS = ["open_any", "open", "in_progress", "done", "dropped"] as const;
type Filter = (typeof FILTERS)[number];

/** Action points from every session in one list, overdue ones highlighted. */
export async function ActionsPage(props: PluginPageProps<ReflectieRouter>) {
  const sp = props.searchParams;
  const status: Filter | "" =
    sp.status === "all" ? "" : sp.status && (FILTERS as readonly string[]).includes(sp.status) ? (sp.status as Filter) : "open_any";
  const overdue = sp.overdue === "1";
  const mine = sp.mine === "1";
  const rows = await props.api.actions.list({ status: status || undefined, overdue, mine });
  const t = await getTranslations("reflectie");
  const format = await getFormatter();
  const base = `/t/${props.slug}/reflectie`;
  const overdueCount = rows.filter((r) => r.overdue).length;
  return (
    <>
      <PageHeader title={t("actions.title")} description={t("actions.intro")} />
      <search className="mb-6 block">
        <form
          action={`${base}/actions`}
          className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
        >
          <SelectField id="actions-status" name="status" label={t("actions.statusFilter")} defaultValue={status || "all"}>
            <option value="all">{t("actions.all")}</option>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {f === "open_any" ? t("actions.openAny") : t(`status.${f}`)}
              </option>
            ))}
          </SelectField>
          <Checkbox name="overdue" value="1" label={t("actions.onlyOverdue")} defaultChecked={overdue} />
          <Checkbox name="mine" value="1" label={t("actions.onlyMine")} defaultChecked={mine} />
          <Button type="submit">{t("sessions.filter")}</Button>
        </form>
      </search>
      <p role="status" className="mb-3 text-slate-800">
        {t("actions.count", { count: rows.length })}
        {overdueCount ? ` · ${t("home.overdueActions", { count: overdueCount })}` : ""}
      </p>
      {rows.length === 0 ? (
        <EmptyState title={t("actions.emptyTitle")}>{t("actions.empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
          {rows.map((a) => (
            <li
              key={a.id}
              className={`grid gap-2 px-4 py-3 md:grid-cols-[1fr_12rem] md:items-end ${a.overdue ? "border-l-4 border-l-red-700 bg-red-50" : ""}`}
            >
              <div>
                <p className="font-semibold">
                  {a.text} {a.overdue ? <Badge tone="bad">{t("actions.overdue")}</Badge> : null}
                </p>
                <p className="text-sm text-slate-700">
                  {a.ownerName ? t("actions.owner", { name: a.ownerName }) : t("actions.noOwner")}
                  {a.dueDate
                    ? ` · ${t("actions.due", { date: format.dateTime(dayToDate(a.dueDate), { day: "numeric", month: "long", year: "numeric" }) })}`
                    : ""}
                </p>
                <p className="text-sm">
                  {t("actions.fromSession")} <Link href={`${base}/sessions/${a.session.id}`}>{a.session.title}</Link> (
                  {format.dateTime(a.session.date, { day: "numeric", month: "short", year: "numeric" })})
                </p>
              </div>
              <ActionStatusSelect id={a.id} status={a.status} label={t("actions.statusOf", { text: a.text.slice(0, 60) })} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link href={base} className={buttonClass("ghost")}>
          {t("common.toStart")}
        </Link>
      </p>
    </>
  );
}
