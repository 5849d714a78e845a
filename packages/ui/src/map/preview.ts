import type { Bbox } from "./geo";
import type { GeoJsonData } from "./types";

/**
 * The light preview a map shows before its library loads (ADR 0035): points and boundaries projected in Web Mercator
 * (the projection of the map itself, so the preview looks like the map will), scaled into an SVG box, no tiles. Pure
 * functions, so they are tested without a browser.
 */

export interface PreviewPoint {
  lat: number;
  lng: number;
  /** Points with an id can be links or buttons (see MapPreview). */
  id?: string;
  /** What a screen reader says for the point (its name). */
  label?: string;
  colour?: string;
}

export interface PreviewData {
  points?: readonly PreviewPoint[];
  /** Polygons (neighbourhood boundaries, a drawn area); other geometry types are left out. */
  areas?: GeoJsonData | null;
}

/** The preview's width in SVG units: about a phone's width in CSS pixels, so sizes in units are close to pixels there. */
export const PREVIEW_WIDTH = 400;
const MAX_LAT = 85.05112878;

/** Web Mercator, as a share of the world: x from 0 (180° W) to 1, y from 0 (north) to 1. */
export function mercator(lng: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2];
}

export interface PreviewProjection {
  width: number;
  height: number;
  /** SVG coordinates of a point, also outside the box (an area running out of it is clipped by the SVG). */
  toBox(lng: number, lat: number): [number, number];
  /** SVG coordinates of a point, or null outside the box. */
  project(lng: number, lat: number): [number, number] | null;
}

/**
 * A box around `frame` with a margin (as the map frames a box with padding), PREVIEW_WIDTH wide and as high as the
 * box is in Mercator (kept between a quarter and four times the width, so a line of points still gives a usable box).
 */
export function previewProjection(frame: Bbox, margin = 0.06): PreviewProjection {
  const [w, s, e, n] = frame;
  const [x0, y0] = mercator(w, n);
  const [x1, y1] = mercator(e, s);
  // A single point (or a line) gets a box of about 500 m, so it sits in the middle instead of filling it.
  const min = 500 / 40_075_000;
  let dx = Math.max(x1 - x0, min);
  let dy = Math.max(y1 - y0, min);
  if (dy < dx / 4) dy = dx / 4;
  if (dy > dx * 4) dx = dy / 4;
  dx *= 1 + 2 * margin;
  dy *= 1 + 2 * margin;
  const scale = PREVIEW_WIDTH / dx;
  const width = PREVIEW_WIDTH;
  const height = Math.round(dy * scale);
  const left = (x0 + x1) / 2 - dx / 2;
  const top = (y0 + y1) / 2 - dy / 2;
  const toBox = (lng: number, lat: number): [number, number] => {
    const [x, y] = mercator(lng, lat);
    return [(x - left) * scale, (y - top) * scale];
  };
  return {
    width,
    height,
    toBox,
    project(lng, lat) {
      if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null;
      const [px, py] = toBox(lng, lat);
      return px < 0 || py < 0 || px > width || py > height ? null : [px, py];
    },
  };
}

type Ring = number[][];

function polygonsOf(areas: GeoJsonData | null | undefined): Ring[][] {
  if (!areas) return [];
  const features = areas.type === "FeatureCollection" ? areas.features : [areas];
  const out: Ring[][] = [];
  for (const f of features) {
    const g = f.geometry;
    if (g?.type === "Polygon") out.push(g.coordinates as Ring[]);
    else if (g?.type === "MultiPolygon") out.push(...(g.coordinates as Ring[][]));
  }
  return out;
}

/** The box of the points and areas, or null when there is nothing to frame. */
export function previewBounds(data: PreviewData): Bbox | null {
  let w = Number.POSITIVE_INFINITY;
  let s = Number.POSITIVE_INFINITY;
  let e = Number.NEGATIVE_INFINITY;
  let n = Number.NEGATIVE_INFINITY;
  const add = (lng: number, lat: number) => {
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return;
    w = Math.min(w, lng);
    e = Math.max(e, lng);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  };
  for (const p of data.points ?? []) add(p.lng, p.lat);
  for (const poly of polygonsOf(data.areas)) for (const ring of poly) for (const c of ring) add(c[0] as number, c[1] as number);
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * One SVG path for every area (outer rings and holes; fill-rule evenodd), in the projection's units. Corners closer
 * than half a unit to the previous one are dropped: a boundary of thousands of corners stays a short path.
 */
export function areasPath(areas: GeoJsonData | null | undefined, projection: PreviewProjection): string {
  const parts: string[] = [];
  for (const poly of polygonsOf(areas)) {
    for (const ring of poly) {
      let d = "";
      let last: [number, number] | null = null;
      for (const c of ring) {
        const lng = c[0] as number;
        const lat = c[1] as number;
        if (!Number.isFinite(lng) || !Number.isFinite(lat)) continue;
        const p = projection.toBox(lng, lat);
        if (last && Math.abs(p[0] - last[0]) < 0.5 && Math.abs(p[1] - last[1]) < 0.5) continue;
        d += `${d ? "L" : "M"}${r1(p[0])} ${r1(p[1])}`;
        last = p;
      }
      if (d) parts.push(`${d}Z`);
    }
  }
  return parts.join("");
}

export interface ProjectedPoint {
  x: number;
  y: number;
  point: PreviewPoint;
}

/**
 * The points inside the box, projected; of points that fall on the same spot (within a unit) only the first is kept,
 * so 10^4 actors do not become 10^4 SVG elements.
 */
export function projectPoints(points: readonly PreviewPoint[] | undefined, projection: PreviewProjection): ProjectedPoint[] {
  const seen = new Set<string>();
  const out: ProjectedPoint[] = [];
  for (const point of points ?? []) {
    const p = projection.project(point.lng, point.lat);
    if (!p) continue;
    const key = `${Math.round(p[0])},${Math.round(p[1])}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ x: r1(p[0]), y: r1(p[1]), point });
  }
  return out;
}
