import type { Bbox, BoundaryGeometry } from "@/lib/geo";

/** The tenant's base map (tenant.mapConfig). */
export interface MapConfig {
  styleUrl: string | null;
  mapboxToken: string | null;
  center: { lat: number; lng: number };
  zoom: number;
}

/** What both renderers (MapLibre, Mapbox) receive. */
export interface RendererProps {
  config: MapConfig;
  geometry: BoundaryGeometry | null;
  bbox: Bbox | null;
  /** Interface strings of the map controls, in the page's language. */
  locale: Record<string, string>;
}

export const BOUNDARY_FILL = "#0f766e";
export const BOUNDARY_LINE = "#115e59";

/** A plain background: no tiles, fonts or sprites, so the map works offline and needs no outside service. */
export const OFFLINE_STYLE = {
  version: 8 as const,
  sources: {},
  layers: [{ id: "bg", type: "background" as const, paint: { "background-color": "#eef2f0" } }],
};

/** How both renderers frame a boundary: on first render and whenever it changes. */
export const FIT_OPTIONS = { padding: 32, maxZoom: 17 } as const;

export function initialView({ config, bbox }: Pick<RendererProps, "config" | "bbox">) {
  return bbox
    ? { bounds: bbox, fitBoundsOptions: FIT_OPTIONS }
    : { longitude: config.center.lng, latitude: config.center.lat, zoom: config.zoom };
}
