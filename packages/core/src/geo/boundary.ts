import booleanValid from "@turf/boolean-valid";
import kinks from "@turf/kinks";
import { z } from "zod";
import { DEFAULT_LOCALE, type Locale, type ServerMessageKey, type serverMessages, translate } from "../i18n/index";

export type BoundaryGeometry = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };

const MAX_POINTS = 20_000;

/**
 * Where a neighbourhood can plausibly lie: Belgium (about lon 2.54–6.41, lat 49.50–51.51) with a margin of a few
 * kilometres beyond the rough box lon 2.3–6.6, lat 49.4–51.6, so that border neighbourhoods always fit.
 */
export const BELGIUM_BOX = { minLon: 2.2, maxLon: 6.7, minLat: 49.3, maxLat: 51.7 } as const;

/** What can be wrong with a boundary: a key of the `boundary` section of core's message catalogs (nl, fr, en). */
export type BoundaryProblem = keyof (typeof serverMessages)["nl"]["boundary"];

/**
 * A boundary that cannot be used, as a problem code with parameters; `message` is the Dutch text, `messageIn` gives
 * it in another language (the server's validation messages and the neighbourhood form use the same catalogs).
 */
export class BoundaryError extends Error {
  constructor(
    public readonly problem: BoundaryProblem,
    public readonly params: Record<string, string | number> = {},
  ) {
    super(translate(DEFAULT_LOCALE, `boundary.${problem}`, params));
    this.name = "BoundaryError";
  }
  get messageKey(): ServerMessageKey {
    return `boundary.${this.problem}`;
  }
  messageIn(locale: Locale): string {
    return translate(locale, this.messageKey, this.params);
  }
}

type Ring = number[][];

function polygonsOf(g: BoundaryGeometry): Ring[][] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

/** A coordinate as people wrote it, without float noise (4.350000000001 → "4.35"). */
function shown(n: number): string {
  return String(Number(n.toFixed(6)));
}

function inBelgium(lon: number, lat: number): boolean {
  const b = BELGIUM_BOX;
  return lon >= b.minLon && lon <= b.maxLon && lat >= b.minLat && lat <= b.maxLat;
}

/** True when every point of the ring lies on one straight line (or on one spot): the ring encloses no area. */
function hasNoArea(ring: Ring): boolean {
  const [x0, y0] = ring[0] as [number, number];
  let far: [number, number] | null = null;
  let farDist = 0;
  for (const p of ring) {
    const d = Math.hypot((p[0] as number) - x0, (p[1] as number) - y0);
    if (d > farDist) {
      farDist = d;
      far = [(p[0] as number) - x0, (p[1] as number) - y0];
    }
  }
  if (!far || farDist === 0) return true;
  // Distance of every point to the line through the first and the farthest point, relative to the ring's size.
  return ring.every((p) => Math.abs(far[0] * ((p[1] as number) - y0) - far[1] * ((p[0] as number) - x0)) / farDist <= farDist * 1e-9);
}

/** -1 outside, 0 on the edge, 1 inside (even-odd rule; the ring is closed). */
function pointInRing(x: number, y: number, ring: Ring): -1 | 0 | 1 {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (Math.abs(cross) <= 1e-12 && x >= Math.min(xi, xj) && x <= Math.max(xi, xj) && y >= Math.min(yi, yj) && y <= Math.max(yi, yj)) {
      return 0;
    }
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}

/**
 * Accepts what people paste or upload: a Polygon or MultiPolygon geometry, a Feature holding one, or a
 * FeatureCollection with exactly one such feature. Returns the geometry, or throws a BoundaryError that says
 * what is wrong in plain words: the shape must be in Belgium (with a hint when longitude and latitude are swapped),
 * closed, not crossing itself, with an area, and with its holes inside its outer edge.
 */
export function parseBoundary(input: unknown): BoundaryGeometry {
  let value = input;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      throw new BoundaryError("notJson");
    }
  }
  if (!value || typeof value !== "object") throw new BoundaryError("notGeoJson");
  const obj = value as { type?: unknown; features?: unknown; geometry?: unknown };
  if (obj.type === "FeatureCollection") {
    const features = Array.isArray(obj.features) ? obj.features : [];
    if (features.length !== 1) throw new BoundaryError("featureCount", { count: features.length });
    value = (features[0] as { geometry?: unknown }).geometry;
  } else if (obj.type === "Feature") {
    value = obj.geometry;
  }
  const g = value as { type?: unknown; coordinates?: unknown };
  if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) throw new BoundaryError("notPolygon");
  const depth = g.type === "Polygon" ? 3 : 4;
  if (!isNumberArray(g.coordinates, depth)) throw new BoundaryError("incomplete");
  const geometry = g as BoundaryGeometry;
  const polygons = polygonsOf(geometry);
  const rings = polygons.flat();
  const points = rings.reduce((n, r) => n + r.length, 0);
  if (points > MAX_POINTS) throw new BoundaryError("tooManyPoints", { points, max: MAX_POINTS });
  for (const ring of rings) {
    if (ring.length < 4) throw new BoundaryError("ringTooShort");
    for (const p of ring) {
      const [lon, lat] = p as [number, number];
      if (p.length < 2 || Math.abs(lon) > 180 || Math.abs(lat) > 90) throw new BoundaryError("outsideWorld");
    }
    for (const p of ring) {
      const [lon, lat] = p as [number, number];
      if (!inBelgium(lon, lat)) {
        throw new BoundaryError(inBelgium(lat, lon) ? "swapped" : "outsideBelgium", { lon: shown(lon), lat: shown(lat) });
      }
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) throw new BoundaryError("notClosed");
  }
  // Before the crossing checks: a flat ring (all points on one line) is its own, clearer, problem.
  if (rings.some(hasNoArea)) throw new BoundaryError("zeroArea");
  // A hole with a point outside its shell lies outside it or crosses it: say so before the generic crossing check.
  for (const [shell, ...holes] of polygons) {
    for (const hole of holes) {
      if (hole.some((p) => pointInRing(p[0] as number, p[1] as number, shell as Ring) < 0)) throw new BoundaryError("holeOutside");
    }
  }
  if (kinks(geometry as never).features.length > 0) throw new BoundaryError("invalid");
  if (!booleanValid(geometry as never)) throw new BoundaryError("invalid");
  return { type: geometry.type, coordinates: geometry.coordinates } as BoundaryGeometry;
}

function isNumberArray(v: unknown, depth: number): boolean {
  if (!Array.isArray(v)) return false;
  if (depth === 1) return v.length >= 2 && v.every((n) => typeof n === "number" && Number.isFinite(n));
  return v.length > 0 && v.every((x) => isNumberArray(x, depth - 1));
}

/**
 * A zod schema that accepts any JSON-ish boundary input and turns it into a validated geometry. The issue carries the
 * catalog key and its parameters (params.messageKey, params.messageParams), so the error formatter can say it in the
 * caller's language.
 */
export const boundaryInput = z.unknown().transform((v, ctx) => {
  try {
    return parseBoundary(v);
  } catch (e) {
    if (e instanceof BoundaryError) {
      ctx.addIssue({ code: "custom", message: e.message, params: { messageKey: e.messageKey, messageParams: e.params } });
    } else {
      ctx.addIssue({ code: "custom", message: (e as Error).message });
    }
    return z.NEVER;
  }
});
