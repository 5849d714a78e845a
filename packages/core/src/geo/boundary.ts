import booleanValid from "@turf/boolean-valid";
import kinks from "@turf/kinks";
import { z } from "zod";

export type BoundaryGeometry = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };

const MAX_POINTS = 20_000;

export class BoundaryError extends Error {}

function ringsOf(g: BoundaryGeometry): number[][][] {
  return g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
}

/**
 * Accepts what people paste or upload: a Polygon or MultiPolygon geometry, a Feature holding one, or a
 * FeatureCollection with exactly one such feature. Returns the geometry, or throws a BoundaryError that says
 * what is wrong in plain words.
 */
export function parseBoundary(input: unknown): BoundaryGeometry {
  let value = input;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      throw new BoundaryError("Dit is geen geldige GeoJSON (de tekst is geen JSON).");
    }
  }
  if (!value || typeof value !== "object") throw new BoundaryError("Dit is geen geldige GeoJSON.");
  const obj = value as { type?: unknown; features?: unknown; geometry?: unknown };
  if (obj.type === "FeatureCollection") {
    const features = Array.isArray(obj.features) ? obj.features : [];
    if (features.length !== 1) {
      throw new BoundaryError(`Het bestand bevat ${features.length} vormen; een buurt heeft er precies één nodig.`);
    }
    value = (features[0] as { geometry?: unknown }).geometry;
  } else if (obj.type === "Feature") {
    value = obj.geometry;
  }
  const g = value as { type?: unknown; coordinates?: unknown };
  if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) {
    throw new BoundaryError("Een buurtgrens moet een vlak zijn (Polygon of MultiPolygon), geen punt of lijn.");
  }
  const depth = g.type === "Polygon" ? 3 : 4;
  if (!isNumberArray(g.coordinates, depth)) throw new BoundaryError("De coördinaten van de vorm zijn onvolledig.");
  const geometry = g as BoundaryGeometry;
  const rings = ringsOf(geometry);
  const points = rings.reduce((n, r) => n + r.length, 0);
  if (points > MAX_POINTS) throw new BoundaryError(`De vorm heeft te veel punten (${points}; maximaal ${MAX_POINTS}).`);
  for (const ring of rings) {
    if (ring.length < 4) throw new BoundaryError("Elke rand van de vorm heeft minstens vier punten nodig.");
    for (const p of ring) {
      const [lng, lat] = p as [number, number];
      if (p.length < 2 || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
        throw new BoundaryError("De coördinaten liggen buiten de wereld: gebruik lengte- en breedtegraad (WGS84).");
      }
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      throw new BoundaryError("De rand van de vorm is niet gesloten (het laatste punt moet gelijk zijn aan het eerste).");
    }
  }
  if (kinks(geometry as never).features.length > 0 || !booleanValid(geometry as never)) {
    throw new BoundaryError("De vorm snijdt zichzelf of is op een andere manier ongeldig.");
  }
  return { type: geometry.type, coordinates: geometry.coordinates } as BoundaryGeometry;
}

function isNumberArray(v: unknown, depth: number): boolean {
  if (!Array.isArray(v)) return false;
  if (depth === 1) return v.length >= 2 && v.every((n) => typeof n === "number" && Number.isFinite(n));
  return v.length > 0 && v.every((x) => isNumberArray(x, depth - 1));
}

/** A zod schema that accepts any JSON-ish boundary input and turns it into a validated geometry. */
export const boundaryInput = z.unknown().transform((v, ctx) => {
  try {
    return parseBoundary(v);
  } catch (e) {
    ctx.addIssue({ code: "custom", message: (e as Error).message });
    return z.NEVER;
  }
});
