import type { PluginPageProps } from "@zorgzaam/core/plugins/contract";
import { PageHeader } from "@zorgzaam/ui";
import { getTranslations } from "next-intl/server";
import { partnersRouter } from "../../server/router";
import { ActorForm } from "./actor-form";
import { emptyValues, formOptions } from "./form-values";

const coordinate = (s: string | undefined, max: number) => {
  const n = Number(s);
  return s && Number.isFinite(n) && Math.abs(n) <= max ? String(Math.round(n * 1e6) / 1e6) : undefined;
};

/** A new actor; `?lat=&lng=` (from a click on the map) fills in the point. */
export async function NewActorPage(props: PluginPageProps) {
  const t = await getTranslations("partners");
  const api = props.caller(partnersRouter);
  const [o, m] = await Promise.all([api.actors.options(), api.map.config()]);
  const lat = coordinate(props.searchParams.lat, 90);
  const lng = coordinate(props.searchParams.lng, 180);
  return (
    <>
      <PageHeader title={t("actors.new.title")} description={lat && lng ? t("actors.new.withPoint") : t("actors.new.intro")} />
      <ActorForm
        slug={props.slug}
        options={formOptions(o, m.map, o.myOrganisationId !== null)}
        initial={emptyValues({ lat, lng, visibility: o.defaultVisibility })}
      />
    </>
  );
}
