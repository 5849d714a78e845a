"use client";
import "maplibre-gl/dist/maplibre-gl.css";
import { setWorkerUrl } from "maplibre-gl";
import { useEffect, useRef } from "react";
import MapGL, { Layer, type MapRef, NavigationControl, Source } from "react-map-gl/maplibre";
import { BOUNDARY_FILL, BOUNDARY_LINE, FIT_OPTIONS, initialView, OFFLINE_STYLE, type RendererProps } from "./types";

// Served from our own origin (copied at build by scripts/copy-map-worker.mjs): no CDN, fits the CSP.
setWorkerUrl("/maplibre-gl-worker.mjs");

/** MapLibre, the default renderer: the tenant's style URL, or a plain offline background. */
export default function MaplibreRenderer({ config, geometry, bbox, locale }: RendererProps) {
  const ref = useRef<MapRef>(null);
  useEffect(() => {
    if (bbox) ref.current?.fitBounds(bbox, { ...FIT_OPTIONS, duration: 0 });
  }, [bbox]);
  return (
    <MapGL
      ref={ref}
      initialViewState={initialView({ config, bbox })}
      mapStyle={config.styleUrl ?? OFFLINE_STYLE}
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
