import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, PageHeader } from "@zorgzaam/ui";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReflectieRouter } from "../../server/router";
import { QuestionLibrary } from "../components/question-library";

/** The tenant's question fan: edit, hide and add themes and questions. */
export async function QuestionsPage(props: PluginPageProps<ReflectieRouter>) {
  const themes = await props.api.themes.list({ includeHidden: true });
  const t = await getTranslations("reflectie");
  return (
    <>
      <PageHeader title={t("library.title")} description={t("library.intro")} />
      <div className="mb-6">
        <Alert tone="info">{t("library.ownCopy")}</Alert>
      </div>
      <QuestionLibrary themes={themes} locale={await getLocale()} />
    </>
  );
}
