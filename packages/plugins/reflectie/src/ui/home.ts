import type { HomeFigure, HomeProps, HomeSummary, PluginHome } from "@zorgzaam/core/plugin";
import { getFormatter, getTranslations } from "next-intl/server";
import { P } from "../manifest";
import type { ReflectieRouter } from "../server/router";
import { dayToDate } from "./format";

/** Action points listed on "Mijn werk" (the actions page has them all). */
const MY_ACTIONS = 5;

/**
 * What Reflectie adds to "Mijn werk" and a neighbourhood's page, through the module's procedures (everyone sees only
 * the sessions they are invited to; regie all): the sessions one is invited to and one's own open action points; what
 * is overdue; and the sessions per neighbourhood, linked to the filtered sessions page.
 */
async function summary(props: HomeProps<ReflectieRouter>): Promise<HomeSummary> {
  const t = await getTranslations("reflectie");
  const format = await getFormatter();
  const api = props.api;
  const base = `/t/${props.slug}/reflectie`;
  const s = await api.home.summary();
  const ids = props.neighbourhoodId ? [props.neighbourhoodId] : props.neighbourhoodIds;
  const neighbourhoods: Record<string, HomeFigure[]> = Object.fromEntries(
    ids.map((id) => [
      id,
      [{ label: t("myWork.sessions", { count: s.sessionsByNeighbourhood[id] ?? 0 }), href: `${base}/sessions?neighbourhoodId=${id}` }],
    ]),
  );
  if (props.focus === "neighbourhood") return { neighbourhoods };

  const day = (d: Date) => format.dateTime(d, { weekday: "long", day: "numeric", month: "long" });
  const mine = await api.actions.list({ status: "open_any", mine: true });
  const attention: HomeFigure[] = [];
  if (s.overdueActions > 0) {
    attention.push({ label: t("myWork.overdueFigure", { count: s.overdueActions }), href: `${base}/actions`, tone: "bad" });
  }
  if (s.notices.length > 0) attention.push({ label: t("myWork.noticeFigure", { count: s.notices.length }), href: base, tone: "warn" });
  return {
    neighbourhoods,
    attention,
    mine: [
      {
        title: t("myWork.invitedTitle"),
        entries: s.upcomingSessions.map((x) => ({ title: x.title, detail: day(x.date), href: `${base}/sessions/${x.id}` })),
        empty: t("myWork.invitedEmpty"),
        more: { label: t("myWork.allSessions"), href: `${base}/sessions` },
      },
      {
        title: t("myWork.myActionsTitle"),
        entries: mine.slice(0, MY_ACTIONS).map((a) => ({
          title: a.text,
          detail: [
            a.dueDate ? t(a.overdue ? "myWork.overdue" : "myWork.due", { date: day(dayToDate(a.dueDate)) }) : null,
            t("myWork.fromSession", { session: a.session.title }),
          ]
            .filter(Boolean)
            .join(" · "),
          href: `${base}/sessions/${a.session.id}`,
          tone: a.overdue ? ("bad" as const) : undefined,
        })),
        empty: t("myWork.myActionsEmpty"),
        more: { label: t("myWork.allActions"), href: `${base}/actions` },
      },
    ],
  };
}

export const home: PluginHome = { permission: P.participate, summary };
