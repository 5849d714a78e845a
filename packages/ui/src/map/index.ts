/**
 * Maps (import from "@zorgzaam/ui/map", not from the main "@zorgzaam/ui", so that pages without a map never load a
 * map library): the tenant's base map with MapLibre (default, offline-safe) or mapbox-gl (with the tenant's token),
 * and the geometry helpers for boundaries. The map libraries themselves load in the browser only, when a MapView
 * renders; apps/web serves MapLibre's worker from its own origin (scripts/copy-map-worker.mjs).
 */
export { type Bbox, type BoundaryGeometry, boundaryStats, formatGeoJson, previewGeometry } from "./geo";
export { MapView } from "./map-view";
export {
  BOUNDARY_FILL,
  BOUNDARY_LINE,
  FIT_OPTIONS,
  type GeoJsonData,
  type GeoJsonFeature,
  type GeoJsonLayerProps,
  type LatLng,
  type MapConfig,
  type MapHandle,
  type MapKit,
  type MapLabels,
  type MapViewProps,
  type MapViewState,
  type MarkerProps,
  mapLabelsFrom,
  OFFLINE_STYLE,
} from "./types";
