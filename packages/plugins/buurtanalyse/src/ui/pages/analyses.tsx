import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { buttonClass, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { P } from "../../manifest";
import type { BuurtanalyseRouter } from "../../server/router";
import { NewAnalysis } from "../components/new-analysis";
import { day } from "../labels";

/** The analyses the member may see (a field worker: those of her neighbourhoods), with their progress. */
export async function AnalysesPage(props: PluginPageProps<BuurtanalyseRouter>) {
  const t = await getTranslations("buurtanalyse");
  const locale = await getLocale();
  const analyses = await props.api.analyses.list();
  const canManage = props.permissions.includes(P.manage);
  return (
    <>
      <PageHeader
        title={t("pageTitles.analyses")}
        description={t("analyses.intro")}
        actions={
          canManage ? (
            <Link href={`/t/${props.slug}/buurtanalyse/lists`} className={buttonClass("secondary")}>
              {t("lists.open")}
            </Link>
          ) : null
        }
      />
      {canManage ? <NewAnalysis slug={props.slug} options={await props.api.analyses.options()} /> : null}
      {analyses.length === 0 ? (
        <EmptyState title={t("pageTitles.analyses")}>{t("analyses.empty")}</EmptyState>
      ) : (
        <ul className="grid grid-cols-1 *:min-w-0 gap-3">
          {analyses.map((a) => (
            <li key={a.id} className="rounded-xl border border-slate-300 bg-white p-4">
              <Link href={`/t/${props.slug}/buurtanalyse/analyses/${a.id}`} className="font-semibold break-words underline">
                {a.title}
              </Link>
              <p className="mt-1 text-sm text-slate-700">
                {[a.neighbourhoods.join(", "), [day(a.periodStart, locale), day(a.periodEnd, locale)].filter(Boolean).join(" – ")]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <p className="mt-2 text-sm">
                <label className="flex items-center gap-2">
                  <span>{t("analyses.progress", { done: a.done, total: a.total })}</span>
                  <progress className="h-2 w-32 accent-teal-800" max={a.total} value={a.done} />
                </label>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
