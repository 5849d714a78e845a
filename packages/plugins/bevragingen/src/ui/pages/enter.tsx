import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { buttonClass, PageHeader } from "@zorgzaam/ui";
import { OfflinePage } from "@zorgzaam/ui/outbox";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BevragingenRouter } from "../../server/router";
import type { SurveyLanguage } from "../../survey";
import { EntryForm } from "../components/entry-form";
import { FieldExtras } from "../components/field-extras";
import { textIn } from "../texts";

/** Assisted entry of one open survey, on a phone at the door, with or without network (ADR 0028). */
export async function EnterPage(props: PluginPageProps<BevragingenRouter>) {
  const t = await getTranslations("bevragingen");
  const locale = await getLocale();
  const id = props.params.id ?? "";
  const open = await props.api.responses.open();
  const s = open.find((x) => x.id === id);
  const back = (
    <p className="mt-4">
      <Link href={`/t/${props.slug}/bevragingen`} className={buttonClass("ghost")}>
        {t("surveys.back")}
      </Link>
    </p>
  );
  if (!s)
    return (
      <>
        <PageHeader title={t("pageTitles.enter")} />
        <p>{t("entry.notOpen")}</p>
        {back}
      </>
    );
  const mine = await props.api.responses.mine({ surveyId: s.id });
  // The map only when a question asks for a point (its tiles need network; the typed street or place does not).
  const map = s.version.content.sections.some((x) => x.questions.some((q) => q.type === "point")) ? await props.api.responses.map() : null;
  return (
    <>
      <PageHeader title={textIn(s.title, locale)} description={t("entry.intro")} />
      {/* Kept on the phone once opened online, so it opens again with no network (ADR 0028). */}
      <OfflinePage />
      <FieldExtras map={map}>
        <EntryForm
          slug={props.slug}
          surveyId={s.id}
          versionId={s.version.id}
          content={s.version.content}
          languages={s.languages as SurveyLanguage[]}
          neighbourhoods={s.neighbourhoods}
          entered={mine.count}
        />
      </FieldExtras>
      {back}
    </>
  );
}
