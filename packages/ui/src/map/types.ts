import type { ComponentType, CSSProperties, ReactNode, Ref } from "react";
import type { Bbox } from "./geo";
import type { PreviewData, PreviewPoint } from "./preview";

/** Raster tiles in Web Mercator: a preset (CartoWeb.be, GRB, UrbIS, OpenStreetMap) or a tile address of the tenant. */
export interface RasterBaseMap {
  kind: "raster";
  id: string;
  tiles: string[];
  tileSize: number;
  minzoom: number;
  maxzoom: number;
  /** [west, south, east, north]: no tile is asked for outside. */
  bounds: [number, number, number, number] | null;
  /** HTML written by the server (presets) or escaped by it (a tenant's own words). */
  attribution: string;
}

/** What the map draws under the project's layers; the server resolves it (core's map/base-maps.ts, the same shape). */
export type BaseMapSource =
  | RasterBaseMap
  | { kind: "style"; id: "custom"; url: string }
  | { kind: "mapbox"; id: "mapbox"; token: string; styleUrl: string | null }
  | { kind: "plain"; id: "plain" };

/** The tenant's map settings, resolved by the server (tenant.mapConfig, or a module's own config procedure). */
export interface MapConfig {
  baseMap: BaseMapSource;
  center: { lat: number; lng: number };
  zoom: number;
  /** The box of the tenant's neighbourhoods: maps open on it when they are given nothing else to frame. */
  area?: Bbox | null;
  /** The installation has a geocoder: maps that place a point offer address search (AddressSearch). */
  addressSearch?: boolean;
}

export interface LatLng {
  lat: number;
  lng: number;
}

/** What the map shows now: [west, south, east, north] and the zoom level. */
export interface MapViewState {
  bounds: Bbox;
  zoom: number;
}

/** The interface strings of the map and its controls, in the page's language (the caller translates them). */
export interface MapLabels {
  title: string;
  loading: string;
  zoomIn: string;
  zoomOut: string;
  resetBearing: string;
  attribution: string;
  gestureWindows: string;
  gestureMac: string;
  gestureMobile: string;
  /** One line over the map when its base-map tiles cannot be loaded (our own layers stay). */
  tilesUnavailable: string;
  /** Before the map loads on a phone (ADR 0035): the button, naming the size in plain words. */
  loadMap: string;
  /** Why the map waits for a tap. */
  loadWhy: string;
  /** The choice to always load maps on this device. */
  loadAlways: string;
  /** Undoes that choice. */
  loadForget: string;
  /** What the preview is, for screen readers. */
  preview: string;
}

/** What a map shows before it loads: its points and areas, and what a point links to or does (ADR 0035). */
export interface MapPreviewInput extends PreviewData {
  /** A point's link (it works without the map and without JavaScript). */
  hrefOf?: (id: string) => string;
  /** A point's name for screen readers (asked only for the points that are links). */
  labelOf?: (point: PreviewPoint) => string;
  /** A click on a point (e.g. open its card in place) instead of following its link. */
  onPoint?: (id: string, from: { focus(): void }) => void;
}

/** Moves the map from outside (a cluster that zooms in, a list entry shown on the map). */
export interface MapHandle {
  flyTo(p: LatLng, zoom?: number): void;
  fitBounds(b: Bbox): void;
  center(): LatLng | null;
}

export interface MarkerProps {
  latitude: number;
  longitude: number;
  anchor?: "center" | "bottom";
  style?: CSSProperties;
  children: ReactNode;
}

/** GeoJSON a layer draws (polygons, in practice neighbourhood boundaries). */
export interface GeoJsonFeature {
  type: "Feature";
  id?: string | number;
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown };
}
export type GeoJsonData = GeoJsonFeature | { type: "FeatureCollection"; features: GeoJsonFeature[] };

/** A colour, or a MapLibre expression that reads it from each feature (e.g. ["get", "color"]). */
export type LayerColor = string | readonly unknown[];

export interface GeoJsonLayerProps {
  id: string;
  data: GeoJsonData;
  fill?: LayerColor;
  fillOpacity?: number;
  line?: LayerColor;
  lineWidth?: number;
  /** Dashed outline (e.g. a boundary shown for orientation rather than as the subject). */
  dashed?: boolean;
  /** Points drawn as dots of this colour (white outline). */
  circle?: LayerColor;
  circleRadius?: number;
}

