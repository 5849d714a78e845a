import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { buttonClass, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BevragingenRouter } from "../../server/router";
import type { SurveyLanguage } from "../../survey";
import { Builder } from "../components/builder";
import { SurveySettings } from "../components/survey-settings";
import { textIn } from "../texts";

/** The builder of one survey: its last version (a draft, or a copy of the published one that becomes the next). */
export async function EditPage(props: PluginPageProps<BevragingenRouter>) {
  const t = await getTranslations("bevragingen");
  const locale = await getLocale();
  const s = await props.api.surveys.get({ id: props.params.id ?? "" });
  const last = s.versions[0];
  const options = await props.api.surveys.previewOptions();
  return (
    <>
      <PageHeader title={`${t("builder.title")}: ${textIn(s.title, locale) || t("surveys.untitled")}`} description={t("builder.intro")} />
      <SurveySettings
        surveyId={s.id}
        title={s.title}
        languages={s.languages as SurveyLanguage[]}
        retentionMonths={s.retentionMonths}
        published={s.versions.some((v) => v.publishedAt)}
      />
      <h2 className="mb-2 text-lg font-semibold">{t("builder.title")}</h2>
      <Builder
        surveyId={s.id}
        initial={last?.content ?? { sections: [] }}
        languages={s.languages as SurveyLanguage[]}
        frozen={Boolean(last?.publishedAt)}
        neighbourhoods={options.neighbourhoods}
        map={options.map}
      />
      <p className="mt-4">
        <Link href={`/t/${props.slug}/bevragingen/surveys/${s.id}`} className={buttonClass("ghost")}>
          {t("builder.back")}
        </Link>
      </p>
    </>
  );
}
