/**
 * Comparing two analyses of the same buurt (BA-9, analyses over time): indicators by name, hypotheses, SWOT items and
 * actions matched by their words, so the page can show them side by side and say what is new, what stayed and what
 * went. Pure functions (no dependencies): the router feeds them, the unit test checks them.
 */

/** Words compared loosely: case, accents, spacing and end punctuation do not make two items different. */
export function sameWords(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.!?…\s]+$/u, "")
    .trim();
}

export interface Paired<T> {
  key: string;
  earlier: T | null;
  later: T | null;
}

/** Pairs two lists by a key (first occurrence wins): those in both, then those only in the later, then only in the earlier. */
export function pairBy<T>(earlier: readonly T[], later: readonly T[], keyOf: (x: T) => string): Paired<T>[] {
  const e = new Map<string, T>();
  for (const x of earlier) if (!e.has(keyOf(x))) e.set(keyOf(x), x);
  const l = new Map<string, T>();
  for (const x of later) if (!l.has(keyOf(x))) l.set(keyOf(x), x);
  const both: Paired<T>[] = [];
  const onlyLater: Paired<T>[] = [];
  for (const [k, x] of l) (e.has(k) ? both : onlyLater).push({ key: k, earlier: e.get(k) ?? null, later: x });
  const onlyEarlier = [...e].filter(([k]) => !l.has(k)).map(([k, x]) => ({ key: k, earlier: x, later: null }));
  return [...both, ...onlyLater, ...onlyEarlier];
}

export interface IndicatorPoint {
  name: string;
  year: number;
  value: number | null;
}

/**
 * An indicator's buurt value in each analysis (the most recent year of each) and the change between them, when both
 * have a value.
 */
export function compareIndicators(earlier: readonly IndicatorPoint[], later: readonly IndicatorPoint[]) {
  const latest = (xs: readonly IndicatorPoint[]) => {
    const m = new Map<string, IndicatorPoint>();
    for (const x of xs) {
      const k = sameWords(x.name);
      const old = m.get(k);
      if (!old || x.year > old.year) m.set(k, x);
    }
    return [...m.values()];
  };
  return pairBy(latest(earlier), latest(later), (x) => sameWords(x.name)).map((p) => ({
    name: (p.later ?? p.earlier)?.name ?? p.key,
    earlier: p.earlier ? { year: p.earlier.year, value: p.earlier.value } : null,
    later: p.later ? { year: p.later.year, value: p.later.value } : null,
    change: p.earlier?.value != null && p.later?.value != null ? Math.round((p.later.value - p.earlier.value) * 100) / 100 : null,
  }));
}
