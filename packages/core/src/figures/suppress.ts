/**
 * Small-cell suppression for figures shown to staff (survey results, a module's impact figures): one rule for every
 * module. A count under `min` (but above 0) is hidden, so a figure never points at one or two people.
 */
export type FigureCell = { key: string; count: number | null };

/**
 * Over one breakdown whose cells add up to a total that is shown: every cell under `min` (but above 0) is hidden; when
 * exactly one cell is hidden, the smallest other non-empty cell is hidden too, so the hidden one cannot be worked out
 * from the total.
 */
export function suppress(cells: readonly { key: string; count: number }[], min: number): FigureCell[] {
  const hidden = new Set(cells.filter((c) => c.count > 0 && c.count < min).map((c) => c.key));
  if (hidden.size === 1) {
    const next = cells.filter((c) => c.count > 0 && !hidden.has(c.key)).sort((a, b) => a.count - b.count)[0];
    if (next) hidden.add(next.key);
  }
  return cells.map((c) => ({ key: c.key, count: hidden.has(c.key) ? null : c.count }));
}

/** A single count (or a total) is shown only when it reaches `min` (or is 0). */
export function suppressTotal(count: number, min: number): number | null {
  return count > 0 && count < min ? null : count;
}
