import type { PluginCardProps, PluginUi } from "@zorgzaam/core/plugin";
import { buttonClass, Card, ModuleIcon } from "@zorgzaam/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { P } from "../manifest";
import type { BevragingenRouter } from "../server/router";

/** The module's card on the tenant home: open surveys and how many answered them. */
export async function BevragingenCard(props: PluginCardProps<BevragingenRouter>) {
  const t = await getTranslations("bevragingen");
  const surveys = await props.api.surveys.list().catch(() => null);
  const open = surveys?.filter((s) => s.status === "open") ?? [];
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          <ModuleIcon name="clipboard-list" />
          {t("card.title")}
        </span>
      }
    >
      {surveys ? <p>{t("card.open", { count: open.length, responses: open.reduce((n, s) => n + s.responses, 0) })}</p> : null}
      <p className="mt-3">
        <Link href={`/t/${props.slug}/bevragingen`} className={buttonClass("secondary")}>
          {t("card.go")}
        </Link>
      </p>
    </Card>
  );
}

type CardComponent = NonNullable<PluginUi["cards"]>[number]["component"];

export const cards: PluginUi["cards"] = [{ component: BevragingenCard as unknown as CardComponent, permission: P.view }];
