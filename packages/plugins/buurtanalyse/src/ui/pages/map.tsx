import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { P } from "../../manifest";
import type { BuurtanalyseRouter } from "../../server/router";
import { AnalysisMap } from "../components/analysis-map";

/** BA-3 on the map: what the team draws on the analysis's map, the layers under it, and the same as an editable list. */
export async function MapPage(props: PluginPageProps<BuurtanalyseRouter>) {
  const t = await getTranslations("buurtanalyse");
  const m = await props.api.map.get({ analysisId: props.params.id ?? "" });
  const base = `/t/${props.slug}/buurtanalyse/analyses/${m.analysisId}`;
  return (
    <>
      <PageHeader
        title={t("map.title")}
        description={
          <Link href={base} className="underline">
            {m.title}
          </Link>
        }
      />
      <p className="mb-4 max-w-3xl text-slate-800">{t("map.intro")}</p>
      <AnalysisMap
        analysisId={m.analysisId}
        config={m.config}
        frame={m.frame}
        items={m.items}
        canEdit={props.permissions.includes(P.edit)}
        notesVisible={m.notesVisible}
        boundaries={m.boundaries}
        decision={m.decision}
        partners={m.partners}
        observations={m.observations}
      />
    </>
  );
}
