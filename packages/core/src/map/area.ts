/** [west, south, east, north] in degrees. */
export type Area = [number, number, number, number];

/**
 * The box around the tenant's neighbourhood boundaries (GeoJSON as stored): where the tenant works, and so where its
 * maps open when there is nothing else to frame. Null when no neighbourhood has a boundary.
 */
export function boundariesArea(boundaries: readonly unknown[]): Area | null {
  let [w, s, e, n] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const walk = (x: unknown): void => {
    if (!Array.isArray(x)) return;
    if (typeof x[0] === "number" && typeof x[1] === "number") {
      const [lng, lat] = x as [number, number];
      if (!Number.isFinite(lng) || !Number.isFinite(lat)) return;
      w = Math.min(w, lng);
      e = Math.max(e, lng);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    } else for (const y of x) walk(y);
  };
  for (const b of boundaries) walk((b as { coordinates?: unknown } | null)?.coordinates);
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
