/**
 * Small-cell suppression for figures shown to staff (survey results, a module's impact figures): one rule for every
 * module, in one place (ADR 0029). A count under `min` (but above 0) is hidden, so a figure never points at one or two
 * people; a second cell is hidden when one alone could be worked out from a total (secondary suppression); and a
 * figure shown next to a wider view of the same data (the same question without a filter) is hidden when the
 * difference between the two falls under `min`, so nobody can subtract a filtered view from the whole to find a small
 * group (differencing).
 */
export type FigureCell = { key: string; count: number | null };

/**
 * The same figure in wider views the reader can also open (the figure without one of the filters): one number per
 * wider view, each at least the figure itself.
 */
export type Wider = readonly number[];

/** Under the threshold: 1 to min - 1 (0 is never hidden: "nobody" identifies no one). */
const under = (n: number, min: number) => n > 0 && n < min;

/**
 * Whether a count must be hidden: it is under `min`, or what a wider view adds to it is (that difference is a group
 * of its own, the people the filter left out).
 */
export function isSmall(count: number, min: number, wider: Wider = []): boolean {
  return under(count, min) || wider.some((w) => under(w - count, min));
}

/**
 * Over one breakdown whose cells add up to a total that is shown: every small cell (see isSmall, with the same cell
 * in the wider views) is hidden; when exactly one cell is hidden, the smallest other non-empty cell is hidden too, so
 * the hidden one cannot be worked out from the total.
 */
export function suppress(cells: readonly { key: string; count: number; wider?: Wider }[], min: number): FigureCell[] {
  const hidden = new Set(cells.filter((c) => isSmall(c.count, min, c.wider)).map((c) => c.key));
  if (hidden.size === 1) {
    const next = cells.filter((c) => c.count > 0 && !hidden.has(c.key)).sort((a, b) => a.count - b.count)[0];
    if (next) hidden.add(next.key);
  }
  return cells.map((c) => ({ key: c.key, count: hidden.has(c.key) ? null : c.count }));
}

/** A single count (or a total) is shown only when it is not small (see isSmall): 0, or at least `min` and as far from each wider view. */
export function suppressTotal(count: number, min: number, wider: Wider = []): number | null {
  return isSmall(count, min, wider) ? null : count;
}

/**
 * Small-group suppression over a table (rows: choices, columns: groups of a breakdown; the totals of rows and columns
 * are shown elsewhere): every small cell is hidden (see isSmall; `wider[r][c]` holds the same cell in the wider
 * views); then, as long as a row or a column has exactly one hidden cell, its smallest other non-empty cell is hidden
 * too, so no hidden cell can be worked out from a total.
 */
export function suppressTable(
  counts: readonly (readonly number[])[],
  min: number,
  wider?: readonly (readonly Wider[])[],
): (number | null)[][] {
  const hidden = counts.map((row, r) => row.map((c, i) => isSmall(c, min, wider?.[r]?.[i])));
  const rows = counts.map((row, r) => row.map((_, c): [number, number] => [r, c]));
  const width = Math.max(0, ...counts.map((row) => row.length));
  const cols = Array.from({ length: width }, (_, c) => counts.flatMap((row, r): [number, number][] => (c < row.length ? [[r, c]] : [])));
  const lines = [...rows, ...cols];
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      // A hidden 0 counts too (hidden because of a wider view: "0 here, 2 in all" would point at two people).
      const shut = line.filter(([r, c]) => hidden[r]?.[c]);
      if (shut.length !== 1) continue;
      const next = line
        .filter(([r, c]) => !hidden[r]?.[c] && (counts[r]?.[c] ?? 0) > 0)
        .sort(([r1, c1], [r2, c2]) => (counts[r1]?.[c1] ?? 0) - (counts[r2]?.[c2] ?? 0))[0];
      if (next) {
        const [r, c] = next;
        (hidden[r] as boolean[])[c] = true;
        changed = true;
      }
    }
  }
  return counts.map((row, r) => row.map((c, i) => (hidden[r]?.[i] ? null : c)));
}
