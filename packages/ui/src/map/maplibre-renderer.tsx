"use client";
import "maplibre-gl/dist/maplibre-gl.css";
import { setWorkerUrl } from "maplibre-gl";
import { type RefObject, useRef } from "react";
import MapGL, { Layer, type MapRef, Marker, NavigationControl, Source } from "react-map-gl/maplibre";
import { asMarker, geoJsonLayer } from "./kit";
import { type GeoJsonLayerProps, initialView, type MapKit, OFFLINE_STYLE, type RendererProps } from "./types";
import { type MapLike, useRenderer } from "./use-renderer";

// Served from the app's own origin (apps/web copies it at build): no CDN, fits the CSP.
setWorkerUrl("/maplibre-gl-worker.mjs");

function GeoJsonLayer(props: GeoJsonLayerProps) {
  return geoJsonLayer(Source, Layer, props);
}
const kit: MapKit = { Marker: asMarker(Marker), GeoJsonLayer };

/** MapLibre, the default renderer: the tenant's style URL, or a plain offline background. */
export default function MaplibreRenderer(props: RendererProps) {
  const ref = useRef<MapRef>(null);
  const handlers = useRenderer(ref as unknown as RefObject<MapLike | null>, props);
  return (
    <MapGL
      ref={ref}
      initialViewState={initialView(props)}
      mapStyle={props.config.styleUrl ?? OFFLINE_STYLE}
      locale={props.locale}
      cooperativeGestures
      cursor={props.cursor}
      style={{ width: "100%", height: "100%" }}
      {...handlers}
    >
      <NavigationControl showCompass={false} />
      {props.children?.(kit)}
    </MapGL>
  );
}
