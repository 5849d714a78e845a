/**
 * Bevragingen's rules as pure functions (no database, no React): skip logic, the check of an answer set against a
 * version, missing translations before publishing, and small-group suppression in results.
 */
import { BEVRAGINGEN_LIMITS as L } from "./limits";
import {
  type AnswerSet,
  type AnswerValue,
  formatPoint,
  parsePoint,
  pointPrecision,
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
  | "neighbourhood"
  | "street"
  | "point"
  | "photo"
  | "photoTooBig";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A photo as sent: a data: URL of an image core can re-encode. */
const PHOTO = /^data:image\/(jpeg|png|webp|heic|heif|avif);base64,([A-Za-z0-9+/]*={0,2})$/;

/** The bytes of a photo answer (its base64 decoded), or null when it is not a photo as sent. */
export function photoBytes(v: string): number | null {
  const m = PHOTO.exec(v);
  if (!m) return null;
  const b64 = m[2] ?? "";
  return Math.floor((b64.length * 3) / 4) - (b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0);
}

/** A street or a place as a respondent names it: a name, never a house number (no digits). */
function placeProblem(v: string): AnswerProblemCode | null {
  if (/\d/.test(v)) return "street";
  return v.length > L.street ? "tooLong" : null;
}

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
    case "street": {
      if (typeof v !== "string") return p("text");
      const code = placeProblem(v.trim());
      return code ? p(code, code === "tooLong" ? { max: L.street } : undefined) : null;
    }
    case "point": {
      if (typeof v !== "string") return p("point");
      if (parsePoint(v)) return null;
      // Where there is no map (no JavaScript, no network): a street or a place, typed.
      const code = placeProblem(v.trim());
      return code === "street" ? p("point") : code ? p(code, { max: L.street }) : null;
    }
    case "photo": {
      if (typeof v !== "string") return p("photo");
      const bytes = photoBytes(v);
      if (bytes === null) return p("photo");
      return bytes > L.photoBytes ? p("photoTooBig", { max: Math.round(L.photoBytes / 1_000_000) }) : null;
    }
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

/**
 * The answers as stored: without empty ones, a street or place trimmed, a point rounded to the precision the
 * question asks (the survey decides how exactly a place is kept, never the phone).
 */
export function cleanAnswers(answers: AnswerSet, content?: SurveyContent): AnswerSet {
  const byKey = new Map(content ? questionsOf(content).map((q) => [q.key, q]) : []);
  const out: AnswerSet = {};
  for (const [key, v] of Object.entries(answers)) {
    if (isEmpty(v)) continue;
    const q = byKey.get(key);
    if (q && (q.type === "street" || q.type === "point") && typeof v === "string") {
      const point = q.type === "point" ? parsePoint(v) : null;
      out[key] = point ? formatPoint(point.lat, point.lon, pointPrecision(q)) : v.trim();
    } else out[key] = v;
  }
  return out;
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
      // Only a choice question's choices are shown anywhere (a question turned into another type may still hold some).
      if (q.type === "single" || q.type === "multiple") for (const o of q.options ?? []) check(`${s.key}.${q.key}.${o.key}`, o.text);
    }
  }
  return out;
}

/** What makes a content unpublishable besides translations: no question, a choice without options, a bad skip rule. */
export type ContentProblemCode = "empty" | "noOptions" | "duplicateKey" | "skipRule" | "photoRequired";

export function contentProblems(content: SurveyContent): { path: string; code: ContentProblemCode }[] {
  const out: { path: string; code: ContentProblemCode }[] = [];
  const qs = questionsOf(content);
  if (qs.length === 0) out.push({ path: "", code: "empty" });
  const seen = new Map<string, Question>();
  for (const q of qs) {
    if (seen.has(q.key)) out.push({ path: q.key, code: "duplicateKey" });
    if ((q.type === "single" || q.type === "multiple") && (q.options ?? []).length < 2) out.push({ path: q.key, code: "noOptions" });
    // Not everyone can take a photo, and the public form cannot send one yet: a photo question is always optional.
    if (q.type === "photo" && q.required) out.push({ path: q.key, code: "photoRequired" });
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

/**
 * Version freezing: where the builder's questions go when saved. The last version is changed while it is a draft;
 * a published one is frozen (the database refuses a change too), so saving makes the next version.
 */
export function saveTarget(last: { id: string; number: number; publishedAt: Date | null } | null): { update: string } | { create: number } {
  return last && !last.publishedAt ? { update: last.id } : { create: (last?.number ?? 0) + 1 };
}

/**
 * Whether answers to a version may be stored now: only while the survey is open and only for its published version
 * (an answer to an older version is refused, with the current number, and kept for whoever entered it).
 */
export function versionRefusal(
  survey: { status: string; publishedVersionId: string | null },
  versionId: string,
): "bevragingen.survey.closed" | "bevragingen.survey.notOpen" | "bevragingen.version.old" | null {
  if (survey.status === "closed") return "bevragingen.survey.closed";
  if (survey.status !== "open" || !survey.publishedVersionId) return "bevragingen.survey.notOpen";
  return versionId === survey.publishedVersionId ? null : "bevragingen.version.old";
}
