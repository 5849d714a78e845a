import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BevragingenRouter } from "../../server/router";
import { NewSurvey } from "../components/new-survey";
import { textIn } from "../texts";

/** The tenant's surveys: state, languages and how many answered. */
export async function SurveysPage(props: PluginPageProps<BevragingenRouter>) {
  const t = await getTranslations("bevragingen");
  const locale = await getLocale();
  const surveys = await props.api.surveys.list();
  return (
    <>
      <PageHeader title={t("pageTitles.surveys")} description={t("surveys.intro")} />
      {props.permissions.includes("bevragingen.surveys.manage") ? <NewSurvey slug={props.slug} /> : null}
      {surveys.length === 0 ? (
        <EmptyState title={t("pageTitles.surveys")}>{t("surveys.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-3">
          {surveys.map((s) => (
            <li key={s.id} className="rounded-xl border border-slate-300 bg-white p-4">
              <Link href={`/t/${props.slug}/bevragingen/surveys/${s.id}`} className="font-semibold underline">
                {textIn(s.title, locale) || t("surveys.untitled")}
              </Link>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={s.status === "open" ? "good" : "neutral"}>{t(`status.${s.status as "draft" | "open" | "closed"}`)}</Badge>
                <span>{s.languages.map((l) => l.toUpperCase()).join(" · ")}</span>
                <span>{t("surveys.responses", { count: s.responses })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
