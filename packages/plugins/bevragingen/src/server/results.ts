import { type Cell, suppress, suppressTotal } from "../logic";
import {
  type AnswerSet,
  CHANNELS,
  type Question,
  type QuestionType,
  questionsOf,
  scaleRange,
  SURVEY_LANGUAGES,
  type SurveyContent,
  type Texts,
} from "../survey";

export type ResponseRow = { channel: string; language: string; neighbourhoodId: string | null; answers: AnswerSet };

export type QuestionResult = {
  key: string;
  type: QuestionType;
  text: Texts;
  /** How many answered it (null when under the threshold). */
  answered: number | null;
  /** Choices, scale points or neighbourhoods with their counts (null: hidden, too small). */
  cells: Cell[] | null;
  /** number and scale: the mean, only when enough answered. */
  mean: number | null;
};

export type Results = {
  total: number | null;
  min: number;
  byChannel: Cell[];
  byLanguage: Cell[];
  byNeighbourhood: Cell[];
  questions: QuestionResult[];
};

function count(keys: readonly string[], values: (string | null)[]): { key: string; count: number }[] {
  const n = new Map(keys.map((k) => [k, 0]));
  for (const v of values) if (v !== null && n.has(v)) n.set(v, (n.get(v) ?? 0) + 1);
  return keys.map((key) => ({ key, count: n.get(key) ?? 0 }));
}

function cellKeys(q: Question, neighbourhoods: readonly string[]): string[] | null {
  if (q.type === "single" || q.type === "multiple") return (q.options ?? []).map((o) => o.key);
  if (q.type === "scale") {
    const { min, max } = scaleRange(q);
    return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => String(min + i));
  }
  if (q.type === "neighbourhood") return [...neighbourhoods];
  return null;
}

/**
 * The results of one version's responses, every count under `min` hidden (lib: suppress): counts per choice, scale
 * point and neighbourhood, means of numbers, how many answered an open question (the answers themselves are read
 * and tagged by the team later, never quoted raw here), and breakdowns by channel, language and neighbourhood.
 */
export function resultsOf(content: SurveyContent, rows: readonly ResponseRow[], neighbourhoods: readonly string[], min: number): Results {
  const questions = questionsOf(content).map((q): QuestionResult => {
    const given = rows.map((r) => r.answers[q.key]).filter((v) => v !== undefined);
    const answered = suppressTotal(given.length, min);
    const keys = cellKeys(q, neighbourhoods);
    const flat = given.flatMap((v) => (Array.isArray(v) ? v : [String(v)]));
    const cells = keys && answered !== null ? suppress(count(keys, flat), min) : null;
    const numbers = given.filter((v): v is number => typeof v === "number");
    const mean =
      (q.type === "number" || q.type === "scale") && answered !== null && numbers.length >= min
        ? Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 10) / 10
        : null;
    return { key: q.key, type: q.type, text: q.text, answered, cells, mean };
  });
  return {
    total: suppressTotal(rows.length, min),
    min,
    byChannel: suppress(
      count(
        CHANNELS,
        rows.map((r) => r.channel),
      ),
      min,
    ),
    byLanguage: suppress(
      count(
        SURVEY_LANGUAGES,
        rows.map((r) => r.language),
      ),
      min,
    ),
    byNeighbourhood: suppress(
      count(
        neighbourhoods,
        rows.map((r) => r.neighbourhoodId),
      ),
      min,
    ),
    questions,
  };
}
