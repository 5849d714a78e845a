import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Button, EmptyState, PageHeader, SelectField } from "@zorgzaam/ui";
import { getLocale, getTranslations } from "next-intl/server";
import { sectorLabel } from "../actors/labels";
import type { PartnersRouter } from "../../server/router";
import { searchFor } from "../map/url";
import { AreaNav } from "./area-nav";
import { GapsNeighbourhood } from "./gaps-neighbourhood";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Witte vlekken: one compact, always visible line per neighbourhood (worst first: counts and the worst gaps by name),
 * with the details folded under it: the sectors without an active partner, the dormant ties and the recorded missing
 * places, each with a link to the map filtered on them. One neighbourhood chosen: its details are open.
 */
export async function GapsPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners");
  const locale = await getLocale();
  const api = props.api;
  const requested = props.searchParams.neighbourhoodId;
  const neighbourhoodId = requested && UUID.test(requested) ? requested : undefined;
  const [options, r] = await Promise.all([api.actors.options(), api.gaps.list({ neighbourhoodId })]);
  const sectors = new Map(r.sectors.map((s) => [s.key, sectorLabel(s, locale)]));
  const base = `/t/${props.slug}/partners`;
  const map = (f: Parameters<typeof searchFor>[0]) => {
    const qs = searchFor({ missing: "include", ...f });
    return qs ? `${base}?${qs}` : base;
  };

  return (
    <>
      <PageHeader title={t("network.gaps.title")} description={t("network.gaps.intro")} />
      <AreaNav slug={props.slug} current="gaps" />
      <form
        action={`${base}/gaps`}
        className="mb-4 grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-[1fr_auto] sm:items-end"
      >
        <SelectField
          id="gaps-neighbourhood"
          name="neighbourhoodId"
          label={t("network.gaps.neighbourhood")}
          defaultValue={neighbourhoodId ?? ""}
        >
          <option value="">{t("network.gaps.allNeighbourhoods")}</option>
          {options.neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit">{t("network.gaps.show")}</Button>
      </form>
      <p className="mb-2 text-slate-900" data-testid="gaps-totals">
        {t("network.gaps.overview", {
          withGaps: r.totals.withGaps,
          neighbourhoods: r.totals.neighbourhoods,
          dormant: r.totals.dormantTies,
          missing: r.totals.missingPlaces,
        })}
      </p>
      <p className="mb-6 text-sm text-slate-700">
        {t("network.gaps.order")} {t("network.gaps.dormantRule", { months: r.dormantAfterMonths })}
      </p>

      {r.neighbourhoods.length === 0 ? (
        <EmptyState title={t("network.gaps.noNeighbourhoodsTitle")}>{t("network.gaps.noNeighbourhoods")}</EmptyState>
      ) : (
        <div className="space-y-3">
          {r.neighbourhoods.map((g) => (
            <GapsNeighbourhood
              key={g.neighbourhood?.id ?? "none"}
              group={g}
              sectors={sectors}
              base={base}
              map={map}
              open={Boolean(neighbourhoodId)}
            />
          ))}
        </div>
      )}
    </>
  );
}
