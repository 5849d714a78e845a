import type { PluginCardProps, PluginUi } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, Card, ModuleIcon } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { P } from "../manifest";
import type { ReflectieRouter } from "../server/router";

/**
 * The module's card on the tenant home: the next session and the open action points (read through `api`), and a link
 * into the module; when the read fails, the link alone.
 */
export async function ReflectieCard(props: PluginCardProps<ReflectieRouter>) {
  const t = await getTranslations("reflectie");
  const format = await getFormatter();
  const base = `/t/${props.slug}/reflectie`;
  let summary: { openActions: number; overdueActions: number; upcoming: { id: string; title: string; date: Date } | null } | null = null;
  try {
    summary = await props.api.home.summary();
  } catch {
    summary = null;
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

type CardComponent = NonNullable<PluginUi["cards"]>[number]["component"];

/** The card on the tenant home. */
export const cards: PluginUi["cards"] = [{ component: ReflectieCard as unknown as CardComponent, permission: P.participate }];
