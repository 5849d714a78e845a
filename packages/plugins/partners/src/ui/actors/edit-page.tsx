import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, PageHeader } from "@zorgzaam/ui";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@zorgzaam/core/plugin";
import type { PartnersRouter } from "../../server/router";
import { ActorForm } from "./actor-form";
import { formOptions, valuesOf } from "./form-values";
import { personOptions } from "./person-options";

export async function EditActorPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners");
  const api = props.api;
  const id = props.params.id ?? "";
  const [{ actor }, o, m, person] = await Promise.all([
    api.actors.get({ id }),
    api.actors.options(),
    api.map.config(),
    personOptions(props, (await getLocale()) as Locale),
  ]);
  if (!actor.mayEdit) {
    return (
      <>
        <PageHeader title={actor.name} />
        <Alert tone="info">{t("actors.edit.notYours")}</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("actors.edit.title", { name: actor.name })} />
      <ActorForm
        slug={props.slug}
        actorId={actor.id}
        version={actor.version}
        options={formOptions(o, m.map, actor.organisationId !== null, person)}
        initial={valuesOf(actor)}
      />
    </>
  );
}
