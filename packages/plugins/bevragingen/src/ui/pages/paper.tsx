import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { buttonClass, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BevragingenRouter } from "../../server/router";
import type { SurveyLanguage } from "../../survey";
import { PaperEntry } from "../components/paper-entry";
import { textIn } from "../texts";

/** Typing in paper forms of an open survey, keyboard only. */
export async function PaperPage(props: PluginPageProps<BevragingenRouter>) {
  const t = await getTranslations("bevragingen");
  const locale = await getLocale();
  const id = props.params.id ?? "";
  const s = (await props.api.responses.open()).find((x) => x.id === id);
  const back = (
    <p className="mt-4">
      <Link href={`/t/${props.slug}/bevragingen/surveys/${id}`} className={buttonClass("ghost")}>
        {t("builder.back")}
      </Link>
    </p>
  );
  if (!s)
    return (
      <>
        <PageHeader title={t("pageTitles.paper")} />
        <p>{t("entry.notOpen")}</p>
        {back}
      </>
    );
  const mine = await props.api.responses.mine({ surveyId: s.id });
  return (
    <>
      <PageHeader title={`${t("pageTitles.paper")}: ${textIn(s.title, locale)}`} description={t("paper.intro")} />
      <PaperEntry
        surveyId={s.id}
        versionId={s.version.id}
        content={s.version.content}
        languages={s.languages as SurveyLanguage[]}
        neighbourhoods={s.neighbourhoods}
        entered={mine.count}
      />
      {back}
    </>
  );
}
