/**
 * Exports of results: CSV and XLSX through core's safe writer, a PDF summary through core's PDF module. They take the
 * output of loadResults (server/results.ts buildResults: the one place small groups are hidden), never raw counts, so
 * no export can show a cell the screen hides. A hidden count is written as "< min" (text), never as a number.
 */
import { type Locale, type SheetTable, writeCsv, writeXlsx, CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from "@zorgzaam/core/plugin";
import type { Cell } from "../logic";
import { parsePoint, pointPrecision, type Question, questionsOf, type SurveyContent, type Texts } from "../survey";
import { translator } from "./i18n";
import type { LoadedResults } from "./load-results";

export type ExportFile = { fileName: string; contentType: string; base64: string };

const textIn = (texts: Texts, locale: Locale) => texts[locale] || texts.nl || texts.fr || texts.en || "";

/** Names of a result's keys: choices, scale points, neighbourhoods, versions, channels, languages. */
export function labeller(r: LoadedResults, locale: Locale) {
  const t = translator(locale);
  const names = new Map(r.neighbourhoods.map((n) => [n.id, n.name]));
  const versions = new Map(r.versions.map((v) => [v.id, t("results.version", { number: v.number })]));
  const questions = new Map(questionsOf(r.content).map((q) => [q.key, q]));
  return {
    t,
    question: (key: string) => textIn(questions.get(key)?.text ?? {}, locale) || key,
    choice: (question: string, key: string) => {
      const q = questions.get(question);
      const o = q?.options?.find((x) => x.key === key);
      if (o) return textIn(o.text, locale);
      if (q?.type === "street" && key === "") return t("results.otherStreets", { min: r.min });
      return names.get(key) ?? key;
    },
    group: (key: string) => {
      if (r.breakdown === "channel") return t(`channels.${key}`);
      if (r.breakdown === "language") return t(`languages.${key}`);
      if (r.breakdown === "neighbourhood") return key === "" ? t("results.noNeighbourhood") : (names.get(key) ?? key);
      if (r.breakdown === "version") return versions.get(key) ?? key;
      return key;
    },
    dimension: (dim: "channel" | "language" | "neighbourhood" | "version", key: string) => {
      if (dim === "channel") return t(`channels.${key}`);
      if (dim === "language") return t(`languages.${key}`);
      if (dim === "neighbourhood") return names.get(key) ?? key;
      return versions.get(key) ?? key;
    },
  };
}

/** A shown count, or the text that says it is hidden. */
const shown = (n: number | null | undefined, min: number) => (n === null || n === undefined ? `< ${min}` : n);

/** The results as tables: the overview, one row per answer (with a column per group of a breakdown), words, tags, quotes. */
export function resultTables(r: LoadedResults, locale: Locale): SheetTable[] {
  const L = labeller(r, locale);
  const { t } = L;
  const overview: (string | number)[][] = [[t("results.total"), "", shown(r.total, r.min)]];
  const dims = [
    ["channel", r.byChannel],
    ["language", r.byLanguage],
    ["neighbourhood", r.byNeighbourhood],
    ["version", r.byVersion],
  ] as const;
  for (const [dim, cells] of dims)
    for (const c of cells as Cell[]) overview.push([t(`results.by.${dim}`), L.dimension(dim, c.key), shown(c.count, r.min)]);

  const groupHeader = r.breakdown ? r.groups.map((g) => L.group(g)) : [];
  const answers: (string | number)[][] = [];
  for (const [i, q] of r.questions.entries()) {
    const qText = `${i + 1}. ${L.question(q.key)}`;
    answers.push([qText, t("results.answeredColumn"), shown(q.answered, r.min), ...(q.groups ?? []).map((g) => shown(g.answered, r.min))]);
    for (const [ci, c] of (q.cells ?? []).entries())
      answers.push([qText, L.choice(q.key, c.key), shown(c.count, r.min), ...(q.groups ?? []).map((g) => shown(g.cells?.[ci], r.min))]);
    if (q.mean !== null) answers.push([qText, t("results.meanColumn"), q.mean]);
  }
  const words: (string | number)[][] = [];
  const tags: (string | number)[][] = [];
  const quotes: string[][] = [];
  for (const q of r.questions) {
    for (const w of q.words ?? []) words.push([L.question(q.key), w.word, w.count]);
    for (const c of q.tags ?? []) tags.push([L.question(q.key), c.key, shown(c.count, r.min)]);
    for (const text of q.quotes ?? []) quotes.push([L.question(q.key), text]);
  }
  return [
    {
      name: t("export.sheets.overview"),
      header: [t("export.columns.what"), t("export.columns.group"), t("export.columns.count")],
      rows: overview,
    },
    {
      name: t("export.sheets.answers"),
      header: [t("export.columns.question"), t("export.columns.answer"), t("export.columns.count"), ...groupHeader],
      rows: answers,
    },
    {
      name: t("export.sheets.words"),
      header: [t("export.columns.question"), t("export.columns.word"), t("export.columns.count")],
      rows: words,
    },
    {
      name: t("export.sheets.tags"),
      header: [t("export.columns.question"), t("export.columns.tag"), t("export.columns.count")],
      rows: tags,
    },
    { name: t("export.sheets.quotes"), header: [t("export.columns.question"), t("export.columns.quote")], rows: quotes },
  ];
}

/** The file name of an export: the survey's title made safe, and the day. */
export function fileBase(r: LoadedResults, locale: Locale): string {
  const title = textIn(r.survey.title, locale) || "bevraging";
  const safe = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${safe || "bevraging"}-${new Date().toISOString().slice(0, 10)}`;
}

/** The results in long form for CSV: one row per figure (section, question, answer, group, count). */
export function longTable(r: LoadedResults, locale: Locale): Pick<SheetTable, "header" | "rows"> {
  const L = labeller(r, locale);
  const { t } = L;
  const sec = (k: string) => t(`export.sheets.${k}`);
  const rows: (string | number)[][] = [[sec("overview"), t("results.total"), "", "", shown(r.total, r.min)]];
  const dims = [
    ["channel", r.byChannel],
    ["language", r.byLanguage],
    ["neighbourhood", r.byNeighbourhood],
    ["version", r.byVersion],
  ] as const;
  for (const [dim, cells] of dims)
    for (const c of cells) rows.push([sec("overview"), t(`results.by.${dim}`), L.dimension(dim, c.key), "", shown(c.count, r.min)]);
  for (const [i, q] of r.questions.entries()) {
    const qText = `${i + 1}. ${L.question(q.key)}`;
    rows.push([sec("answers"), qText, t("results.answeredColumn"), "", shown(q.answered, r.min)]);
    for (const g of q.groups ?? [])
      rows.push([sec("answers"), qText, t("results.answeredColumn"), L.group(g.group), shown(g.answered, r.min)]);
    for (const [ci, c] of (q.cells ?? []).entries()) {
      rows.push([sec("answers"), qText, L.choice(q.key, c.key), "", shown(c.count, r.min)]);
      for (const g of q.groups ?? [])
        rows.push([sec("answers"), qText, L.choice(q.key, c.key), L.group(g.group), shown(g.cells?.[ci], r.min)]);
    }
    if (q.mean !== null) rows.push([sec("answers"), qText, t("results.meanColumn"), "", q.mean]);
    for (const w of q.words ?? []) rows.push([sec("words"), qText, w.word, "", w.count]);
    for (const c of q.tags ?? []) rows.push([sec("tags"), qText, c.key, "", shown(c.count, r.min)]);
    for (const text of q.quotes ?? []) rows.push([sec("quotes"), qText, text, "", ""]);
  }
  return {
    header: [
      t("export.columns.sheet"),
      t("export.columns.question"),
      t("export.columns.answer"),
      t("export.columns.group"),
      t("export.columns.count"),
    ],
    rows,
  };
}

/** CSV: the long table (one row per figure). XLSX: a sheet per part, a column per group of a breakdown. */
export async function tableFile(r: LoadedResults, locale: Locale, format: "csv" | "xlsx"): Promise<ExportFile> {
  if (format === "xlsx") {
    const bytes = await writeXlsx(resultTables(r, locale));
    return { fileName: `${fileBase(r, locale)}.xlsx`, contentType: XLSX_CONTENT_TYPE, base64: Buffer.from(bytes).toString("base64") };
  }
  const bytes = writeCsv(longTable(r, locale), { bom: true });
  return { fileName: `${fileBase(r, locale)}.csv`, contentType: CSV_CONTENT_TYPE, base64: Buffer.from(bytes).toString("base64") };
}

/**
 * The answers to point and photo questions, one row per answer, for the team only (never in the figures): a point as
 * latitude and longitude at the precision the survey asks, a street or place typed instead of a point, a photo as the
 * reference of its stored file. No date, channel or respondent: the rows cannot be tied to the other answers.
 */
export function placesTable(
  content: SurveyContent,
  rows: readonly { answers: Record<string, unknown> }[],
  locale: Locale,
): Pick<SheetTable, "header" | "rows"> {
  const t = translator(locale);
  const qs = questionsOf(content).filter((q) => q.type === "point" || q.type === "photo");
  const out: (string | number)[][] = [];
  const name = (q: Question) => textIn(q.text, locale) || q.key;
  for (const r of rows)
    for (const q of qs) {
      const v = r.answers[q.key];
      if (typeof v !== "string" || v === "") continue;
      if (q.type === "photo") {
        out.push([name(q), "", "", "", `bevragingen/${v}`]);
        continue;
      }
      const p = parsePoint(v);
      const d = pointPrecision(q);
      out.push(p ? [name(q), Number(p.lat.toFixed(d)), Number(p.lon.toFixed(d)), "", ""] : [name(q), "", "", v, ""]);
    }
  return {
    header: [
      t("export.columns.question"),
      t("export.columns.lat"),
      t("export.columns.lon"),
      t("export.columns.place"),
      t("export.columns.photo"),
    ],
    rows: out,
  };
}

export function placesFile(
  content: SurveyContent,
  rows: readonly { answers: Record<string, unknown> }[],
  locale: Locale,
  base: string,
): ExportFile {
  const bytes = writeCsv(placesTable(content, rows, locale), { bom: true });
  return { fileName: `${base}-plekken-fotos.csv`, contentType: CSV_CONTENT_TYPE, base64: Buffer.from(bytes).toString("base64") };
}
