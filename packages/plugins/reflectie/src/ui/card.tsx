import type { PluginCardProps } from "@zorgzaam/core/plugins/contract";
import { Badge, buttonClass, Card, ModuleIcon } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { reflectieRouter } from "../server/router";

/**
 * The module's card on the tenant home. PluginCardProps carries no caller yet; when the platform passes one (as it
 * does for pages), the card shows the next session and the open action points, otherwise it links into the module.
 */
export async function ReflectieCard(props: PluginCardProps) {
  const t = await getTranslations("reflectie");
  const format = await getFormatter();
  const base = `/t/${props.slug}/reflectie`;
  let summary: { openActions: number; overdueActions: number; upcoming: { id: string; title: string; date: Date } | null } | null = null;
  if (props.caller) {
    try {
      summary = await props.caller(reflectieRouter).home.summary();
    } catch {
      summary = null;
    }
  }
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          <ModuleIcon name="messages-square" />
          {t("card.title")}
        </span>
      }
    >
      {summary ? (
        <ul className="space-y-1">
          <li>
            {summary.upcoming
              ? t("card.next", {
                  title: summary.upcoming.title,
                  date: format.dateTime(summary.upcoming.date, { weekday: "long", day: "numeric", month: "long" }),
                })
              : t("home.noUpcoming")}
          </li>
          <li className="flex flex-wrap items-center gap-2">
            {t("home.openActions", { count: summary.openActions })}: <strong>{summary.openActions}</strong>
            {summary.overdueActions ? <Badge tone="bad">{t("home.overdueActions", { count: summary.overdueActions })}</Badge> : null}
          </li>
        </ul>
      ) : (
        <p className="text-slate-800">{t("card.intro")}</p>
      )}
      <p className="mt-3 flex flex-wrap gap-2">
        <Link href={base} className={buttonClass("secondary")}>
          {t("card.open")}
        </Link>
        <Link href={`${base}/actions`} className={buttonClass("ghost")}>
          {t("home.toActions")}
        </Link>
      </p>
    </Card>
  );
}
