"use client";
import { Alert, Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { visibleQuestions } from "../../logic";
import { type AnswerSet, type AnswerValue, questionsOf, type SurveyContent, type SurveyLanguage } from "../../survey";
import { errorMessage, useBevragingen } from "../client";
import { textIn } from "../texts";
import { QuestionField } from "./question-field";

type Props = {
  surveyId: string;
  versionId: string;
  content: SurveyContent;
  languages: SurveyLanguage[];
  neighbourhoods: { id: string; name: string }[];
  entered: number;
};

/**
 * Assisted entry at the door: the field worker picks the respondent's language (the questions switch, the screen's
 * own words stay in hers), fills in what is shown (skip rules apply as she goes) and sends. Each answer set carries
 * an idempotency key made here, so pressing again after a lost response never stores it twice.
 */
export function EntryForm({ surveyId, versionId, content, languages, neighbourhoods, entered }: Props) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const [language, setLanguage] = useState<SurveyLanguage>(languages[0] ?? "nl");
  const [answers, setAnswers] = useState<AnswerSet>({});
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [count, setCount] = useState(entered);
  const [sent, setSent] = useState(false);
  const shown = useMemo(() => visibleQuestions(content, answers), [content, answers]);

  function set(q: string, v: AnswerValue | undefined) {
    setSent(false);
    setAnswers((a) => {
      const next = { ...a };
      if (v === undefined) delete next[q];
      else next[q] = v;
      return next;
    });
  }

  async function send(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    // Only what is shown is sent: an answer to a question that a later choice hid is left out, as on screen.
    const visible = Object.fromEntries(Object.entries(answers).filter(([k]) => shown.has(k)));
    try {
      const r = await api.responses.submit.mutate({
        surveyId,
        versionId,
        idempotencyKey: key,
        channel: "assisted",
        language,
        answers: visible,
      });
      if (!r.duplicate) setCount((n) => n + 1);
      setAnswers({});
      setKey(crypto.randomUUID());
      setSent(true);
      window.scrollTo({ top: 0 });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={send} className="grid max-w-xl gap-5" noValidate>
      <p aria-live="polite" className="text-sm">
        {t("entry.count", { count })}
      </p>
      {sent ? <Alert tone="success">{t("entry.sent")}</Alert> : null}
      <fieldset className="flex flex-wrap gap-2">
        <legend className="mb-1 font-semibold">{t("entry.language")}</legend>
        {languages.map((l) => (
          <label key={l} className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3 py-2">
            <input type="radio" name="language" value={l} checked={language === l} onChange={() => setLanguage(l)} className="h-5 w-5" />
            <span lang={l}>{t(`languages.${l}`)}</span>
          </label>
        ))}
      </fieldset>
      {content.sections.map((s) => {
        const qs = s.questions.filter((q) => shown.has(q.key));
        if (qs.length === 0) return null;
        return (
          <section key={s.key} className="grid gap-4 rounded-xl border border-slate-300 bg-white p-4">
            <h2 lang={language} className="text-lg font-semibold">
              {textIn(s.title, language)}
            </h2>
            {qs.map((q) => (
              <QuestionField
                key={q.key}
                q={q}
                language={language}
                value={answers[q.key]}
                onChange={(v) => set(q.key, v)}
                neighbourhoods={neighbourhoods}
                requiredMark={t("entry.required")}
              />
            ))}
          </section>
        );
      })}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm">{t("entry.anonymous", { questions: questionsOf(content).length })}</p>
      <Button type="submit" disabled={busy}>
        {t("entry.send")}
      </Button>
    </form>
  );
}
