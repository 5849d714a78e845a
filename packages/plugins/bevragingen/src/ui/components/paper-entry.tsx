"use client";
import { Alert } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { visibleQuestions } from "../../logic";
import { type AnswerSet, questionsOf, scaleRange, type SurveyContent, type SurveyLanguage } from "../../survey";
import { errorMessage, useBevragingen } from "../client";
import { textIn } from "../texts";
import { type PaperProblem, readPaperAnswer } from "./paper-parse";

type Props = {
  surveyId: string;
  versionId: string;
  content: SurveyContent;
  languages: SurveyLanguage[];
  neighbourhoods: { id: string; name: string }[];
  entered: number;
};

const cell = "w-full rounded border border-slate-400 px-2 py-1 font-mono text-base";

/**
 * Typing in paper forms, keyboard only: one compact row per question, a choice typed as its number (the numbers are
 * beside the question), several as "1 3", Tab to the next question, Enter to save the form and start the next one
 * (the cursor goes back to the first field; the language stays). Questions a skip rule hides are greyed out and not
 * sent. Saved through the same submit as every other channel (channel "paper", an idempotency key per form).
 */
export function PaperEntry({ surveyId, versionId, content, languages, neighbourhoods, entered }: Props) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const [language, setLanguage] = useState<SurveyLanguage>(languages[0] ?? "nl");
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [count, setCount] = useState(entered);
  const [saved, setSaved] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  // The paper form has no photo (it says so): nothing to type for those.
  const questions = questionsOf(content).filter((q) => q.type !== "photo");

  const read = useMemo(() => {
    const answers: AnswerSet = {};
    const bad: Record<string, PaperProblem> = {};
    for (const q of questions) {
      const r = readPaperAnswer(q, typed[q.key] ?? "", neighbourhoods);
      if ("problem" in r) bad[q.key] = r.problem;
      else if (r.value !== undefined) answers[q.key] = r.value;
    }
    return { answers, bad };
  }, [questions, typed, neighbourhoods]);
  const shown = useMemo(() => visibleQuestions(content, read.answers), [content, read.answers]);

  const message = (p: PaperProblem) =>
    p.code === "pick" ? t("paper.pick", { max: p.max }) : p.code === "number" ? t("paper.number") : t("paper.date");

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    setError(null);
    const bad = Object.entries(read.bad).filter(([k]) => shown.has(k));
    if (bad.length) {
      setProblems(Object.fromEntries(bad.map(([k, p]) => [k, message(p)])));
      document.getElementById(`paper-${bad[0]?.[0]}`)?.focus();
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      const answers = Object.fromEntries(Object.entries(read.answers).filter(([k]) => shown.has(k)));
      const r = await api.responses.submit.mutate({ surveyId, versionId, idempotencyKey: key, channel: "paper", language, answers });
      if (!r.duplicate) setCount((n) => n + 1);
      setTyped({});
      setKey(crypto.randomUUID());
      setSaved(true);
      first.current?.focus();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const hint = (qKey: string) => {
    const q = questions.find((x) => x.key === qKey);
    if (!q) return "";
    if (q.type === "single" || q.type === "multiple")
      return (q.options ?? []).map((o, i) => `${i + 1} ${textIn(o.text, language)}`).join(" · ");
    if (q.type === "neighbourhood") return neighbourhoods.map((n, i) => `${i + 1} ${n.name}`).join(" · ");
    if (q.type === "scale") return `${scaleRange(q).min}–${scaleRange(q).max}`;
    if (q.type === "date") return t("paper.dateHint");
    return "";
  };

  return (
    <form onSubmit={save} className="grid max-w-4xl gap-3" noValidate aria-describedby="paper-help">
      <p id="paper-help" className="text-sm">
        {t("paper.help")}
      </p>
      <p aria-live="polite" className="text-sm font-semibold">
        {t("entry.count", { count })}
      </p>
      {saved ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-950">
          {t("paper.saved")}
        </p>
      ) : null}
      <label className="flex items-center gap-3">
        <span className="w-40 font-semibold">{t("entry.language")}</span>
        <select
          value={language}
          onChange={(e) => setLanguage(e.target.value as SurveyLanguage)}
          className="rounded border border-slate-400 px-2 py-1"
        >
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("paper.caption")}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="w-8 py-1">
              #
            </th>
            <th scope="col" className="py-1">
              {t("export.columns.question")}
            </th>
            <th scope="col" className="w-1/3 py-1">
              {t("export.columns.answer")}
            </th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q, i) => {
            const hidden = !shown.has(q.key);
            const id = `paper-${q.key}`;
            const h = hint(q.key);
            return (
              <tr key={q.key} className={hidden ? "text-slate-500" : ""}>
                <td className="py-1 align-top tabular-nums">{i + 1}</td>
                <td className="py-1 pr-3 align-top">
                  <label htmlFor={id} lang={language}>
                    {textIn(q.text, language)}
                    {q.required ? ` ${t("entry.required")}` : ""}
                  </label>
                  {h ? (
                    <p id={`${id}-hint`} className="text-xs text-slate-700">
                      {hidden ? t("paper.skipped") : h}
                    </p>
                  ) : hidden ? (
                    <p className="text-xs text-slate-700">{t("paper.skipped")}</p>
                  ) : null}
                  {problems[q.key] ? (
                    <p id={`${id}-error`} className="text-xs font-semibold text-red-800">
                      {problems[q.key]}
                    </p>
                  ) : null}
                </td>
                <td className="py-1 align-top">
                  <input
                    ref={i === 0 ? first : undefined}
                    id={id}
                    className={cell}
                    disabled={hidden}
                    autoComplete="off"
                    inputMode={["long_text", "short_text", "street", "point"].includes(q.type) ? "text" : "numeric"}
                    aria-invalid={problems[q.key] ? true : undefined}
                    aria-describedby={[h ? `${id}-hint` : "", problems[q.key] ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
                    value={typed[q.key] ?? ""}
                    onChange={(e) => {
                      setSaved(false);
                      setTyped((x) => ({ ...x, [q.key]: e.target.value }));
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p>
        <button type="submit" disabled={busy} className="rounded-lg bg-teal-800 px-4 py-2 font-semibold text-white">
          {t("paper.save")}
        </button>
      </p>
    </form>
  );
}
