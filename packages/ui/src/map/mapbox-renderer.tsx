"use client";
import "mapbox-gl/dist/mapbox-gl.css";
import { type RefObject, useRef } from "react";
import MapGL, { Layer, type MapRef, Marker, NavigationControl, Source } from "react-map-gl/mapbox";
import { asMarker, geoJsonLayer } from "./kit";
import { type GeoJsonLayerProps, initialView, type MapKit, type RendererProps } from "./types";
import { type MapLike, useRenderer } from "./use-renderer";

function GeoJsonLayer(props: GeoJsonLayerProps) {
  return geoJsonLayer(Source, Layer, props);
}
const kit: MapKit = { Marker: asMarker(Marker), GeoJsonLayer };

/** mapbox-gl, only for tenants that configured a Mapbox token (loaded on demand, never otherwise). */
export default function MapboxRenderer(props: RendererProps) {
  const ref = useRef<MapRef>(null);
  const handlers = useRenderer(ref as unknown as RefObject<MapLike | null>, props);
  const base = props.config.baseMap;
  return (
    <MapGL
      ref={ref}
      mapboxAccessToken={base.kind === "mapbox" ? base.token : undefined}
      initialViewState={initialView(props)}
      mapStyle={(base.kind === "mapbox" ? base.styleUrl : null) ?? "mapbox://styles/mapbox/light-v11"}
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
