import type { PdfDocument } from "@zorgzaam/core/plugin";
import type { MapCategory } from "../domain";
import { CATEGORY_COLOR } from "../map-colors";

/** Something to draw, in GeoJSON positions ([longitude, latitude]). */
export type Shape =
  | { type: "Point"; coordinates: number[] }
  | { type: "LineString"; coordinates: number[][] }
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

export interface MapLayers {
  /** The analysis's neighbourhoods as they are (dashed). */
  neighbourhoods: Shape[];
  /** The boundary the team decided (solid), or its core (filled) and edge (dashed) when kept fuzzy. */
  decided: Shape | null;
  core: Shape | null;
  edge: Shape | null;
  /** What the team drew, numbered as in the list under the map. */
  items: { n: number; category: MapCategory; geometry: Shape }[];
}

const rings = (s: Shape): number[][][] =>
  s.type === "Point"
    ? [[s.coordinates]]
    : s.type === "LineString"
      ? [s.coordinates]
      : s.type === "Polygon"
        ? s.coordinates
        : s.coordinates.flat();

/**
 * The analysis's map as vector shapes in the PDF (no tiles: nothing is fetched, and nothing but what the team put on
 * it): the neighbourhoods' boundaries, the decided boundary, and the drawn points, lines and areas in their
 * category's colour with their number, so the list under it names each without relying on colour. Returns false when
 * there is nothing to draw.
 */
export function drawMap(pdf: PdfDocument, layers: MapLayers, width: number, height = 260): boolean {
  const all = [...layers.neighbourhoods, layers.decided, layers.core, layers.edge, ...layers.items.map((i) => i.geometry)].filter(
    (s): s is Shape => s !== null,
  );
  const positions = all
    .flatMap(rings)
    .flat()
    .filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (positions.length === 0) return false;
  const xs = positions.map((p) => p[0] as number);
  const ys = positions.map((p) => p[1] as number);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Longitude shrinks with latitude: one degree east is cos(lat) of a degree north.
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * k, 1e-6);
  const spanY = Math.max(maxY - minY, 1e-6);
  const pad = 12;
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const doc = pdf.doc;
  if (doc.y > doc.page.height - doc.page.margins.bottom - height - 10) doc.addPage();
  const left = doc.page.margins.left;
  const top = doc.y;
  const offX = left + pad + (width - 2 * pad - spanX * scale) / 2;
  const offY = top + pad + (height - 2 * pad - spanY * scale) / 2;
  const at = (p: number[]): [number, number] => [offX + ((p[0] as number) - minX) * k * scale, offY + (maxY - (p[1] as number)) * scale];
  const path = (s: Shape) => {
    for (const ring of rings(s)) {
      ring.forEach((p, i) => {
        const [x, y] = at(p);
        if (i === 0) doc.moveTo(x, y);
        else doc.lineTo(x, y);
      });
      if (s.type === "Polygon" || s.type === "MultiPolygon") doc.closePath();
    }
  };

  doc.save().rect(left, top, width, height).lineWidth(0.5).strokeColor("#cbd5e1").fillColor("#f8fafc").fillAndStroke().restore();
  for (const n of layers.neighbourhoods) {
    doc.save();
    path(n);
    doc.lineWidth(1).dash(4, { space: 3 }).strokeColor("#64748b").stroke().undash().restore();
  }
  if (layers.core) {
    doc.save();
    path(layers.core);
    doc.fillOpacity(0.18).fillColor("#115e59").lineWidth(1.5).strokeColor("#115e59").fillAndStroke().restore();
  }
  if (layers.edge) {
    doc.save();
    path(layers.edge);
    doc.lineWidth(1).dash(2, { space: 2 }).strokeColor("#115e59").stroke().undash().restore();
  }
  if (layers.decided) {
    doc.save();
    path(layers.decided);
    doc.lineWidth(2).strokeColor("#115e59").stroke().restore();
  }
  for (const i of layers.items) {
    const color = CATEGORY_COLOR[i.category] ?? "#475569";
    doc.save();
    if (i.geometry.type === "Point") {
      const [x, y] = at(i.geometry.coordinates);
      doc.circle(x, y, 4).fillColor(color).fill();
    } else {
      path(i.geometry);
      if (i.geometry.type === "LineString") doc.lineWidth(2.5).strokeColor(color).stroke();
      else doc.fillOpacity(0.25).fillColor(color).lineWidth(1.5).strokeColor(color).fillAndStroke();
    }
    doc.restore();
    // The item's number beside its first position.
    const first = rings(i.geometry)[0]?.[0];
    if (first) {
      const [x, y] = at(first);
      pdf.text(String(i.n), { size: 8, weight: "bold", color: "#0f172a", x: x + 5, y: y - 10, width: 24, pageBreaks: false });
    }
  }
  doc.x = left;
  doc.y = top + height + 6;
  return true;
}
