"use client";
import "mapbox-gl/dist/mapbox-gl.css";
import { useEffect, useRef } from "react";
import MapGL, { Layer, type MapRef, NavigationControl, Source } from "react-map-gl/mapbox";
import { BOUNDARY_FILL, BOUNDARY_LINE, FIT_OPTIONS, initialView, type RendererProps } from "./types";

/** mapbox-gl, only for tenants that configured a Mapbox token (loaded on demand, never otherwise). */
export default function MapboxRenderer({ config, geometry, bbox, locale }: RendererProps) {
  const ref = useRef<MapRef>(null);
  useEffect(() => {
    if (bbox) ref.current?.fitBounds(bbox, { ...FIT_OPTIONS, duration: 0 });
  }, [bbox]);
  return (
    <MapGL
      ref={ref}
      mapboxAccessToken={config.mapboxToken ?? undefined}
      initialViewState={initialView({ config, bbox })}
      mapStyle={config.styleUrl ?? "mapbox://styles/mapbox/light-v11"}
      locale={locale}
      cooperativeGestures
      style={{ width: "100%", height: "100%" }}
    >
      <NavigationControl showCompass={false} />
      {geometry ? (
        <Source id="boundary" type="geojson" data={{ type: "Feature", properties: {}, geometry }}>
          <Layer id="boundary-fill" type="fill" paint={{ "fill-color": BOUNDARY_FILL, "fill-opacity": 0.2 }} />
          <Layer id="boundary-line" type="line" paint={{ "line-color": BOUNDARY_LINE, "line-width": 3 }} />
        </Source>
      ) : null}
    </MapGL>
  );
}
