import type { Bbox, BoundaryGeometry, LatLng } from "@zorgzaam/ui/map";
import { boundsOf } from "./cluster";

/** A neighbourhood as the map draws it: its boundary, when one was drawn. */
export interface NeighbourhoodArea {
  id: string;
  name: string;
  boundary: BoundaryGeometry | null;
}

/** A tenth more on every side: markers do not pop in at the edges while panning, nor sit under the controls when framed. */
export function padded([w, s, e, n]: Bbox): Bbox {
  const dx = (e - w) * 0.1;
  const dy = (n - s) * 0.1;
  return [Math.max(-180, w - dx), Math.max(-85, s - dy), Math.min(180, e + dx), Math.min(85, n + dy)];
}

/**
 * Where the map opens: around the tenant's neighbourhoods (`area`, the box of their boundaries from the server's map
 * config: where people work; one actor far away must not shrink it to a dot), else around the points, else the
 * tenant's default view (null).
 */
export function openingFrame(points: readonly LatLng[], area: Bbox | null): Bbox | null {
  const b = area ?? boundsOf(points);
  return b ? padded(b) : null;
}

/** About 3 km: a point this far beyond the neighbourhoods' box is surely not in the area. */
const NEAR = 0.03;

/**
 * The points far outside the neighbourhoods: beyond their box grown by half its size on every side (and at least
 * NEAR). Usually a wrong address or a mistyped coordinate; listed under the map so someone can fix them. Empty when
 * no neighbourhood has a boundary (then there is no area to be outside of).
 */
export function outsideArea<P extends LatLng>(points: readonly P[], area: Bbox | null): P[] {
  if (!area) return [];
  const [w, s, e, n] = area;
  const dx = Math.max((e - w) / 2, NEAR);
  const dy = Math.max((n - s) / 2, NEAR);
  return points.filter((p) => p.lng < w - dx || p.lng > e + dx || p.lat < s - dy || p.lat > n + dy);
}
