"use client";
import type { BoundaryGeometry } from "./geo";
import { BOUNDARY_FILL, BOUNDARY_LINE, type MapKit } from "./types";

/** One neighbourhood's boundary as the subject of a map (filled, with a strong outline). */
export function BoundaryLayer({ kit, geometry, id = "boundary" }: { kit: MapKit; geometry: BoundaryGeometry; id?: string }) {
  return (
    <kit.GeoJsonLayer
      id={id}
      data={{ type: "Feature", properties: {}, geometry }}
      fill={BOUNDARY_FILL}
      fillOpacity={0.2}
      line={BOUNDARY_LINE}
      lineWidth={3}
    />
  );
}
