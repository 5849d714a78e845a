/**
 * What each audience's report shows (BA-10), for the web page and the PDF alike, and the figures of its chart. Pure:
 * the report page (a server component), the PDF and the unit tests use it.
 */
import type { Audience } from "./domain";

export interface ReportParts {
  /** The state of every section (the team's working view). */
  progress: boolean;
  /** The preparation answers and round 1. */
  preparation: boolean;
  hypotheses: boolean;
  /** The figures under each hypothesis (tables) and the chart. */
  figures: boolean;
  interim: boolean;
  /** The things drawn on the map, as a list. */
  map: boolean;
  swot: boolean;
  /** The whole action plan (residents see the actions chosen for them instead). */
  actions: boolean;
  /** "Wat we hoorden" and "wat we doen" with the chosen actions (the residents' summary). */
  summary: boolean;
}

export const AUDIENCE_PARTS: Record<Audience, ReportParts> = {
  team: {
    progress: true,
    preparation: true,
    hypotheses: true,
    figures: true,
    interim: true,
    map: true,
    swot: true,
    actions: true,
    summary: true,
  },
  gemeenteraad: {
    progress: false,
    preparation: false,
    hypotheses: true,
    figures: true,
    interim: true,
    map: true,
    swot: true,
    actions: true,
    summary: false,
  },
  partners: {
    progress: false,
    preparation: false,
    hypotheses: true,
    figures: false,
    interim: false,
    map: true,
    swot: true,
    actions: true,
    summary: false,
  },
  bewoners: {
    progress: false,
    preparation: false,
    hypotheses: false,
    figures: false,
    interim: false,
    map: false,
    swot: false,
    actions: false,
    summary: true,
  },
};

export interface ChartBar {
  /** "buurt" for the analysis's own neighbourhood (imported sector figures too), else the reference's area kind. */
  areaKind: string;
  areaLabel: string | null;
  year: number | null;
  value: number;
}

export interface ChartGroup {
  indicator: string;
  bars: ChartBar[];
}

interface HypothesisFigures {
  references: { indicator: string; areaKind: string; areaLabel: string | null; year: number | null; value: number }[];
  imported: { name: string; year: number; value: number | null }[];
}

/** At most this many indicators in the chart (the tables under the hypotheses have all of them). */
export const CHART_GROUPS = 8;

/**
 * The indicators of the hypotheses as groups of bars: our neighbourhood against the other areas the team compared it
 * with (one bar per area), so the chart says at a glance where the neighbourhood stands. Indicators with one value
 * only are left out (nothing to compare).
 */
export function chartGroups(hypotheses: readonly HypothesisFigures[]): ChartGroup[] {
  const groups = new Map<string, ChartGroup>();
  const add = (indicator: string, bar: ChartBar) => {
    const key = indicator.trim().toLowerCase();
    if (!key || !Number.isFinite(bar.value)) return;
    const g = groups.get(key) ?? { indicator: indicator.trim(), bars: [] };
    if (!g.bars.some((b) => b.areaKind === bar.areaKind && b.areaLabel === bar.areaLabel && b.year === bar.year)) g.bars.push(bar);
    groups.set(key, g);
  };
  for (const h of hypotheses) {
    for (const i of h.imported) if (i.value !== null) add(i.name, { areaKind: "buurt", areaLabel: null, year: i.year, value: i.value });
    for (const r of h.references) add(r.indicator, { areaKind: r.areaKind, areaLabel: r.areaLabel, year: r.year, value: r.value });
  }
  return [...groups.values()].filter((g) => g.bars.length >= 2).slice(0, CHART_GROUPS);
}

/** A text of the summary in the reader's language, else in the first language that has one. */
export function textIn(texts: Partial<Record<string, string>>, locale: string): { text: string; lang: string } | null {
  const own = texts[locale]?.trim();
  if (own) return { text: own, lang: locale };
  for (const l of ["nl", "fr", "en"]) {
    const v = texts[l]?.trim();
    if (v) return { text: v, lang: l };
  }
  return null;
}

/** A stored { nl, fr, en } text as an object (anything else: empty). */
export const asTexts = (v: unknown): Partial<Record<"nl" | "fr" | "en", string>> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Partial<Record<"nl" | "fr" | "en", string>>) : {};
