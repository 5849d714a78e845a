"use client";
import dynamic from "next/dynamic";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { OnDemand, type OnDemandTexts } from "../on-demand";
import { MapPreview } from "./map-preview";
import { controlLocale, type MapViewProps } from "./types";

const Loading = createContext<{ text: string; preview: ReactNode }>({ text: "", preview: null });

/** While the map library loads: the preview stays, with the loading line over it. */
function Placeholder() {
  const { text, preview } = useContext(Loading);
  return (
    <div className="relative h-full w-full bg-slate-50">
      {preview}
      <p
        role="status"
        className="absolute inset-x-2 bottom-2 mx-auto max-w-sm rounded-lg bg-white/95 p-2 text-center text-slate-900 shadow"
      >
        {text}
      </p>
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
 *
 * On demand (ADR 0035): a wide screen loads the map library right away; a phone, or a browser that asks to save data,
 * first shows a light preview (the `preview` points and areas, no tiles) and a button naming the size, in the same
 * box, and loads the map after a tap (or right away when the person chose so on this device).
 */
export function MapView({ labels, preview, ...props }: MapViewProps) {
  const locale = useMemo(() => controlLocale(labels), [labels]);
  const Renderer = props.config.baseMap.kind === "mapbox" && !props.maplibreOnly ? MapboxRenderer : MaplibreRenderer;
  const texts = useMemo<OnDemandTexts>(
    () => ({ load: labels.loadMap, why: labels.loadWhy, always: labels.loadAlways, forget: labels.loadForget }),
    [labels],
  );
  const frame = props.bbox ?? props.config.area ?? null;
  const drawing = useMemo(
    () => (
      <MapPreview
        data={preview ?? {}}
        frame={frame}
        label={labels.preview}
        hrefOf={preview?.hrefOf}
        labelOf={preview?.labelOf}
        onPoint={preview?.onPoint}
      />
    ),
    [preview, frame, labels.preview],
  );
  const loading = useMemo(() => ({ text: labels.loading, preview: drawing }), [labels.loading, drawing]);
  return (
    <Loading value={loading}>
      <OnDemand kind="map" texts={texts} preview={drawing}>
        <Renderer {...props} locale={locale} tilesUnavailable={labels.tilesUnavailable} />
      </OnDemand>
    </Loading>
  );
}
