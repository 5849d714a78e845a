"use client";
import { Alert, Button, ConfirmButton } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { SURVEY_LANGUAGES, type SurveyLanguage, type Texts } from "../../survey";
import { errorMessage, useBevragingen } from "../client";

const input = "mt-1 block w-full rounded-lg border border-slate-400 px-3 py-2";

/**
 * The survey itself, above its questions: the title in each of its languages (publishing needs every one), the
 * languages (fixed once a version is published) and how many months after closing answers keep a link to a person,
 * a street and their photos (retention per survey).
 */
export function SurveySettings({
  surveyId,
  title: initialTitle,
  languages: initialLanguages,
  retentionMonths: initialRetention,
  published,
}: {
  surveyId: string;
  title: Texts;
  languages: SurveyLanguage[];
  retentionMonths: number;
  /** A version was published: the languages are fixed. */
  published: boolean;
}) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const router = useRouter();
  const [title, setTitle] = useState<Texts>(initialTitle);
  const [languages, setLanguages] = useState<SurveyLanguage[]>(initialLanguages);
  const [retention, setRetention] = useState(String(initialRetention));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mb-6 grid gap-4 rounded-xl border border-slate-300 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("surveySettings.title")}
      </h2>
      <form
        className="grid gap-4"
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          setBusy(true);
          try {
            // The server checks the number and names the limits (an empty field is 0: too few).
            const months = Number(retention || "0");
            await api.surveys.update.mutate({
              id: surveyId,
              title,
              retentionMonths: months,
              ...(published ? {} : { languages }),
            });
            toast.success(t("surveySettings.saved"));
            router.refresh();
          } catch (err) {
            setError(errorMessage(err));
          } finally {
            setBusy(false);
          }
        }}
      >
        <fieldset className="grid gap-2 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-semibold">{t("surveySettings.surveyTitle")}</legend>
          {(published ? initialLanguages : languages).map((l) => (
            <label key={l} className="text-sm">
              {t(`languages.${l}`)}
              <input
                lang={l}
                dir={l === "ar" ? "rtl" : undefined}
                className={input}
                value={title[l] ?? ""}
                onChange={(e) => setTitle((x) => ({ ...x, [l]: e.target.value }))}
              />
            </label>
          ))}
        </fieldset>
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-semibold">{t("surveys.languages")}</legend>
          {published ? <p className="text-sm text-slate-700">{t("surveySettings.languagesFixed")}</p> : null}
          <div className="flex flex-wrap gap-2">
            {SURVEY_LANGUAGES.map((l) => (
              <label key={l} className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3 py-2">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  disabled={published}
                  checked={(published ? initialLanguages : languages).includes(l)}
                  onChange={(e) => setLanguages((ls) => (e.target.checked ? [...ls, l] : ls.filter((x) => x !== l)))}
                />
                <span lang={l}>{t(`languages.${l}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="max-w-xs text-sm">
          {t("surveySettings.retention")}
          <input type="number" className={input} value={retention} onChange={(e) => setRetention(e.target.value)} />
          <span className="mt-1 block text-slate-700">{t("surveySettings.retentionHelp")}</span>
        </label>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <p>
          <Button type="submit" disabled={busy}>
            {t("surveySettings.save")}
          </Button>
        </p>
      </form>
    </section>
  );
}

/** Closing a survey: no answers any more (a phone that still sends one gets the reason, and the answer is kept). */
export function CloseSurveyButton({ surveyId }: { surveyId: string }) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <ConfirmButton
        variant="secondary"
        title={t("surveySettings.closeTitle")}
        body={t("surveySettings.closeBody")}
        confirmLabel={t("surveySettings.closeConfirm")}
        cancelLabel={t("surveySettings.cancel")}
        onConfirm={async () => {
          setError(null);
          try {
            await api.surveys.close.mutate({ surveyId });
            toast.success(t("surveySettings.closed"));
            router.refresh();
          } catch (err) {
            setError(errorMessage(err));
          }
        }}
      >
        {t("surveySettings.close")}
      </ConfirmButton>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </>
  );
}
