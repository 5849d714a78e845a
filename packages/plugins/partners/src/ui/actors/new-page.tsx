import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { PageHeader } from "@zorgzaam/ui";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@zorgzaam/core/plugin";
import { ACTOR_KINDS } from "../../domain";
import type { PartnersRouter } from "../../server/router";
import { ActorForm } from "./actor-form";
import { emptyValues, formOptions } from "./form-values";
import { personOptions } from "./person-options";

const coordinate = (s: string | undefined, max: number) => {
  const n = Number(s);
  return s && Number.isFinite(n) && Math.abs(n) <= max ? String(Math.round(n * 1e6) / 1e6) : undefined;
};

type Kind = (typeof ACTOR_KINDS)[number];
const kindOf = (s: string | undefined): Kind | undefined => ACTOR_KINDS.find((k) => k === s);

/**
 * A new actor; `?lat=&lng=` (from a click on the map) fills in the point, `?kind=` the kind (e.g. "key_figure" from a
 * neighbourhood's "add a key figure"), `?neighbourhood=` the neighbourhood it serves.
 */
export async function NewActorPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners");
  const api = props.api;
  const [o, m, person] = await Promise.all([api.actors.options(), api.map.config(), personOptions(props, (await getLocale()) as Locale)]);
  const lat = coordinate(props.searchParams.lat, 90);
  const lng = coordinate(props.searchParams.lng, 180);
  const kind = kindOf(props.searchParams.kind);
  const neighbourhoodId = o.neighbourhoods.find((n) => n.id === props.searchParams.neighbourhood)?.id;
  return (
    <>
      <PageHeader title={t("actors.new.title")} description={lat && lng ? t("actors.new.withPoint") : t("actors.new.intro")} />
      <ActorForm
        slug={props.slug}
        options={formOptions(o, m.map, o.myOrganisationId !== null, person)}
        initial={emptyValues({ lat, lng, visibility: o.defaultVisibility, kind, neighbourhoodId })}
      />
    </>
  );
}
