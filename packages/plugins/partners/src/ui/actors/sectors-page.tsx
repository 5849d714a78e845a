import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { PageHeader } from "@zorgzaam/ui";
import { getTranslations } from "next-intl/server";
import type { PartnersRouter } from "../../server/router";
import { SectorsEditor } from "./sectors-editor";

/** The tenant's sectors / life domains: labels in three languages, colour on the map, archive. */
export async function SectorsPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners.actors.sectors");
  const sectors = await props.api.sectors.list();
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <SectorsEditor sectors={sectors} />
    </>
  );
}
