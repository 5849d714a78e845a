import { ACTOR_KINDS, type ActorKind, RELATIONSHIP_STATUSES, type RelationshipStatus } from "../../domain";
import { KIND_WORDS, MISSING_WORDS, SECTOR_WORDS, STATUS_WORDS } from "./synonyms";
import { fold, simplify } from "./text";

/** What the user may choose for an unknown value instead of a stored one: leave it out (the default applies). */
export const IGNORED = "_ignore";

/**
 * What a value of the kind column means, by the user's choice first, then by the synonyms (./synonyms): a kind, and
 * whether it says the place is missing ("ontbrekende plek", "lieu manquant": a place that is missing). "ignore"
 * when the user chose to leave the value out.
 */
export function kindOf(value: string, chosen: Record<string, string> | undefined): { kind: ActorKind; missing: boolean } | "ignore" | null {
  const key = simplify(value);
  const c = chosen?.[key];
  if (c === IGNORED) return "ignore";
  if (c && (ACTOR_KINDS as readonly string[]).includes(c)) return { kind: c as ActorKind, missing: false };
  if (MISSING_WORDS.has(key)) return { kind: "place", missing: true };
  const k = KIND_WORDS.get(key);
  return k ? { kind: k, missing: false } : null;
}

export function statusOf(value: string, chosen: Record<string, string> | undefined): RelationshipStatus | "ignore" | null {
  const key = simplify(value);
  const c = chosen?.[key];
  if (c === IGNORED) return "ignore";
  if (c && (RELATIONSHIP_STATUSES as readonly string[]).includes(c)) return c as RelationshipStatus;
  return STATUS_WORDS.get(key) ?? null;
}

/**
 * A "missing" column: yes/no as usual; any other text ("gesloten in 2023", "closed since May") says the place is
 * missing and is kept as the note.
 */
export function missingOf(value: string): { missing: boolean; note: string | null } {
  const b = booleanOf(value);
  if (b !== null) return { missing: b, note: null };
  if (MISSING_WORDS.has(simplify(value))) return { missing: true, note: null };
  return { missing: true, note: value.trim() };
}

export interface SectorOption {
  key: string;
  labelNl: string;
  labelFr: string;
  labelEn: string;
}

/**
 * Recognises sector names: the tenant's keys and labels in any language, a single word of exactly one label
 * ("gezondheid" for "Gezondheid en zorg"), or a synonym of a default sector the tenant has ("handelaar" for shops).
 * "ignore" when the user chose to leave the value out.
 */
export function sectorMatcher(
  sectors: readonly SectorOption[],
): (value: string, chosen: Record<string, string> | undefined) => string | "ignore" | null {
  const exact = new Map<string, string>();
  const words = new Map<string, string | null>();
  const keys = new Set(sectors.map((s) => s.key));
  for (const s of sectors) {
    for (const label of [s.key, s.labelNl, s.labelFr, s.labelEn]) {
      const l = simplify(label);
      if (!l) continue;
      exact.set(l, s.key);
      for (const w of l.split(" ")) {
        if (w.length < 4) continue;
        words.set(w, words.has(w) && words.get(w) !== s.key ? null : s.key);
      }
    }
  }
  return (value, chosen) => {
    const key = simplify(value);
    const c = chosen?.[key];
    if (c === IGNORED) return "ignore";
    if (c && keys.has(c)) return c;
    const synonym = SECTOR_WORDS.get(key);
    return exact.get(key) ?? words.get(key) ?? (synonym && keys.has(synonym) ? synonym : null);
  };
}

const YES = new Set(["ja", "j", "yes", "y", "oui", "o", "true", "waar", "vrai", "1", "x", "formeel", "formel", "formal"]);
const NO = new Set(["nee", "neen", "n", "no", "non", "false", "onwaar", "faux", "0", "informeel", "informel", "informal"]);

export function booleanOf(value: string): boolean | null {
  const v = simplify(value);
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/** A number as people write it: "50,8503" (Belgian) or "50.8503"; thousands separators are not expected here. */
export function numberOf(value: string): number | null {
  const v = value.replace(/\s/g, "").replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v)) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Several values in one cell: "welzijn, jeugd" or "welzijn; jeugd" or "welzijn / jeugd". */
export function splitList(value: string): string[] {
  return value
    .split(/[;,|/\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(s: string): boolean {
  return EMAIL.test(s) && s.length <= 200;
}

/** "www.example.be" becomes "https://www.example.be"; anything that is still not a web address is null. */
export function websiteOf(value: string): string | null {
  let v = value.trim();
  if (!v) return "";
  if (!/^https?:\/\//i.test(v)) v = `https://${v.replace(/^\/\//, "")}`;
  return /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v) && v.length <= 500 ? v : null;
}

export { fold };
