import type { Random } from "./random";

export interface Polygon {
  type: "Polygon";
  coordinates: [number, number][][];
}

const CELL_LNG = 0.009;
const CELL_LAT = 0.006;

/**
 * Neighbourhood shapes: one irregular polygon per cell of a small grid around the centre, so shapes never overlap.
 * Vertices go round the cell centre at increasing angles (counter-clockwise, as RFC 7946 wants for outer rings), so
 * the ring is always simple.
 */
export function neighbourhoodPolygons(rng: Random, center: [number, number], count: number): Polygon[] {
  const cols = Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / cols);
  const out: Polygon[] = [];
  for (let i = 0; i < count; i++) {
    const col = i % cols;
    const row = Math.floor(i / cols);
    const cx = center[0] + (col - (cols - 1) / 2) * CELL_LNG;
    const cy = center[1] + (row - (rows - 1) / 2) * CELL_LAT;
    const vertices = rng.int(6, 10);
    const ring: [number, number][] = [];
    for (let v = 0; v < vertices; v++) {
      const angle = ((v + rng.next() * 0.6 - 0.3) / vertices) * 2 * Math.PI;
      const r = 0.6 + rng.next() * 0.35;
      ring.push([round6(cx + Math.cos(angle) * r * (CELL_LNG / 2)), round6(cy + Math.sin(angle) * r * (CELL_LAT / 2))]);
    }
    ring.push([ring[0]![0], ring[0]![1]]);
    out.push({ type: "Polygon", coordinates: [ring] });
  }
  return out;
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
