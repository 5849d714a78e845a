import area from "@turf/area";
import bbox from "@turf/bbox";

export type BoundaryGeometry = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };

export type Bbox = [number, number, number, number];

/**
 * A quick, forgiving read of pasted GeoJSON for the live preview: the geometry of a Polygon/MultiPolygon, a Feature
 * or a FeatureCollection with one feature, or null. The full check (closed rings, self-intersection) is the
 * server's, with the same rules as parseBoundary in @zorgzaam/core.
 */
export function previewGeometry(input: unknown): BoundaryGeometry | null {
  let v = input;
  if (typeof v === "string") {
    if (!v.trim()) return null;
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (!v || typeof v !== "object") return null;
  const o = v as { type?: unknown; features?: unknown; geometry?: unknown; coordinates?: unknown };
  if (o.type === "FeatureCollection") return Array.isArray(o.features) && o.features.length === 1 ? previewGeometry(o.features[0]) : null;
  if (o.type === "Feature") return previewGeometry(o.geometry);
  if ((o.type === "Polygon" || o.type === "MultiPolygon") && Array.isArray(o.coordinates) && o.coordinates.length > 0) {
    return o as BoundaryGeometry;
  }
  return null;
}

/** Bounding box, area (km²) and number of corner points, for fitting the map and for the text alternative. */
export function boundaryStats(g: BoundaryGeometry): { bbox: Bbox; areaKm2: number; points: number } | null {
  try {
    const rings = g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
    // Rings repeat the first point at the end.
    const points = rings.reduce((n, r) => n + Math.max(0, r.length - 1), 0);
    const b = bbox(g as never) as number[];
    if (b.length < 4 || b.some((x) => !Number.isFinite(x))) return null;
    return { bbox: [b[0], b[1], b[2], b[3]] as Bbox, areaKm2: area(g as never) / 1_000_000, points };
  } catch {
    return null;
  }
}

/** GeoJSON for people to read and edit: indented, with each [lng, lat] pair on one line. */
export function formatGeoJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\s*(-?[\d.eE+-]+),\s*(-?[\d.eE+-]+)\s*\]/g, "[$1, $2]");
}
