/**
 * "Teken jouw buurt" (BA-3): where several people's drawings of the buurt agree. Pure functions on GeoJSON with turf's
 * polygon clipping (intersect, union, difference): the router feeds them the stored drawings, the unit test checks them.
 *
 * From n drawings it builds the levels "drawn by at least k" (k = 1 … n) one drawing at a time: adding drawing P makes
 * level k the old level k plus (the old level k − 1 inside P). That is n·(n+1)/2 clippings, fine for the few dozen
 * drawings an analysis has. The bands shown are exclusive: "by all" (level n), "by most" (at least half of them, but
 * not all) and "by some" (fewer than half). A drawing that is not a usable area is left out and counted as skipped.
 */
import turfArea from "@turf/area";
import turfDifference from "@turf/difference";
import { featureCollection, feature as turfFeature } from "@turf/helpers";
import turfIntersect from "@turf/intersect";
import turfUnion from "@turf/union";
import type { Feature, MultiPolygon, Polygon } from "geojson";

export type Area = Polygon | MultiPolygon;
export const BANDS = ["all", "most", "some"] as const;
export type Band = (typeof BANDS)[number];

export interface AgreementInput {
  /** Who drew it, as the page may show it (a member's name, or "for a resident"). */
  label: string;
  geometry: unknown;
}

export interface Agreement {
  /** Drawings counted. */
  drawings: number;
  /** Drawings left out because they were not a usable area (their labels). */
  skipped: string[];
  /** "By most" means drawn by at least this many. */
  mostFrom: number;
  /** Each band as an area (null when empty) and its size in hectares (two decimals). */
  bands: Record<Band, { geometry: Area | null; hectares: number }>;
  /** Drawn by at least half (the "by most" area with the "by all" one), and by anyone: choices for one boundary. */
  atLeastHalf: Area | null;
  anyone: Area | null;
  /** Per drawing, the part that nobody else drew (only when there are two drawings or more). */
  onlyOne: { label: string; geometry: Area; hectares: number }[];
}

const EMPTY: Agreement["bands"] = {
  all: { geometry: null, hectares: 0 },
  most: { geometry: null, hectares: 0 },
  some: { geometry: null, hectares: 0 },
};

/** Parts smaller than this (square metres) are clipping noise along shared edges, not disagreement. */
const NOISE_M2 = 1;

const finite = (p: unknown) =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === "number" &&
  typeof p[1] === "number" &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]);
const ringOk = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(finite);
const polygonOk = (rings: unknown) => Array.isArray(rings) && rings.length >= 1 && rings.every(ringOk);

/** The geometry when it is a Polygon or MultiPolygon with closed-enough rings of numbers; otherwise null. */
function shapeOf(g: unknown): Area | null {
  const x = g as { type?: unknown; coordinates?: unknown } | null;
  if (!x || typeof x !== "object") return null;
  if (x.type === "Polygon" && polygonOk(x.coordinates)) return x as Polygon;
  if (x.type === "MultiPolygon" && Array.isArray(x.coordinates) && x.coordinates.length > 0 && x.coordinates.every(polygonOk)) {
    return x as MultiPolygon;
  }
  return null;
}

const f = (g: Area): Feature<Area> => turfFeature(g) as Feature<Area>;

/** Square metres. */
export function squareMetres(g: Area | null): number {
  return g ? turfArea(f(g)) : 0;
}

export const hectares = (g: Area | null) => Math.round(squareMetres(g) / 100) / 100;

/** Drops the specks that clipping leaves along shared edges; null when nothing is left. */
function clean(g: Area | null | undefined): Area | null {
  if (!g) return null;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const kept = polys.filter((p) => squareMetres({ type: "Polygon", coordinates: p }) >= NOISE_M2);
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: "Polygon", coordinates: kept[0] as Polygon["coordinates"] }
    : { type: "MultiPolygon", coordinates: kept };
}

export function union(a: Area | null, b: Area | null): Area | null {
  if (!a) return clean(b);
  if (!b) return clean(a);
  return clean(turfUnion(featureCollection([f(a), f(b)]))?.geometry);
}

export function intersection(a: Area | null, b: Area | null): Area | null {
  if (!a || !b) return null;
  return clean(turfIntersect(featureCollection([f(a), f(b)]))?.geometry);
}

export function difference(a: Area | null, b: Area | null): Area | null {
  if (!a) return null;
  if (!b) return clean(a);
  return clean(turfDifference(featureCollection([f(a), f(b)]))?.geometry);
}

/**
 * A drawing made fit for clipping (a ring that crosses itself is resolved by the union with itself), or null when it
 * is not an area at all (a line, a point, broken coordinates, no surface).
 */
export function normalise(g: unknown): Area | null {
  const shape = shapeOf(g);
  if (!shape) return null;
  try {
    const u = clean(turfUnion(featureCollection([f(shape), f(shape)]))?.geometry);
    return u && squareMetres(u) >= NOISE_M2 ? u : null;
  } catch {
    return null;
  }
}

/** The levels "drawn by at least k" for k = 1 … n (index k − 1), from usable areas. */
export function levels(areas: readonly Area[]): (Area | null)[] {
  const out: (Area | null)[] = [];
  areas.forEach((p, i) => {
    out.push(null);
    for (let k = i; k >= 1; k--) out[k] = union(out[k] ?? null, intersection(out[k - 1] ?? null, p));
    out[0] = union(out[0] ?? null, p);
  });
  return out;
}

/** The agreement of the drawings: bands, the choices for one boundary, and what each drew alone. */
export function agreement(drawings: readonly AgreementInput[]): Agreement {
  const usable: { label: string; area: Area }[] = [];
  const skipped: string[] = [];
  for (const d of drawings) {
    const area = normalise(d.geometry);
    if (area) usable.push({ label: d.label, area });
    else skipped.push(d.label);
  }
  const n = usable.length;
  const mostFrom = Math.max(1, Math.ceil(n / 2));
  if (n === 0) return { drawings: 0, skipped, mostFrom, bands: EMPTY, atLeastHalf: null, anyone: null, onlyOne: [] };
  let lv: (Area | null)[];
  try {
    lv = levels(usable.map((u) => u.area));
  } catch {
    // The clipping gave up on these shapes (it should not): say nothing rather than something wrong.
    return { drawings: 0, skipped: drawings.map((d) => d.label), mostFrom, bands: EMPTY, atLeastHalf: null, anyone: null, onlyOne: [] };
  }
  const all = lv[n - 1] ?? null;
  const half = lv[mostFrom - 1] ?? null;
  const anyone = lv[0] ?? null;
  const most = mostFrom < n ? difference(half, all) : null;
  const some = difference(anyone, half);
  const two = lv[1] ?? null;
  const onlyOne =
    n < 2
      ? []
      : usable.flatMap((u) => {
          const alone = difference(u.area, two);
          return alone ? [{ label: u.label, geometry: alone, hectares: hectares(alone) }] : [];
        });
  return {
    drawings: n,
    skipped,
    mostFrom,
    bands: {
      all: { geometry: all, hectares: hectares(all) },
      most: { geometry: most, hectares: hectares(most) },
      some: { geometry: some, hectares: hectares(some) },
    },
    atLeastHalf: half,
    anyone,
    onlyOne,
  };
}
