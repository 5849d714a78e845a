/**
 * Results people can use, computed in SQL (never by loading every answer): counts per choice, scale point and
 * neighbourhood, means of numbers, a word list of open answers, breakdowns by channel, language, neighbourhood and
 * version, filters. `aggregate` runs the statements (`resultStatements`, also run raw by bench/bevragingen.ts as the
 * floor); `buildResults` turns the raw counts into what the screen and every export show, with small groups hidden.
 * It is the ONE place suppression is applied: screen, CSV, XLSX and PDF all take its output.
 */
import { type Sql, sql, sqlJoin, type Tx } from "@zorgzaam/core/plugin";
import { type Cell, isSmall, suppress, suppressTable, suppressTotal } from "../logic";
import {
  CHANNELS,
  type Channel,
  type Question,
  type QuestionType,
  questionsOf,
  SURVEY_LANGUAGES,
  type SurveyContent,
  type SurveyLanguage,
  scaleRange,
  type Texts,
} from "../survey";

export const DIMENSIONS = ["channel", "language", "neighbourhood", "version"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type ResultQuery = {
  surveyId: string;
  /** One version, or every version of the survey (null). */
  versionId: string | null;
  channel?: Channel | null;
  language?: SurveyLanguage | null;
  neighbourhoodId?: string | null;
  /** Only respondents who gave this answer to this question (a choice key, a scale point). */
  answer?: { question: string; value: string | number } | null;
  breakdown?: Dimension | null;
};

/** How many quotable open answers the results show per question. */
export const QUOTES_PER_QUESTION = 5;

/** How many words of open answers the list shows per question. */
export const WORDS_PER_QUESTION = 30;

/** Short words that say nothing about the neighbourhood, left out of the word list (3 letters and more only). */
const STOPWORDS = [
  "aan als bij dan dat die dit een geen het hier ik in is je kan maar meer met mijn niet nog ons ook voor van wat wel wij zijn zou naar veel er zo om te op uit heb hebben worden wordt moet mensen graag",
  "les des une est pas plus pour que qui dans avec sur par mais nous vous ils elle aux son ses leur cette sont être avoir fait faire tout très peu",
  "the and for are but not you all can was our more with that this have there would some people they what about from",
].flatMap((line) => line.split(" "));

function conditions(q: ResultQuery, content: SurveyContent): Sql {
  const where: Sql[] = [sql`r."surveyId" = ${q.surveyId}::uuid`];
  if (q.versionId) where.push(sql`r."versionId" = ${q.versionId}::uuid`);
  if (q.channel) where.push(sql`r."channel" = ${q.channel}`);
  if (q.language) where.push(sql`r."language" = ${q.language}`);
  if (q.neighbourhoodId) where.push(sql`r."neighbourhoodId" = ${q.neighbourhoodId}::uuid`);
  if (q.answer) {
    const question = questionsOf(content).find((x) => x.key === q.answer?.question);
    const numeric = question?.type === "scale" || question?.type === "number";
    const value = numeric ? Number(q.answer.value) : String(q.answer.value);
    // A choice in a multiple-choice answer too: a JSON array contains the string it holds.
    where.push(sql`(r."answers" -> ${q.answer.question}) @> ${JSON.stringify(value)}::jsonb`);
  }
  return sqlJoin(where, " AND ");
}

function groupOf(d: Dimension | null | undefined): Sql {
  switch (d) {
    case "channel":
      return sql`r."channel"`;
    case "language":
      return sql`r."language"`;
    case "neighbourhood":
      return sql`coalesce(r."neighbourhoodId"::text, '')`;
    case "version":
      return sql`r."versionId"::text`;
    default:
      return sql`''::text`;
  }
}

const CHOICE_TYPES: readonly QuestionType[] = ["single", "multiple", "scale", "neighbourhood", "street"];
const TEXT_TYPES: readonly QuestionType[] = ["short_text", "long_text"];

/** The statements of one result: respondents per dimension, per question (and group), per choice (and group), words. */
export function resultStatements(q: ResultQuery, content: SurveyContent, min: number) {
  const where = conditions(q, content);
  const grp = groupOf(q.breakdown);
  const qs = questionsOf(content);
  const choiceKeys = qs.filter((x) => CHOICE_TYPES.includes(x.type)).map((x) => x.key);
  const numberKeys = qs.filter((x) => x.type === "number" || x.type === "scale").map((x) => x.key);
  const textKeys = qs.filter((x) => TEXT_TYPES.includes(x.type)).map((x) => x.key);
  return {
    dims: sql`
      SELECT GROUPING(r."channel", r."language", r."neighbourhoodId", r."versionId")::int AS g,
             r."channel" AS channel, r."language" AS language, r."neighbourhoodId"::text AS nb, r."versionId"::text AS ver,
             count(*)::int AS n
      FROM "BevragingenResponse" r WHERE ${where}
      GROUP BY GROUPING SETS ((), (r."channel"), (r."language"), (r."neighbourhoodId"), (r."versionId"))`,
    questions: sql`
      SELECT e.key AS q, ${grp} AS grp, count(*)::int AS n,
             count(*) FILTER (WHERE jsonb_typeof(e.value) = 'number' AND e.key = ANY(${numberKeys}::text[]))::int AS nums,
             coalesce(sum((e.value #>> '{}')::float8) FILTER (WHERE jsonb_typeof(e.value) = 'number' AND e.key = ANY(${numberKeys}::text[])), 0)::float8 AS sum
      FROM "BevragingenResponse" r CROSS JOIN LATERAL jsonb_each(r."answers") e
      WHERE ${where}
      GROUP BY 1, 2`,
    choices: sql`
      SELECT e.key AS q, x.v AS value, ${grp} AS grp, count(*)::int AS n
      FROM "BevragingenResponse" r
        CROSS JOIN LATERAL jsonb_each(r."answers") e
        CROSS JOIN LATERAL jsonb_array_elements_text(
          CASE WHEN jsonb_typeof(e.value) = 'array' THEN e.value ELSE jsonb_build_array(e.value) END) x(v)
      WHERE ${where} AND e.key = ANY(${choiceKeys}::text[])
      GROUP BY 1, 2, 3`,
    // A word counts once per respondent (an answer's words as a set: to_tsvector 'simple', lower case, each word once,
    // so count(*) per word is the number of respondents); grouped first, then only words of letters, 3 letters and
    // more, no stop word, used by at least `min` respondents (no one's own phrase). Filtering the few thousand distinct
    // words after grouping, not every word of every answer, and no regular expression per answer: several times faster
    // at 10^4 answers.
    words: sql`
      SELECT q, word, n FROM (
        SELECT q, word, n, row_number() OVER (PARTITION BY q ORDER BY n DESC, word) AS rank
        FROM (
          SELECT e.key AS q, t.word, count(*)::int AS n
          FROM "BevragingenResponse" r
            CROSS JOIN LATERAL jsonb_each_text(r."answers") e
            CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('simple', e.value))) t(word)
          WHERE ${where} AND e.key = ANY(${textKeys}::text[])
          GROUP BY 1, 2
          HAVING count(*) >= ${min}
        ) counted
        WHERE length(word) >= 3 AND word !~ '[^[:alpha:]]' AND word <> ALL(${STOPWORDS}::text[])
      ) ranked WHERE rank <= ${WORDS_PER_QUESTION}
      ORDER BY q, n DESC, word`,
    // The team's tags on open answers (reviews: { question: { quotable, tags } }), counted per respondent.
    tags: sql`
      SELECT e.key AS q, t.tag, count(DISTINCT r."id")::int AS n
      FROM "BevragingenResponse" r
        CROSS JOIN LATERAL jsonb_each(r."reviews") e
        CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(e.value -> 'tags', '[]'::jsonb)) t(tag)
      WHERE ${where}
      GROUP BY 1, 2
      ORDER BY 1, 3 DESC, 2`,
    // Open answers the team marked quotable (their text, never who wrote it), newest first, a few per question.
    quotes: sql`
      SELECT q, text FROM (
        SELECT e.key AS q, r."answers" ->> e.key AS text,
               row_number() OVER (PARTITION BY e.key ORDER BY r."createdAt" DESC, r."id") AS rank
        FROM "BevragingenResponse" r CROSS JOIN LATERAL jsonb_each(r."reviews") e
        WHERE ${where} AND e.value @> '{"quotable": true}'::jsonb AND r."answers" ? e.key
      ) quoted WHERE rank <= ${QUOTES_PER_QUESTION}
      ORDER BY q, rank`,
  };
}

export type RawResults = {
  dims: { g: number; channel: string | null; language: string | null; nb: string | null; ver: string | null; n: number }[];
  questions: { q: string; grp: string; n: number; nums: number; sum: number }[];
  choices: { q: string; value: string; grp: string; n: number }[];
  words: { q: string; word: string; n: number }[];
  tags: { q: string; tag: string; n: number }[];
  quotes: { q: string; text: string }[];
};

/** Switches JIT compilation off for the rest of the transaction (bench/bevragingen.ts's floor does the same). */
export const JIT_OFF = sql`SET LOCAL jit = off`;

/** Runs the statements in the caller's transaction (row-level security applies). */
export async function aggregate(tx: Tx, q: ResultQuery, content: SurveyContent, min: number): Promise<RawResults> {
  const s = resultStatements(q, content, min);
  // The planner cannot know how many rows jsonb_each and unnest give and guesses high, so PostgreSQL compiles these
  // statements with JIT: half a second of compiling for a few milliseconds of counting. Off for this transaction.
  await tx.$executeRaw(JIT_OFF);
  return {
    dims: await tx.$queryRaw<RawResults["dims"]>(s.dims),
    questions: await tx.$queryRaw<RawResults["questions"]>(s.questions),
    choices: await tx.$queryRaw<RawResults["choices"]>(s.choices),
    words: await tx.$queryRaw<RawResults["words"]>(s.words),
    tags: await tx.$queryRaw<RawResults["tags"]>(s.tags),
    quotes: await tx.$queryRaw<RawResults["quotes"]>(s.quotes),
  };
}

/** One question's row in a breakdown: a group, how many in it answered, its cells (as the question's `cells`). */
export type GroupRow = { group: string; answered: number | null; cells: (number | null)[] | null };

export type QuestionResult = {
  key: string;
  type: QuestionType;
  text: Texts;
  /** How many answered it (null when under the threshold). */
  answered: number | null;
  /** Choices, scale points or neighbourhoods with their counts (a count null: hidden, too small). */
  cells: Cell[] | null;
  /** With a breakdown: one row per group (cells in the order of `cells`). */
  groups: GroupRow[] | null;
  /** number and scale: the mean, only when enough answered. */
  mean: number | null;
  /** Open answers: the words at least `min` respondents used, most used first. */
  words: { word: string; count: number }[] | null;
  /** Open answers: the team's tags with how many answers carry each (hidden under the threshold). */
  tags: Cell[] | null;
  /** Open answers the team reviewed and marked quotable. */
  quotes: string[] | null;
};

export type Results = {
  total: number | null;
  min: number;
  byChannel: Cell[];
  byLanguage: Cell[];
  byNeighbourhood: Cell[];
  byVersion: Cell[];
  breakdown: Dimension | null;
  /** The groups of the breakdown, in order. */
  groups: string[];
  questions: QuestionResult[];
};

export type ResultContext = {
  /** Neighbourhood ids in display order. */
  neighbourhoods: readonly string[];
  /** Version ids of the survey in display order. */
  versions: readonly string[];
  /** The survey's languages in display order (default: every survey language). */
  languages?: readonly string[];
  /**
   * The raw results of the wider views the reader can also open (the same query without one of its filters, with the
   * same breakdown): differences with them under `min` are hidden too (differencing, ADR 0029).
   */
  wider?: readonly RawResults[];
  breakdown: Dimension | null;
  min: number;
};

/**
 * The streets of a street question as cells: each street at least `min` respondents named (most named first), then
 * "" for all other streets together, so a street named by a few never shows by name.
 */
export const OTHER_STREETS = "";
function streetKeys(rows: readonly { value: string; n: number }[], min: number): { keys: string[]; keyOf: (v: string) => string } {
  const per = new Map<string, number>();
  for (const r of rows) per.set(r.value, (per.get(r.value) ?? 0) + r.n);
  const named = [...per].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const listed = new Set(named.map(([v]) => v));
  const others = [...per.keys()].some((v) => !listed.has(v));
  return { keys: [...named.map(([v]) => v), ...(others ? [OTHER_STREETS] : [])], keyOf: (v) => (listed.has(v) ? v : OTHER_STREETS) };
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

function groupKeys(d: Dimension | null, c: ResultContext): string[] {
  switch (d) {
    case "channel":
      return [...CHANNELS];
    case "language":
      return [...(c.languages ?? SURVEY_LANGUAGES)];
    case "neighbourhood":
      return [...c.neighbourhoods, ""];
    case "version":
      return [...c.versions];
    default:
      return [];
  }
}

/**
 * What may be shown of raw counts: every total, cell and breakdown row under `min` hidden (core's figures: suppress,
 * suppressTable, suppressTotal), means only of enough numbers. With `c.wider` (the same results without one of the
 * filters, which the reader can open too), a figure is also hidden when its difference with the wider one is under
 * `min` (differencing, ADR 0029). Pure: the unit tests feed it any counts.
 */
export function buildResults(content: SurveyContent, raw: RawResults, c: ResultContext): Results {
  const { min } = c;
  const wider = c.wider ?? [];
  // GROUPING(...) gives a bit per column, 1 when the column is NOT grouped: channel 8, language 4, neighbourhood 2, version 1.
  const dimCount = (r: RawResults, bit: number, pick: (d: RawResults["dims"][number]) => string | null, key: string) =>
    r.dims.filter((d) => d.g === 15 - bit && (pick(d) ?? "") === key).reduce((a, d) => a + d.n, 0);
  const dim = (bit: number, pick: (d: RawResults["dims"][number]) => string | null, keys: readonly string[]) =>
    suppress(
      keys.map((key) => ({ key, count: dimCount(raw, bit, pick, key), wider: wider.map((w) => dimCount(w, bit, pick, key)) })),
      min,
    );
  const totalOf = (r: RawResults) => r.dims.find((d) => d.g === 15)?.n ?? 0;
  const total = totalOf(raw);
  const groups = groupKeys(c.breakdown, c);
  // Per question (and group): how many answered, how many gave a number, and how many chose a key.
  const answeredOf = (r: RawResults, q: string, group?: string) =>
    r.questions.filter((x) => x.q === q && (group === undefined || x.grp === group)).reduce((a, x) => a + x.n, 0);
  const numsOf = (r: RawResults, q: string) => r.questions.filter((x) => x.q === q).reduce((a, x) => a + x.nums, 0);
  // A street question's cells: the streets enough respondents named, the others together (streetKeys).
  const streetsOf = new Map(
    questionsOf(content)
      .filter((q) => q.type === "street")
      .map((q) => [
        q.key,
        streetKeys(
          raw.choices.filter((x) => x.q === q.key),
          min,
        ),
      ]),
  );
  const countOf = (r: RawResults, q: string, key: string, group?: string) => {
    const keyOf = streetsOf.get(q)?.keyOf ?? ((v: string) => v);
    return r.choices
      .filter((x) => x.q === q && keyOf(x.value) === key && (group === undefined || x.grp === group))
      .reduce((a, x) => a + x.n, 0);
  };

  const questions = questionsOf(content).map((q): QuestionResult => {
    const perGroup = raw.questions.filter((x) => x.q === q.key);
    const n = answeredOf(raw, q.key);
    const answered = suppressTotal(
      n,
      min,
      wider.map((w) => answeredOf(w, q.key)),
    );
    const keys = streetsOf.get(q.key)?.keys ?? cellKeys(q, c.neighbourhoods);
    const cells =
      keys && answered !== null
        ? suppress(
            keys.map((key) => ({ key, count: countOf(raw, q.key, key), wider: wider.map((w) => countOf(w, q.key, key)) })),
            min,
          )
        : null;
    let rows: GroupRow[] | null = null;
    if (c.breakdown && answered !== null) {
      const shownAnswered = suppress(
        groups.map((g) => ({ key: g, count: answeredOf(raw, q.key, g), wider: wider.map((w) => answeredOf(w, q.key, g)) })),
        min,
      );
      // A table of choices (rows) by groups (columns); a group under the threshold shows nothing at all.
      const table = keys
        ? suppressTable(
            keys.map((key) => groups.map((g) => countOf(raw, q.key, key, g))),
            min,
            keys.map((key) => groups.map((g) => wider.map((w) => countOf(w, q.key, key, g)))),
          )
        : null;
      rows = groups.map((g, gi) => {
        const a = shownAnswered[gi]?.count ?? null;
        return { group: g, answered: a, cells: table && a !== null ? table.map((row) => row[gi] ?? null) : null };
      });
    }
    const nums = numsOf(raw, q.key);
    const sum = perGroup.reduce((a, x) => a + x.sum, 0);
    // A mean next to a wider one would give the left-out group's mean: only when that group is not small either.
    const mean =
      (q.type === "number" || q.type === "scale") &&
      answered !== null &&
      nums >= min &&
      !isSmall(
        nums,
        min,
        wider.map((w) => numsOf(w, q.key)),
      )
        ? Math.round((sum / nums) * 10) / 10
        : null;
    const wordCount = (r: RawResults, word: string) => r.words.find((w) => w.q === q.key && w.word === word)?.n ?? 0;
    const words =
      TEXT_TYPES.includes(q.type) && answered !== null
        ? raw.words
            .filter(
              (w) =>
                w.q === q.key &&
                !isSmall(
                  w.n,
                  min,
                  wider.map((x) => wordCount(x, w.word)),
                ),
            )
            .map((w) => ({ word: w.word, count: w.n }))
        : null;
    const tagCount = (r: RawResults, tag: string) => r.tags.filter((x) => x.q === q.key && x.tag === tag).reduce((a, x) => a + x.n, 0);
    const tagRows = raw.tags.filter((x) => x.q === q.key);
    const tags =
      TEXT_TYPES.includes(q.type) && answered !== null
        ? suppress(
            tagRows.map((x) => ({ key: x.tag, count: x.n, wider: wider.map((w) => tagCount(w, x.tag)) })),
            min,
          )
        : null;
    // Quotes: only answers the team reviewed and marked quotable (the SQL), their text alone (never who wrote it,
    // nor her street), and only where the question's figures are shown at all.
    const quotes = TEXT_TYPES.includes(q.type) && answered !== null ? raw.quotes.filter((x) => x.q === q.key).map((x) => x.text) : null;
    return { key: q.key, type: q.type, text: q.text, answered, cells, groups: rows, mean, words, tags, quotes };
  });

  return {
    total: suppressTotal(total, min, wider.map(totalOf)),
    min,
    byChannel: dim(8, (d) => d.channel, CHANNELS),
    byLanguage: dim(4, (d) => d.language, c.languages ?? SURVEY_LANGUAGES),
    byNeighbourhood: dim(2, (d) => d.nb, c.neighbourhoods),
    byVersion: dim(1, (d) => d.ver, c.versions),
    breakdown: c.breakdown,
    groups,
    questions,
  };
}
