/**
 * The starter lists a tenant may make its own (issue 13: "tenant-editable copies that later updates do not
 * overwrite"). Each list has a key, its starter items (starter.ts) and what an item holds besides its words: a region
 * (the online sources) or the parts of an action idea (a situation and example actions; its words are the goal).
 * A tenant's copy is stored whole (BuurtanalyseList); without one, the starter items are the list. Items keep their
 * keys: answers are stored under them, so an item that is reworded keeps its answers. No dependencies (pages import it).
 */
import {
  ACTION_IDEAS,
  ACTION_PROMPTS,
  ATTITUDES,
  BOUNDARY_CRITERIA,
  BOUNDARY_METHODS,
  EXAMPLE_HYPOTHESES,
  OBSERVATION_CUES,
  ONLINE_SOURCES,
  PREPARATION_QUESTIONS,
  type Region,
  ROUND1_QUESTIONS,
  ROUND2_STEPS,
  ROUND4_QUESTIONS,
} from "./starter";

export interface Texts {
  nl: string;
  fr: string;
  en: string;
}

export interface ListItem extends Texts {
  key: string;
  /** The online sources: where the source applies. */
  region?: Region;
  /** The boundary criteria: a feature of the buurt, or the organisation's own practice. */
  group?: CriterionGroup;
  /** An action idea: the situation it answers and example actions (its own words are the goal). */
  situation?: Texts;
  actions?: Texts;
}

export const LIST_KEYS = [
  "preparation",
  "attitudes",
  "boundaryMethods",
  "boundaryCriteria",
  "round1",
  "round2Steps",
  "exampleHypotheses",
  "onlineSources",
  "round4Questions",
  "observationCues",
  "actionPrompts",
  "actionIdeas",
] as const;
export type ListKey = (typeof LIST_KEYS)[number];

export const REGIONS: readonly Region[] = ["all", "flanders", "brussels"];
export const CRITERION_GROUPS = ["features", "practice"] as const;
export type CriterionGroup = (typeof CRITERION_GROUPS)[number];

export interface ListDef {
  starter: readonly ListItem[];
  /** Items carry a region. */
  region?: boolean;
  /** Items carry a criterion group. */
  group?: boolean;
  /** Items carry the parts of an action idea. */
  idea?: boolean;
}

const texts = (t: Texts): Texts => ({ nl: t.nl, fr: t.fr, en: t.en });

export const LISTS: Record<ListKey, ListDef> = {
  preparation: { starter: PREPARATION_QUESTIONS },
  attitudes: { starter: ATTITUDES },
  boundaryMethods: { starter: BOUNDARY_METHODS },
  boundaryCriteria: { starter: BOUNDARY_CRITERIA, group: true },
  round1: { starter: ROUND1_QUESTIONS },
  round2Steps: { starter: ROUND2_STEPS },
  exampleHypotheses: { starter: EXAMPLE_HYPOTHESES },
  onlineSources: { starter: ONLINE_SOURCES, region: true },
  round4Questions: { starter: ROUND4_QUESTIONS },
  observationCues: { starter: OBSERVATION_CUES },
  actionPrompts: { starter: ACTION_PROMPTS },
  actionIdeas: {
    idea: true,
    starter: ACTION_IDEAS.map((i) => ({ key: i.goal.key, ...texts(i.goal), situation: texts(i.situation), actions: texts(i.actions) })),
  },
};

/** Limits of a tenant's list: the number of items and the length of each text. */
export const LIST_LIMITS = { items: 60, text: 500 } as const;

export type Lists = Record<ListKey, ListItem[]>;

/** A stored list as it is read back: items that are not what a list holds are left out (never a broken page). */
export function readStoredItems(raw: unknown): ListItem[] | null {
  if (!Array.isArray(raw)) return null;
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const tx = (v: unknown): Texts | undefined => {
    if (!v || typeof v !== "object") return undefined;
    const o = v as Record<string, unknown>;
    return { nl: str(o.nl), fr: str(o.fr), en: str(o.en) };
  };
  return raw.flatMap((v): ListItem[] => {
    if (!v || typeof v !== "object") return [];
    const o = v as Record<string, unknown>;
    if (typeof o.key !== "string" || !o.key) return [];
    const item: ListItem = { key: o.key, nl: str(o.nl), fr: str(o.fr), en: str(o.en) };
    if (REGIONS.includes(o.region as Region)) item.region = o.region as Region;
    if ((CRITERION_GROUPS as readonly string[]).includes(o.group as string)) item.group = o.group as CriterionGroup;
    const situation = tx(o.situation);
    const actions = tx(o.actions);
    if (situation) item.situation = situation;
    if (actions) item.actions = actions;
    return [item];
  });
}

/** Every list for a tenant: its own copy where it has one, else the starter items. */
export function resolveLists(rows: readonly { list: string; items: unknown }[]): Lists {
  const own = new Map(rows.map((r) => [r.list, readStoredItems(r.items)]));
  return Object.fromEntries(LIST_KEYS.map((k) => [k, own.get(k) ?? LISTS[k].starter.map((i) => ({ ...i }))])) as Lists;
}

/** The words in the reader's language; a tenant's item may lack a translation: then Dutch, French or English. */
export function itemText(t: Texts, locale: string): string {
  const own = locale === "fr" ? t.fr : locale === "en" ? t.en : t.nl;
  return own || t.nl || t.fr || t.en;
}
