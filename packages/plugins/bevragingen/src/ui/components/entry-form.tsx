"use client";
import { Alert, Button, TextField } from "@zorgzaam/ui";
import { enqueue, OutboxStatus, useOutbox } from "@zorgzaam/ui/outbox";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { z } from "zod";
import type { staffSubmission } from "../../server/schemas";
import { BEVRAGINGEN_LIMITS } from "../../limits";
import { type AnswerProblem, answerProblems, visibleQuestions } from "../../logic";
import { type AnswerSet, type AnswerValue, directionOf, questionsOf, type SurveyContent, type SurveyLanguage } from "../../survey";
import { textIn } from "../texts";
import { QuestionField } from "./question-field";

/** The outbox-capable procedure the answers go to (server/routers/responses.ts), by its path on the platform. */
const SUBMIT = "bevragingen.responses.submit";

type Props = {
  slug: string;
  surveyId: string;
  versionId: string;
  content: SurveyContent;
  languages: SurveyLanguage[];
  neighbourhoods: { id: string; name: string }[];
  entered: number;
  /** The builder's preview: the same form, but sending checks the answers and stores nothing (no outbox). */
  preview?: boolean;
};

/**
 * Assisted entry at the door, with or without network (ADR 0028): the field worker picks the respondent's language
 * (the questions switch, the screen's own words stay in hers), fills in what is shown (skip rules apply as she goes)
 * and saves. The answers go into the phone's encrypted outbox with an idempotency key made here, and leave through
 * the normal mutation at once when there is network, or by themselves when it comes back; a retry never stores them
 * twice. What the server would refuse for the answers themselves is checked here first, so nothing waits in vain.
 */
export function EntryForm({ slug, surveyId, versionId, content, languages, neighbourhoods, entered, preview = false }: Props) {
  const t = useTranslations("bevragingen");
  const outbox = useOutbox();
  const [language, setLanguage] = useState<SurveyLanguage>(languages[0] ?? "nl");
  const [answers, setAnswers] = useState<AnswerSet>({});
  const [street, setStreet] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [streetError, setStreetError] = useState<string | null>(null);
  const [count, setCount] = useState(entered);
  const [saved, setSaved] = useState(false);
  const shown = useMemo(() => visibleQuestions(content, answers), [content, answers]);
  const neighbourhoodIds = useMemo(() => new Set(neighbourhoods.map((n) => n.id)), [neighbourhoods]);
  const ready = preview || outbox.device === "unlocked";

  function set(q: string, v: AnswerValue | undefined) {
    setSaved(false);
    setAnswers((a) => {
      const next = { ...a };
      if (v === undefined) delete next[q];
      else next[q] = v;
      return next;
    });
  }

  /** A problem in the worker's language, naming the question as she sees it on screen. */
  function problemText(p: AnswerProblem): string {
    const q = questionsOf(content).find((x) => x.key === p.question);
    const question = q ? textIn(q.text, language) : p.question;
    if (p.code === "unknown") return t("errors.answer.unknown", { key: p.question });
    if (p.code === "range") return t("errors.answer.range", { question, min: Number(p.params?.min), max: Number(p.params?.max) });
    if (p.code === "tooLong") return t("errors.answer.tooLong", { question, max: Number(p.params?.max) });
    if (p.code === "photoTooBig") return t("errors.answer.photoTooBig", { question, max: Number(p.params?.max) });
    return t(`errors.answer.${p.code}`, { question });
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setStreetError(null);
    // Only what is shown is sent: an answer to a question that a later choice hid is left out, as on screen.
    const visible = Object.fromEntries(Object.entries(answers).filter(([k]) => shown.has(k)));
    const problem = answerProblems(content, visible, neighbourhoodIds)[0];
    if (problem) return setError(problemText(problem));
    const s = street.trim();
    if (/\d/.test(s)) return setStreetError(t("errors.response.streetOnly"));
    if (preview) {
      setAnswers({});
      setStreet("");
      setSaved(true);
      return;
    }
    setBusy(true);
    try {
      await enqueue({
        tenant: slug,
        path: SUBMIT,
        input: {
          surveyId,
          versionId,
          idempotencyKey: crypto.randomUUID(),
          channel: "assisted",
          language,
          answers: visible,
          street: s || null,
        } satisfies z.input<typeof staffSubmission>,
      });
      setCount((n) => n + 1);
      setAnswers({});
      setStreet("");
      setSaved(true);
      window.scrollTo({ top: 0 });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="grid max-w-xl gap-5">
      {preview ? null : <OutboxStatus />}
      <form onSubmit={save} className="grid gap-5" noValidate>
        {preview ? null : (
          <p aria-live="polite" className="text-sm">
            {t("entry.count", { count })}
          </p>
        )}
        {saved ? <Alert tone="success">{t(preview ? "preview.sent" : "entry.saved")}</Alert> : null}
        <fieldset className="flex flex-wrap gap-2">
          <legend className="mb-1 font-semibold">{t("entry.language")}</legend>
          {languages.map((l) => (
            <label key={l} className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-3 py-2">
              <input type="radio" name="language" value={l} checked={language === l} onChange={() => setLanguage(l)} className="h-5 w-5" />
              <span lang={l} dir={directionOf(l)}>
                {t(`languages.${l}`)}
              </span>
            </label>
          ))}
        </fieldset>
        {content.sections.map((s) => {
          const qs = s.questions.filter((q) => shown.has(q.key));
          if (qs.length === 0) return null;
          return (
            // The respondent's language and its direction (Arabic right to left) on the survey's content only.
            <section
              key={s.key}
              lang={language}
              dir={directionOf(language)}
              className="grid gap-4 rounded-xl border border-slate-300 bg-white p-4"
            >
              <h2 className="text-lg font-semibold">{textIn(s.title, language)}</h2>
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
        <TextField
          name="street"
          label={t("entry.street")}
          hint={t("entry.streetHint")}
          value={street}
          onChange={(e) => {
            setSaved(false);
            setStreet(e.target.value);
          }}
          error={streetError ?? undefined}
          limit={BEVRAGINGEN_LIMITS.street}
          autoComplete="off"
        />
        {error ? <Alert tone="error">{error}</Alert> : null}
        <p className="text-sm">{t("entry.anonymous", { questions: questionsOf(content).length })}</p>
        {ready ? null : <p className="text-sm">{t("entry.locked")}</p>}
        <Button type="submit" disabled={busy || !ready}>
          {t(preview ? "preview.send" : "entry.send")}
        </Button>
      </form>
    </div>
  );
}
