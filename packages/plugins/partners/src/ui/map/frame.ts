import type { Bbox, BoundaryGeometry, LatLng } from "@zorgzaam/ui/map";
import { boundsOf } from "./cluster";

/** A neighbourhood as the map draws it: its boundary, when one was drawn. */
export interface NeighbourhoodArea {
  id: string;
  name: string;
  boundary: BoundaryGeometry | null;
}

/** The box around every boundary (for framing when there are no points yet). */
export function boundariesBox(ns: readonly NeighbourhoodArea[]): Bbox | null {
  const pts: LatLng[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && typeof x[0] === "number" && typeof x[1] === "number") pts.push({ lng: x[0], lat: x[1] });
    else if (Array.isArray(x)) for (const y of x) walk(y);
  };
  for (const n of ns) walk(n.boundary?.coordinates);
  return boundsOf(pts);
}

/** A tenth more on every side: markers do not pop in at the edges while panning, nor sit under the controls when framed. */
export function padded([w, s, e, n]: Bbox): Bbox {
  const dx = (e - w) * 0.1;
  const dy = (n - s) * 0.1;
  return [Math.max(-180, w - dx), Math.max(-85, s - dy), Math.min(180, e + dx), Math.min(85, n + dy)];
}

/** Where the map opens: around the points, else around the boundaries, else the tenant's default view (null). */
export function openingFrame(points: readonly LatLng[], neighbourhoods: readonly NeighbourhoodArea[]): Bbox | null {
  const b = boundsOf(points) ?? boundariesBox(neighbourhoods);
  return b ? padded(b) : null;
}
