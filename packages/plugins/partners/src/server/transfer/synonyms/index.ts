import type { Locale } from "@zorgzaam/core/plugin";
import { ACTOR_KINDS, type ActorKind, RELATIONSHIP_STATUSES, type RelationshipStatus } from "../../../domain";
import { simplify } from "../text";
import en from "./words-en.json";
import fr from "./words-fr.json";
import nl from "./words-nl.json";

/**
 * The words people use in their lists for the kinds of actor, the relationship, the default sectors and "this place is
 * missing", one file per language (words-nl.json, words-fr.json, words-en.json: add a word there, nowhere else; not named
 * like a message catalog, because a language's list may be shorter than another's). A file is read with all
 * three at once, because lists in Brussels mix them. Words are compared simplified (no case, accents or punctuation).
 */
export interface SynonymList {
  kinds: Partial<Record<ActorKind, string[]>>;
  statuses: Partial<Record<RelationshipStatus, string[]>>;
  /** By the key of a default sector (domain.ts DEFAULT_SECTORS); a tenant without that sector ignores the words. */
  sectors: Record<string, string[]>;
  /** Values meaning "a place that is missing or closed", in a kind column or a "missing" column. */
  missing: string[];
}

export const SYNONYMS: Record<Locale, SynonymList> = { nl, fr, en } as Record<Locale, SynonymList>;

/** Word → key over every language (the key itself counts as a word too). */
function lookup<K extends string>(pick: (l: SynonymList) => Partial<Record<K, string[]>>, keys?: readonly K[]): Map<string, K> {
  const m = new Map<string, K>();
  for (const k of keys ?? []) m.set(simplify(k), k);
  for (const list of Object.values(SYNONYMS)) {
    for (const [k, words] of Object.entries(pick(list)) as [K, string[]][]) for (const w of words) m.set(simplify(w), k);
  }
  return m;
}

export const KIND_WORDS = lookup<ActorKind>((l) => l.kinds, ACTOR_KINDS);
export const STATUS_WORDS = lookup<RelationshipStatus>((l) => l.statuses, RELATIONSHIP_STATUSES);
export const SECTOR_WORDS = lookup<string>((l) => l.sectors);
export const MISSING_WORDS = new Set(Object.values(SYNONYMS).flatMap((l) => l.missing.map(simplify)));

/** Words that two languages (or two entries) give different meanings: a list must not contradict itself. */
export function contradictions(): string[] {
  const out: string[] = [];
  const check = <K extends string>(what: string, pick: (l: SynonymList) => Partial<Record<K, string[]>>) => {
    const seen = new Map<string, K>();
    for (const [locale, list] of Object.entries(SYNONYMS)) {
      for (const [k, words] of Object.entries(pick(list)) as [K, string[]][]) {
        for (const w of words) {
          const s = simplify(w);
          const before = seen.get(s);
          if (before !== undefined && before !== k) out.push(`${what}: "${w}" (${locale}) is ${k} and ${before}`);
          seen.set(s, k);
        }
      }
    }
  };
  check("kinds", (l) => l.kinds);
  check("statuses", (l) => l.statuses);
  check("sectors", (l) => l.sectors);
  return out;
}
