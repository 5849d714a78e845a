import type { PluginCardProps, PluginUi } from "@zorgzaam/core/plugin";
import { buttonClass, Card, ModuleIcon } from "@zorgzaam/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { P } from "../manifest";
import type { BurenhulpRouter } from "../server/router";

/** The module's card on the tenant home: open requests and those still to assess. */
export async function BurenhulpCard(props: PluginCardProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const s = await props.api.requests.summary().catch(() => null);
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          <ModuleIcon name="hand-heart" />
          {t("card.title")}
        </span>
      }
    >
      {s ? (
        <p>
          {t("card.open", { count: s.open })} · {t("card.toTriage", { count: s.toTriage })}
          <span className="block">
            {t("card.toRefer", { count: s.toRefer })} · {t("card.waiting", { count: s.waiting })}
          </span>
          {s.heavier ? (
            <Link href={`/t/${props.slug}/burenhulp?flag=heavier`} className="block font-semibold text-red-800 underline">
              {t("card.heavier", { count: s.heavier })}
            </Link>
          ) : null}
          {s.stalled ? (
            <Link href={`/t/${props.slug}/burenhulp?flag=stalled`} className="block font-semibold text-amber-900 underline">
              {t("card.stalled", { count: s.stalled })}
            </Link>
          ) : null}
        </p>
      ) : null}
      <p className="mt-3">
        <Link href={`/t/${props.slug}/burenhulp`} className={buttonClass("secondary")}>
          {t("card.go")}
        </Link>
      </p>
    </Card>
  );
}

/** A helper's own card (anyone whose e-mail address is on a person who offers help): her open matches, her page. */
export async function MineCard(props: PluginCardProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const o = await props.api.mine.overview().catch(() => null);
  if (!o?.known) return null;
  const open = o.matches.filter((m) => m.status !== "done").length;
  const asked = o.matches.filter((m) => m.followUpId).length;
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          <ModuleIcon name="hand-heart" />
          {t("pageTitles.mine")}
        </span>
      }
    >
      <p>
        {t("card.mineOpen", { count: open })}
        {asked ? <span className="block">{t("card.mineAsked", { count: asked })}</span> : null}
      </p>
      <p className="mt-3">
        <Link href={`/t/${props.slug}/burenhulp/mine`} className={buttonClass("secondary")}>
          {t("card.mineGo")}
        </Link>
      </p>
    </Card>
  );
}

type CardComponent = NonNullable<PluginUi["cards"]>[number]["component"];

export const cards: PluginUi["cards"] = [
  { component: BurenhulpCard as unknown as CardComponent, permission: P.view },
  { component: MineCard as unknown as CardComponent, permission: P.own },
];
