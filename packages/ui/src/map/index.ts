/**
 * Maps (import from "@zorgzaam/ui/map", not from the main "@zorgzaam/ui", so that pages without a map never load a
 * map library): the tenant's base map with MapLibre (default; a preset's tiles, the tenant's own, or the plain offline
 * background) or mapbox-gl (with the tenant's token), the boundary drawer (terra-draw), the map pin, and the geometry
 * helpers for boundaries. The map libraries themselves load in the browser only, when a MapView
 * renders; apps/web serves MapLibre's worker from its own origin (scripts/copy-map-worker.mjs).
 */
export { type Bbox, type BoundaryGeometry, boundaryStats, formatGeoJson, previewGeometry } from "./geo";
export { MapView } from "./map-view";
export { ADDRESS_SEARCH_MIN, AddressSearch, type AddressResult, type AddressSearchLabels } from "./address-search";
export {
  BoundaryDrawer,
  type BoundaryDrawerProps,
  DRAW_LABEL_KEYS,
  type DrawLabels,
  type DrawnPolygon,
  drawLabelsFrom,
} from "./boundary-drawer";
export { BoundaryLayer } from "./boundary-layer";
export {
  type DrawGeometry,
  type DrawnFeature,
  FEATURE_DRAW_LABEL_KEYS,
  type FeatureDrawerProps,
  type FeatureDrawLabels,
  FeatureDrawer,
  FeaturesLayer,
  featureDrawLabelsFrom,
} from "./feature-drawer";
export { MapPinIcon } from "./map-pin";
export { MapPreview, PREVIEW_LINK_LIMIT } from "./map-preview";
export { mercator, type PreviewData, type PreviewPoint, previewBounds, previewProjection } from "./preview";
export {
  BOUNDARY_FILL,
  BOUNDARY_LINE,
  FIT_OPTIONS,
  type GeoJsonData,
  type GeoJsonFeature,
  type GeoJsonLayerProps,
  type LayerColor,
  type LatLng,
  type MapConfig,
  type MapHandle,
  type MapKit,
  type MapLabels,
  type MapPreviewInput,
  type MapViewProps,
  type MapViewState,
  type MarkerProps,
  type BaseMapSource,
  type RasterBaseMap,
  mapLabelsFrom,
  OFFLINE_STYLE,
} from "./types";
