"use client";
import { Alert, Button } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SURVEY_LANGUAGES, type SurveyLanguage } from "../../survey";
import { errorMessage, useBevragingen } from "../client";

/** A new survey: a title (in Dutch first) and the languages it will be offered in; then the builder opens. */
export function NewSurvey({ slug }: { slug: string }) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [languages, setLanguages] = useState<SurveyLanguage[]>(["nl", "fr"]);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="mb-6 grid max-w-xl gap-3 rounded-xl border border-slate-300 bg-white p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          const s = await api.surveys.create.mutate({ title: { nl: title }, languages });
          router.push(`/t/${slug}/bevragingen/surveys/${s.id}/edit`);
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      <h2 className="font-semibold">{t("surveys.new")}</h2>
      <label>
        {t("surveys.titleNl")}
        <input
          className="mt-1 block w-full rounded-lg border border-slate-400 px-3 py-2"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="mb-1">{t("surveys.languages")}</legend>
        {SURVEY_LANGUAGES.map((l) => (
          <label key={l} className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3 py-2">
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={languages.includes(l)}
              onChange={(e) => setLanguages((ls) => (e.target.checked ? [...ls, l] : ls.filter((x) => x !== l)))}
            />
            <span lang={l}>{t(`languages.${l}`)}</span>
          </label>
        ))}
      </fieldset>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p>
        <Button type="submit">{t("surveys.create")}</Button>
      </p>
    </form>
  );
}
