"use client";
import "maplibre-gl/dist/maplibre-gl.css";
import { setWorkerUrl } from "maplibre-gl";
import { type RefObject, useMemo, useRef } from "react";
import MapGL, { Layer, type MapRef, Marker, NavigationControl, Source } from "react-map-gl/maplibre";
import { BaseMapNotice } from "./base-map-notice";
import { asMarker, geoJsonLayer } from "./kit";
import { maplibreStyle } from "./style";
import { type GeoJsonLayerProps, initialView, type MapKit, OFFLINE_STYLE, type RendererProps } from "./types";
import { useBaseMapHealth } from "./use-base-map-health";
import { type MapLike, useRenderer } from "./use-renderer";

// Served from the app's own origin (apps/web copies it at build): no CDN, fits the CSP.
setWorkerUrl("/maplibre-gl-worker.mjs");

function GeoJsonLayer(props: GeoJsonLayerProps) {
  return geoJsonLayer(Source, Layer, props);
}
const kit: MapKit = { Marker: asMarker(Marker), GeoJsonLayer };

/**
 * MapLibre, the default renderer: the tenant's base map (raster tiles over the plain background, or a style
 * document), the attribution its licence asks for (always spelled out, never folded into an "i" button), and the
 * notice when its tiles cannot be loaded.
 */
export default function MaplibreRenderer(props: RendererProps) {
  const ref = useRef<MapRef>(null);
  const handlers = useRenderer(ref as unknown as RefObject<MapLike | null>, props);
  const baseMap = props.config.baseMap;
  const health = useBaseMapHealth(baseMap);
  const style = useMemo(() => (health.styleFailed ? OFFLINE_STYLE : maplibreStyle(baseMap)), [baseMap, health.styleFailed]);
  const { onMapReady } = props;
  const { onLoad } = handlers;
  const onMapLoad = useMemo(
    () => () => {
      onLoad();
      const map = ref.current?.getMap();
      if (!map) return;
      health.handlers.onStyleLoaded(map);
      onMapReady?.(map);
    },
    [onLoad, onMapReady, health.handlers],
  );
  return (
    <div className="relative h-full w-full">
      <MapGL
        ref={ref}
        initialViewState={initialView(props)}
        mapStyle={style as never}
        locale={props.locale}
        cooperativeGestures
        cursor={props.cursor}
        attributionControl={{ compact: false }}
        style={{ width: "100%", height: "100%" }}
        {...handlers}
        onLoad={onMapLoad}
        onError={health.handlers.onError as never}
        onSourceData={health.handlers.onSourceData as never}
      >
        <NavigationControl showCompass={false} />
        {props.children?.(kit)}
      </MapGL>
      {health.down ? <BaseMapNotice text={props.tilesUnavailable} /> : null}
    </div>
  );
}
