import type { PluginCardProps, PluginUi } from "@zorgzaam/core/plugin";
import { buttonClass, Card, ModuleIcon } from "@zorgzaam/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { P } from "../manifest";
import type { PartnersRouter } from "../server/router";

/** The module's card on the tenant home: how many actors, active partners and dormant ties. */
export async function PartnersCard(props: PluginCardProps<PartnersRouter>) {
  const t = await getTranslations("partners");
  const base = `/t/${props.slug}/partners`;
  let s: { actors: number; active: number; dormant: number } | null = null;
  try {
    s = await props.api.actors.summary();
  } catch {
    s = null;
  }
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          <ModuleIcon name="map" />
          {t("card.title")}
        </span>
      }
    >
      {s ? (
        <ul className="space-y-1">
          <li>{t("card.actors", { count: s.actors })}</li>
          <li>
            {t("card.active", { count: s.active })} · {t("card.dormant", { count: s.dormant })}
          </li>
        </ul>
      ) : null}
      <p className="mt-3">
        <Link href={base} className={buttonClass("secondary")}>
          {t("card.open")}
        </Link>
      </p>
    </Card>
  );
}

type CardComponent = NonNullable<PluginUi["cards"]>[number]["component"];

export const cards: PluginUi["cards"] = [{ component: PartnersCard as unknown as CardComponent, permission: P.view }];
