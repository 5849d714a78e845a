import { distance } from "fastest-levenshtein";
import { fold } from "./text";

/** Legal forms and filler words that do not tell two names apart ("De Kring vzw" is "De Kring"). */
const NOISE = new Set([
  "vzw",
  "asbl",
  "bv",
  "bvba",
  "nv",
  "sa",
  "srl",
  "sprl",
  "cv",
  "cvba",
  "scrl",
  "vof",
  "fv",
  "ivzw",
  "aisbl",
  "de",
  "het",
  "een",
  "le",
  "la",
  "les",
  "l",
  "the",
]);

const STREET_WORDS: [RegExp, string][] = [
  // Dutch street names end in the abbreviated word: "Kerkstr." is "Kerkstraat", "Gentsestwg" is "Gentsesteenweg".
  [/str\b/g, "straat"],
  [/stwg\b/g, "steenweg"],
  [/steenw\b/g, "steenweg"],
  [/\bln\b/g, "laan"],
  [/\bpl\b/g, "plein"],
  [/\bav\b/g, "avenue"],
  [/\bbd\b/g, "boulevard"],
  [/\bbus\b.*$/g, ""],
  [/\bbte\b.*$/g, ""],
];

export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && !NOISE.has(w))
    .join(" ");
}

/** Street and number, reduced the same way ("Kerkstr. 12 bus 3" → "kerkstraat 12"). */
export function addressKey(address: string | null): string {
  if (!address) return "";
  let s = fold(address).replace(/[^a-z0-9]+/g, " ");
  for (const [re, to] of STREET_WORDS) s = s.replace(re, to);
  return s.replace(/\s+/g, " ").trim();
}

/** 1 for equal strings, 0 for nothing in common (Levenshtein distance relative to the longer one). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  return 1 - distance(a, b) / max;
}

export interface Comparable {
  name: string;
  address: string | null;
  postcode: string | null;
  city: string | null;
  externalId: string | null;
}

interface Keyed {
  name: string;
  address: string;
  postcode: string;
  city: string;
  externalId: string;
  /** The numbers in the name and in the address ("12", "1 3"): different numbers mean different actors. */
  nameNumbers: string;
  addressNumbers: string;
}

const numbers = (s: string) => s.match(/\d+/g)?.join(" ") ?? "";

function keyed(c: Comparable): Keyed {
  const name = nameKey(c.name);
  const address = addressKey(c.address);
  return {
    name,
    address,
    postcode: (c.postcode ?? "").replace(/\s/g, "").toLowerCase(),
    city: fold(c.city ?? "").trim(),
    externalId: (c.externalId ?? "").trim(),
    nameNumbers: numbers(name),
    addressNumbers: numbers(address),
  };
}

const differ = (x: string, y: string) => x !== y && x !== "" && y !== "";

/**
 * How likely two records are the same actor (0..1), or 0 when they are not. Same external id: certain. Otherwise the
 * names must be close; with both addresses known the addresses must be close too (and the postcodes equal when both
 * are given); with an address missing on either side the names must be nearly equal and the cities not differ.
 */
export function matchScore(a: Keyed, b: Keyed): number {
  if (a.externalId && a.externalId === b.externalId) return 1;
  if (!a.name || !b.name) return 0;
  // "Vereniging 1" and "Vereniging 10", "Kerkstraat 12" and "Kerkstraat 14" look alike but are not the same.
  if (differ(a.nameNumbers, b.nameNumbers)) return 0;
  // Cheap bound first: names whose lengths differ by more than a fifth cannot be 80 % alike.
  if (Math.abs(a.name.length - b.name.length) > 0.2 * Math.max(a.name.length, b.name.length)) return 0;
  const nameSim = similarity(a.name, b.name);
  if (nameSim < 0.8) return 0;
  if (a.postcode && b.postcode && a.postcode !== b.postcode) return 0;
  if (a.address && b.address) {
    if (differ(a.addressNumbers, b.addressNumbers)) return 0;
    const addrSim = similarity(a.address, b.address);
    if (addrSim < 0.75) return 0;
    return round(0.6 * nameSim + 0.4 * addrSim);
  }
  if (nameSim < 0.9) return 0;
  if (a.city && b.city && a.city !== b.city) return 0;
  return round(0.9 * nameSim);
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Finds, for a record, the most similar one among those added so far. Comparing every pair would be 10^8 comparisons
 * for two lists of 10^4, so candidates are only the records that share the record's rarest name words (and its
 * external id); typos inside one word are still found through the other words of the name.
 */
export class DuplicateIndex<T> {
  private readonly items: { item: T; key: Keyed }[] = [];
  /** Name words of every record. */
  private readonly byWord = new Map<string, number[]>();
  /** Name words of the records without a number in their name. */
  private readonly byWordWithoutNumber = new Map<string, number[]>();
  /** Records by the numbers in their name: a name with numbers only matches the same numbers (or none). */
  private readonly byNumbers = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();
  private readonly byExternal = new Map<string, number>();

  add(item: T, c: Comparable): void {
    const key = keyed(c);
    const i = this.items.push({ item, key }) - 1;
    push(this.byName, key.name, i);
    for (const w of new Set(key.name.split(" "))) {
      if (w.length < 2) continue;
      push(this.byWord, w, i);
      if (!key.nameNumbers) push(this.byWordWithoutNumber, w, i);
    }
    if (key.nameNumbers) push(this.byNumbers, key.nameNumbers, i);
    if (key.externalId && !this.byExternal.has(key.externalId)) this.byExternal.set(key.externalId, i);
  }

  best(c: Comparable): { item: T; score: number } | null {
    const key = keyed(c);
    const candidates = new Set<number>();
    const ext = key.externalId ? this.byExternal.get(key.externalId) : undefined;
    if (ext !== undefined) candidates.add(ext);
    for (const i of this.byName.get(key.name) ?? []) candidates.add(i);
    // With numbers in the name: the records with the same numbers, and by word only those without numbers.
    const postings = key.nameNumbers ? this.byWordWithoutNumber : this.byWord;
    if (key.nameNumbers) for (const i of this.byNumbers.get(key.nameNumbers) ?? []) candidates.add(i);
    const words = [...new Set(key.name.split(" "))]
      .filter((w) => w.length >= 2 && !/^\d+$/.test(w))
      .map((w) => ({ w, n: postings.get(w)?.length ?? 0 }))
      .filter((x) => x.n > 0)
      .sort((a, b) => a.n - b.n)
      // The rarest word always; a second one only when it is rare too (a common word adds work, not matches).
      .filter((x, i) => i === 0 || (i === 1 && x.n <= 500));
    for (const { w } of words) for (const i of (postings.get(w) ?? []).slice(0, 2_000)) candidates.add(i);
    let best: { item: T; score: number } | null = null;
    for (const i of candidates) {
      const other = this.items[i];
      if (!other) continue;
      const score = matchScore(key, other.key);
      if (score > 0 && (!best || score > best.score)) best = { item: other.item, score };
      if (score === 1) break;
    }
    return best;
  }
}

function push(m: Map<string, number[]>, k: string, i: number) {
  if (!k) return;
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
}
