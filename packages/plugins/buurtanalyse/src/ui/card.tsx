import type { PluginCardProps, PluginUi } from "@zorgzaam/core/plugin";
import { buttonClass, Card, ModuleIcon } from "@zorgzaam/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { P } from "../manifest";
import type { BuurtanalyseRouter } from "../server/router";

/** The module's card on the tenant home: how many analyses the member sees, and the link to them. */
export async function BuurtanalyseCard(props: PluginCardProps<BuurtanalyseRouter>) {
  const t = await getTranslations("buurtanalyse");
  const analyses = await props.api.analyses.list().catch(() => null);
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          <ModuleIcon name="search" />
          {t("card.title")}
        </span>
      }
    >
      {analyses ? <p>{t("card.count", { count: analyses.length })}</p> : null}
      <p className="mt-3">
        <Link href={`/t/${props.slug}/buurtanalyse`} className={buttonClass("secondary")}>
          {t("card.go")}
        </Link>
      </p>
    </Card>
  );
}

type CardComponent = NonNullable<PluginUi["cards"]>[number]["component"];

export const cards: PluginUi["cards"] = [{ component: BuurtanalyseCard as unknown as CardComponent, permission: P.view }];
