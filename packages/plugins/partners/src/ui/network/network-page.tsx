import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { PageHeader } from "@zorgzaam/ui";
import { getTranslations } from "next-intl/server";
import type { PartnersRouter } from "../../server/router";
import { FiltersForm } from "../map/filters-form";
import { filtersFromSearch } from "../map/url";
import { AreaNav } from "./area-nav";
import { NetworkExplorer } from "./explorer";
import { GraphOptions } from "./graph-options";

/**
 * The network graph: our organisations, team members, residents and actors with who links to whom, filtered like the
 * map (same filters, same address parameters), with the bridges to otherwise unreached actors and a list alternative.
 */
export async function NetworkPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners");
  const api = props.api;
  const filters = filtersFromSearch(props.searchParams);
  const members = props.searchParams.members !== "hide";
  const persons = props.searchParams.persons !== "hide";
  const [config, graph] = await Promise.all([api.map.config(), api.network.graph({ filters, members, persons })]);
  const base = `/t/${props.slug}/partners`;
  return (
    <>
      <PageHeader title={t("network.graph.title")} description={t("network.graph.intro")} />
      <AreaNav slug={props.slug} current="network" />
      <div className="mb-6 space-y-3">
        <FiltersForm
          basePath={`${base}/network`}
          filters={filters}
          sectors={config.sectors}
          neighbourhoods={config.neighbourhoods.map((n) => ({ id: n.id, name: n.name }))}
          organisations={config.organisations}
          tags={config.tags}
        />
        <GraphOptions members={members} persons={persons} />
      </div>
      <NetworkExplorer slug={props.slug} graph={graph} sectors={config.sectors} />
    </>
  );
}