/**
 * What a map's children draw with. react-map-gl has one set of components per renderer (MapLibre, Mapbox), each
 * bound to its own map context, so children get the set of the renderer in use instead of importing one.
 */
export interface MapKit {
  Marker: ComponentType<MarkerProps>;
  GeoJsonLayer: ComponentType<GeoJsonLayerProps>;
}

export interface MapViewProps {
  config: MapConfig;
  labels: MapLabels;
  /** Framed on first render and whenever it changes; without it the tenant's neighbourhoods, else its centre and zoom. */
  bbox?: Bbox | null;
  /** A click (or tap) on the map itself; clicks on markers are not passed on. */
  onMapClick?: (p: LatLng) => void;
  /** Called once the map is ready and after every move or zoom. */
  onViewChange?: (v: MapViewState) => void;
  /** CSS cursor over the map, e.g. "crosshair" while placing a point. */
  cursor?: string;
  mapRef?: Ref<MapHandle | null>;
  /** The MapLibre map itself once its style is loaded (for tools such as the boundary drawer); MapLibre only. */
  onMapReady?: (map: unknown) => void;
  /** Draw with MapLibre even for a Mapbox tenant (its base map then falls back to the plain background). */
  maplibreOnly?: boolean;
  /** The light preview shown until the map loads (on phones, after a tap; ADR 0035). */
  preview?: MapPreviewInput;
  children?: (kit: MapKit) => ReactNode;
}

/** What both renderers (MapLibre, Mapbox) receive. */
export interface RendererProps extends Omit<MapViewProps, "labels" | "preview"> {
  /** Interface strings of the map controls, keyed as MapLibre/Mapbox name them. */
  locale: Record<string, string>;
  /** The notice shown when the base map's tiles cannot be loaded. */
  tilesUnavailable: string;
}

export const BOUNDARY_FILL = "#0f766e";
export const BOUNDARY_LINE = "#115e59";

/** A plain background: no tiles, fonts or sprites, so the map works offline and needs no outside service. */
export const OFFLINE_STYLE = {
  version: 8 as const,
  sources: {},
  layers: [{ id: "bg", type: "background" as const, paint: { "background-color": "#eef2f0" } }],
};

/** How both renderers frame a box: on first render and whenever it changes. */
export const FIT_OPTIONS = { padding: 32, maxZoom: 17 } as const;

export function initialView({ config, bbox }: Pick<RendererProps, "config" | "bbox">) {
  const frame = bbox ?? config.area ?? null;
  return frame
    ? { bounds: frame, fitBoundsOptions: FIT_OPTIONS }
    : { longitude: config.center.lng, latitude: config.center.lat, zoom: config.zoom };
}

/** The keys of MapLabels: a catalog that holds the map's strings names them the same way. */
export const MAP_LABEL_KEYS = [
  "title",
  "loading",
  "zoomIn",
  "zoomOut",
  "resetBearing",
  "attribution",
  "gestureWindows",
  "gestureMac",
  "gestureMobile",
  "tilesUnavailable",
  "loadMap",
  "loadWhy",
  "loadAlways",
  "loadForget",
  "preview",
] as const satisfies readonly (keyof MapLabels)[];

/** The labels from a translator of a catalog namespace that has those keys (each module ships its own catalog). */
export function mapLabelsFrom(t: (key: (typeof MAP_LABEL_KEYS)[number]) => string): MapLabels {
  return Object.fromEntries(MAP_LABEL_KEYS.map((k) => [k, t(k)])) as unknown as MapLabels;
}

/** MapLibre/Mapbox UI string keys for our labels. */
export function controlLocale(labels: MapLabels): Record<string, string> {
  return {
    "Map.Title": labels.title,
    "NavigationControl.ZoomIn": labels.zoomIn,
    "NavigationControl.ZoomOut": labels.zoomOut,
    "NavigationControl.ResetBearing": labels.resetBearing,
    "AttributionControl.ToggleAttribution": labels.attribution,
    "CooperativeGesturesHandler.WindowsHelpText": labels.gestureWindows,
    "CooperativeGesturesHandler.MacHelpText": labels.gestureMac,
    "CooperativeGesturesHandler.MobileHelpText": labels.gestureMobile,
  };
}
