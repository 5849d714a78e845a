/**
 * A survey version's content (stored as one JSON document on the version, frozen once published): sections of
 * questions, each with its texts per language, a required flag and an optional skip rule. Plain types, no
 * dependencies: the server's schemas, the pure logic and the forms all read them.
 */
/**
 * The languages a survey's content can be written in (the respondent's language). These are content languages, not
 * interface languages: the platform's screens exist in nl, fr and en only (the tenant's enabledLocales), while a
 * survey can also be offered in Arabic; the worker's buttons and messages stay in her own interface language.
 */
export const SURVEY_LANGUAGES = ["nl", "fr", "en", "ar"] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];
export type Texts = Partial<Record<SurveyLanguage, string>>;

/** Languages written right to left: their survey content is shown with dir="rtl". */
export const RTL_LANGUAGES: readonly string[] = ["ar"];

/** The writing direction of a survey language, for the `dir` attribute next to `lang`. */
export function directionOf(language: string): "rtl" | "ltr" {
  return RTL_LANGUAGES.includes(language) ? "rtl" : "ltr";
}

export const QUESTION_TYPES = ["single", "multiple", "scale", "number", "short_text", "long_text", "date", "neighbourhood"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const CHANNELS = ["public", "assisted", "paper"] as const;
export type Channel = (typeof CHANNELS)[number];

export const SURVEY_STATUSES = ["draft", "open", "closed"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export type Option = { key: string; text: Texts };

/** Show this question only when the earlier question `question` was answered with one of `values`. */
export type ShowIf = { question: string; values: string[] };

export type Question = {
  key: string;
  type: QuestionType;
  text: Texts;
  required: boolean;
  /** single, multiple: the choices. */
  options?: Option[];
  /** scale (default 1..5) and number: the range. */
  min?: number;
  max?: number;
  showIf?: ShowIf | null;
};

export type Section = { key: string; title: Texts; questions: Question[] };
export type SurveyContent = { sections: Section[] };

/** One answer: a choice key, several choice keys, a number, a text or a date (YYYY-MM-DD), or a neighbourhood id. */
export type AnswerValue = string | string[] | number;
export type AnswerSet = Record<string, AnswerValue>;

export function questionsOf(content: SurveyContent): Question[] {
  return content.sections.flatMap((s) => s.questions);
}

export function scaleRange(q: Question): { min: number; max: number } {
  return { min: q.min ?? 1, max: q.max ?? 5 };
}
