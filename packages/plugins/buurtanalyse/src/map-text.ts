/**
 * Positions as text, the keyboard alternative to drawing on the map (BA-3): one point per line, latitude then
 * longitude ("50.8466, 4.3528"; with a semicolon between them a decimal comma works too: "50,8466; 4,3528").
 * No dependencies (the forms and the tests use it).
 */
import type { MapKind } from "./domain";

export type Position = [number, number];
export type TextGeometry =
  | { type: "Point"; coordinates: Position }
  | { type: "LineString"; coordinates: Position[] }
  | { type: "Polygon"; coordinates: Position[][] };

/** Why a text could not be read: the line (1-based) that is not a position, or too few points for the shape. */
export type PositionsProblem = { kind: "line"; line: number } | { kind: "count"; min: number } | { kind: "tooMany"; max: number };

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function readLine(line: string): Position | null {
  const parts = line.includes(";") ? line.split(";").map((p) => p.trim().replace(",", ".")) : line.trim().split(/[\s,]+/);
  if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p))) return null;
  const lat = Number(parts[0]);
  const lng = Number(parts[1]);
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) return null;
  return [lng, lat];
}

const MIN: Record<MapKind, number> = { point: 1, line: 2, area: 3 };

/** The shape of a kind from its positions as text, or the problem. An area's ring is closed here. */
export function geometryFromText(
  kind: MapKind,
  text: string,
  maxPoints: number,
): { geometry: TextGeometry } | { problem: PositionsProblem } {
  const lines = text.split(/\r?\n/);
  const points: Position[] = [];
  for (const [i, raw] of lines.entries()) {
    if (!raw.trim()) continue;
    const p = readLine(raw);
    if (!p) return { problem: { kind: "line", line: i + 1 } };
    points.push(p);
  }
  if (kind === "point" ? points.length !== 1 : points.length < MIN[kind]) return { problem: { kind: "count", min: MIN[kind] } };
  if (points.length > maxPoints) return { problem: { kind: "tooMany", max: maxPoints } };
  if (kind === "point") return { geometry: { type: "Point", coordinates: points[0] as Position } };
  if (kind === "line") return { geometry: { type: "LineString", coordinates: points } };
  const first = points[0] as Position;
  const last = points[points.length - 1] as Position;
  const ring = first[0] === last[0] && first[1] === last[1] ? points : [...points, first];
  if (ring.length < 4) return { problem: { kind: "count", min: MIN.area } };
  return { geometry: { type: "Polygon", coordinates: [ring] } };
}

/** The positions of a shape as text, one "latitude, longitude" per line (an area without its closing repeat). */
export function geometryToText(g: TextGeometry): string {
  const line = ([lng, lat]: Position) => `${lat}, ${lng}`;
  if (g.type === "Point") return line(g.coordinates);
  if (g.type === "LineString") return g.coordinates.map(line).join("\n");
  const ring = g.coordinates[0] ?? [];
  return ring.slice(0, -1).map(line).join("\n");
}

/** The kind of a shape. */
export const kindOf = (g: TextGeometry): MapKind => (g.type === "Point" ? "point" : g.type === "LineString" ? "line" : "area");
