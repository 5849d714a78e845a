/**
 * Bevragingen's rules as pure functions (no database, no React): skip logic, the check of an answer set against a
 * version, missing translations before publishing, and small-group suppression in results.
 */
import { BEVRAGINGEN_LIMITS as L } from "./limits";
import {
  type AnswerSet,
  type AnswerValue,
  type Question,
  questionsOf,
  scaleRange,
  type SurveyContent,
  type SurveyLanguage,
} from "./survey";

/** The answer as a list of strings, to compare with a skip rule's values. */
function asValues(v: AnswerValue | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [String(v)];
}

/**
 * The keys of the questions the respondent sees, in order: a question with a skip rule shows when the earlier
 * question it names is shown and its answer matches one of the rule's values (for a multiple choice: any of them).
 */
export function visibleQuestions(content: SurveyContent, answers: AnswerSet): Set<string> {
  const shown = new Set<string>();
  for (const q of questionsOf(content)) {
    const rule = q.showIf;
    if (!rule) {
      shown.add(q.key);
      continue;
    }
    if (!shown.has(rule.question)) continue;
    const given = asValues(answers[rule.question]);
    if (given.some((v) => rule.values.includes(v))) shown.add(q.key);
  }
  return shown;
}

export type AnswerProblem = { question: string; code: AnswerProblemCode; params?: Record<string, string | number> };
export type AnswerProblemCode =
  | "unknown"
  | "hidden"
  | "required"
  | "choice"
  | "oneChoice"
  | "number"
  | "range"
  | "text"
  | "tooLong"
  | "date"
  | "neighbourhood";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function problemOf(q: Question, v: AnswerValue, neighbourhoods: ReadonlySet<string>): AnswerProblem | null {
  const p = (code: AnswerProblemCode, params?: AnswerProblem["params"]): AnswerProblem => ({
    question: q.key,
    code,
    ...(params ? { params } : {}),
  });
  const keys = new Set((q.options ?? []).map((o) => o.key));
  switch (q.type) {
    case "single":
      if (typeof v !== "string") return p("oneChoice");
      return keys.has(v) ? null : p("choice");
    case "multiple":
      if (!Array.isArray(v)) return p("choice");
      return v.every((k) => keys.has(k)) && new Set(v).size === v.length ? null : p("choice");
    case "scale":
    case "number": {
      if (typeof v !== "number" || !Number.isFinite(v)) return p("number");
      if (q.type === "scale" && !Number.isInteger(v)) return p("number");
      const { min, max } = q.type === "scale" ? scaleRange(q) : { min: q.min ?? -1e9, max: q.max ?? 1e9 };
      return v < min || v > max ? p("range", { min, max }) : null;
    }
    case "short_text":
    case "long_text": {
      if (typeof v !== "string") return p("text");
      const max = q.type === "short_text" ? L.shortText : L.longText;
      return v.length > max ? p("tooLong", { max }) : null;
    }
    case "date":
      return typeof v === "string" && DATE.test(v) && !Number.isNaN(Date.parse(v)) ? null : p("date");
    case "neighbourhood":
      return typeof v === "string" && neighbourhoods.has(v) ? null : p("neighbourhood");
  }
}

/** An empty answer: nothing chosen, an empty text. */
export function isEmpty(v: AnswerValue | undefined): boolean {
  return v === undefined || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
}

/**
 * What is wrong with an answer set for this version: answers to unknown or hidden questions (never dropped
 * silently), required questions left empty (only those shown), and values that do not fit the question.
 */
export function answerProblems(
  content: SurveyContent,
  answers: AnswerSet,
  neighbourhoods: ReadonlySet<string> = new Set(),
): AnswerProblem[] {
  const shown = visibleQuestions(content, answers);
  const byKey = new Map(questionsOf(content).map((q) => [q.key, q]));
  const problems: AnswerProblem[] = [];
  for (const [key, v] of Object.entries(answers)) {
    const q = byKey.get(key);
    if (!q) problems.push({ question: key, code: "unknown" });
    else if (isEmpty(v)) continue;
    else if (!shown.has(key)) problems.push({ question: key, code: "hidden" });
    else {
      const problem = problemOf(q, v, neighbourhoods);
      if (problem) problems.push(problem);
    }
  }
  for (const q of byKey.values())
    if (q.required && shown.has(q.key) && isEmpty(answers[q.key])) problems.push({ question: q.key, code: "required" });
  return problems;
}

/** The answers without empty ones (what is stored). */
export function cleanAnswers(answers: AnswerSet): AnswerSet {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => !isEmpty(v)));
}

export type MissingText = { path: string; language: SurveyLanguage };

/** Every text of the survey (title, sections, questions, choices) that is empty in one of its languages. */
export function missingTranslations(
  title: Partial<Record<SurveyLanguage, string>>,
  content: SurveyContent,
  languages: readonly SurveyLanguage[],
): MissingText[] {
  const out: MissingText[] = [];
  const check = (path: string, texts: Partial<Record<SurveyLanguage, string>>) => {
    for (const language of languages) if (!texts[language]?.trim()) out.push({ path, language });
  };
  check("title", title);
  for (const s of content.sections) {
    check(`${s.key}`, s.title);
    for (const q of s.questions) {
      check(`${s.key}.${q.key}`, q.text);
      for (const o of q.options ?? []) check(`${s.key}.${q.key}.${o.key}`, o.text);
    }
  }
  return out;
}

/** What makes a content unpublishable besides translations: no question, a choice without options, a bad skip rule. */
export function contentProblems(content: SurveyContent): { path: string; code: "empty" | "noOptions" | "duplicateKey" | "skipRule" }[] {
  const out: { path: string; code: "empty" | "noOptions" | "duplicateKey" | "skipRule" }[] = [];
  const qs = questionsOf(content);
  if (qs.length === 0) out.push({ path: "", code: "empty" });
  const seen = new Map<string, Question>();
  for (const q of qs) {
    if (seen.has(q.key)) out.push({ path: q.key, code: "duplicateKey" });
    if ((q.type === "single" || q.type === "multiple") && (q.options ?? []).length < 2) out.push({ path: q.key, code: "noOptions" });
    if (q.showIf) {
      // A skip rule names an earlier choice question and some of its choices.
      const earlier = seen.get(q.showIf.question);
      const choices = new Set((earlier?.options ?? []).map((o) => o.key));
      const fits = earlier && (earlier.type === "single" || earlier.type === "multiple") && q.showIf.values.length > 0;
      if (!fits || !q.showIf.values.every((v) => choices.has(v))) out.push({ path: q.key, code: "skipRule" });
    }
    seen.set(q.key, q);
  }
  return out;
}

// Small-group suppression (with secondary suppression and differencing) is core's one rule, in one place (ADR 0029):
// Burenhulp's figures use it too; Cell is its FigureCell.
export { type FigureCell as Cell, isSmall, suppress, suppressTable, suppressTotal } from "@zorgzaam/core/figures";
