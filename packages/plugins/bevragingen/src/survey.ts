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

export const QUESTION_TYPES = [
  "single",
  "multiple",
  "scale",
  "number",
  "short_text",
  "long_text",
  "date",
  "neighbourhood",
  "street",
  "point",
  "photo",
] as const;
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
  /** point: the decimals a point is stored with (3 is about 100 m, the default; 2 about 1 km; 4 about 10 m). */
  precision?: number;
};

export type Section = { key: string; title: Texts; questions: Question[] };
export type SurveyContent = { sections: Section[] };

/**
 * One answer: a choice key, several choice keys, a number, a text or a date (YYYY-MM-DD), a neighbourhood id, a
 * street name (never a house number), a point ("lat,lon" rounded to the question's precision, or a street or place
 * typed where there is no map), or a photo (sent as a data: URL of an image, stored as the id of core's stored file).
 */
export type AnswerValue = string | string[] | number;
export type AnswerSet = Record<string, AnswerValue>;

export function questionsOf(content: SurveyContent): Question[] {
  return content.sections.flatMap((s) => s.questions);
}

export function scaleRange(q: Question): { min: number; max: number } {
  return { min: q.min ?? 1, max: q.max ?? 5 };
}

/** Point precisions a survey may ask (decimals of a degree: 2 about 1 km, 3 about 100 m, 4 about 10 m). */
export const POINT_PRECISIONS = [2, 3, 4] as const;
export const DEFAULT_POINT_PRECISION = 3;

export function pointPrecision(q: Question): number {
  return (POINT_PRECISIONS as readonly number[]).includes(q.precision ?? -1) ? (q.precision as number) : DEFAULT_POINT_PRECISION;
}

/** A point answer "lat,lon", or null when the answer is a street or place typed instead. */
export function parsePoint(v: string): { lat: number; lon: number } | null {
  const m = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(v.trim());
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

/** A point as stored: both coordinates rounded to the question's precision. */
export function formatPoint(lat: number, lon: number, precision: number): string {
  return `${lat.toFixed(precision)},${lon.toFixed(precision)}`;
}
