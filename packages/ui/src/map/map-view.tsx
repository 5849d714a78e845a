"use client";
import dynamic from "next/dynamic";
import { createContext, useContext, useMemo } from "react";
import { controlLocale, type MapViewProps } from "./types";

const LoadingText = createContext("");

function Placeholder() {
  return (
    <div className="flex h-full items-center justify-center bg-slate-100 text-slate-700" role="status">
      {useContext(LoadingText)}
    </div>
  );
}

// Client-only: map libraries need the browser (WebGL). mapbox-gl is fetched only when a tenant uses it.
const MaplibreRenderer = dynamic(() => import("./maplibre-renderer"), { ssr: false, loading: Placeholder });
const MapboxRenderer = dynamic(() => import("./mapbox-renderer"), { ssr: false, loading: Placeholder });

/**
 * The tenant's base map, filling its parent (give the parent a height): MapLibre with the tenant's base map (a preset's
 * tiles, its own tile address or style, or the plain offline background), mapbox-gl when the tenant chose Mapbox. Children draw layers and markers with the
 * kit of the renderer in use. Keyboard users can pan and zoom it; Tab moves on, nothing traps focus.
 */
export function MapView({ labels, ...props }: MapViewProps) {
  const locale = useMemo(() => controlLocale(labels), [labels]);
  const Renderer = props.config.baseMap.kind === "mapbox" && !props.maplibreOnly ? MapboxRenderer : MaplibreRenderer;
  return (
    <LoadingText value={labels.loading}>
      <Renderer {...props} locale={locale} tilesUnavailable={labels.tilesUnavailable} />
    </LoadingText>
  );
}
