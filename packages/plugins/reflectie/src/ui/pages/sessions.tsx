import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, Button, buttonClass, EmptyState, PageHeader, SelectField, TextField } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReflectieRouter } from "../../server/router";
import { DAY, localText, UUID } from "../format";

const STATUSES = ["draft", "in_progress", "closed"] as const;
type Status = (typeof STATUSES)[number];

/** History: sessions by date, filtered by period, theme and status. */
export async function SessionsPage(props: PluginPageProps<ReflectieRouter>) {
  const sp = props.searchParams;
  const filters = {
    from: sp.from && DAY.test(sp.from) ? sp.from : "",
    to: sp.to && DAY.test(sp.to) ? sp.to : "",
    theme: sp.theme && UUID.test(sp.theme) ? sp.theme : "",
    status: (STATUSES as readonly string[]).includes(sp.status ?? "") ? (sp.status as Status) : ("" as const),
    // From a neighbourhood's page: its sessions (kept through the form as a hidden field; "clear" drops it).
    neighbourhoodId: sp.neighbourhoodId && UUID.test(sp.neighbourhoodId) ? sp.neighbourhoodId : "",
  };
  const page = Math.max(1, Math.min(10_000, Number.parseInt(sp.page ?? "1", 10) || 1));
  const api = props.api;
  const [result, themes] = await Promise.all([
    api.sessions.list({
      from: filters.from ? new Date(`${filters.from}T00:00:00`) : undefined,
      to: filters.to ? new Date(`${filters.to}T00:00:00`) : undefined,
      themeId: filters.theme || undefined,
      status: filters.status || undefined,
      neighbourhoodId: filters.neighbourhoodId || undefined,
      page,
      pageSize: 20,
    }),
    api.themes.list({ includeHidden: false }),
  ]);
  const t = await getTranslations("reflectie");
  const format = await getFormatter();
  const locale = await getLocale();
  const base = `/t/${props.slug}/reflectie`;
  const canManage = props.permissions.includes("reflectie.sessions.manage");
  const filtered = Object.values(filters).some(Boolean);
  const query = (p: number) => {
    const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return `${base}/sessions${s ? `?${s}` : ""}`;
  };
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <>
      <PageHeader
        title={t("sessions.title")}
        description={t("sessions.intro")}
        actions={
          canManage ? (
            <Link href={`${base}/sessions/new`} className={buttonClass("primary")}>
              {t("home.newSession")}
            </Link>
          ) : null
        }
      />
      <search className="mb-6 block">
        <form
          action={`${base}/sessions`}
          className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_2fr_1fr_auto] lg:items-end"
        >
          {filters.neighbourhoodId ? <input type="hidden" name="neighbourhoodId" value={filters.neighbourhoodId} /> : null}
          <TextField id="reflectie-from" name="from" type="date" label={t("sessions.from")} defaultValue={filters.from} />
          <TextField id="reflectie-to" name="to" type="date" label={t("sessions.to")} defaultValue={filters.to} />
          <SelectField id="reflectie-theme" name="theme" label={t("sessions.theme")} defaultValue={filters.theme}>
            <option value="">{t("sessions.allThemes")}</option>
            {themes.map((th) => (
              <option key={th.id} value={th.id}>
                {localText(th.title, locale)}
              </option>
            ))}
          </SelectField>
          <SelectField id="reflectie-status" name="status" label={t("sessions.status")} defaultValue={filters.status}>
            <option value="">{t("sessions.allStatuses")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`sessionStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <div className="flex flex-wrap gap-2">
            <Button type="submit">{t("sessions.filter")}</Button>
            {filtered ? (
              <Link href={`${base}/sessions`} className={buttonClass("ghost")}>
                {t("sessions.clear")}
              </Link>
            ) : null}
          </div>
        </form>
      </search>
      <section aria-labelledby="reflectie-sessions-results">
        <h2 id="reflectie-sessions-results" className="mb-2 text-lg font-semibold">
          {t("sessions.results")}
        </h2>
        <p role="status" className="mb-3 text-slate-800">
          {t("sessions.count", { count: result.total })}
        </p>
        {result.items.length === 0 ? (
          <EmptyState title={filtered ? t("sessions.noMatchesTitle") : t("home.noSessionsTitle")}>
            {filtered ? t("sessions.noMatches") : canManage ? t("home.noSessionsManage") : t("home.noSessions")}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
            {result.items.map((s) => (
              <li key={s.id} className="px-4 py-3">
                <h3 className="font-semibold">
                  <Link href={`${base}/sessions/${s.id}`} className="inline-block min-h-11 py-2.5">
                    {s.title}
                  </Link>
                </h3>
                <p className="text-sm text-slate-700">
                  {format.dateTime(s.date, { weekday: "long", day: "numeric", month: "long", year: "numeric" })}
                  {s.neighbourhoodName ? ` · ${s.neighbourhoodName}` : ""}
                  {" · "}
                  {t("sessions.summary", { questions: s.questions, participants: s.participants })}
                </p>
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <Badge tone={s.status === "closed" ? "good" : "neutral"}>{t(`sessionStatus.${s.status}`)}</Badge>
                  {s.themes.map((th) => (
                    <Badge key={th.id}>{localText(th.title, locale)}</Badge>
                  ))}
                  {s.openActions > 0 ? <Badge tone="warn">{t("sessions.openActions", { count: s.openActions })}</Badge> : null}
                  {s.status === "closed" ? (
                    <Link href={`${base}/sessions/${s.id}/report`} className="text-sm">
                      {t("sessions.report")}
                      <span className="sr-only">: {s.title}</span>
                    </Link>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        {pages > 1 ? (
          <nav aria-label={t("sessions.pages")} className="mt-4 flex items-center justify-between gap-2">
            {page > 1 ? (
              <Link href={query(page - 1)} className={buttonClass("secondary")}>
                {t("sessions.previous")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-slate-700">{t("sessions.page", { page, pages })}</span>
            {page < pages ? (
              <Link href={query(page + 1)} className={buttonClass("secondary")}>
                {t("sessions.next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </>
  );
}
