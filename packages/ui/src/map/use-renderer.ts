"use client";
import { type RefObject, useEffect, useImperativeHandle, useMemo } from "react";
import { FIT_OPTIONS, type MapHandle, type RendererProps } from "./types";

/** The part of a MapLibre or Mapbox map (through react-map-gl's MapRef) both renderers use. */
export interface MapLike {
  fitBounds(b: [number, number, number, number], o?: object): unknown;
  flyTo(o: { center: [number, number]; zoom?: number }): unknown;
  getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
  getZoom(): number;
  getCenter(): { lat: number; lng: number };
}

interface ClickEvent {
  lngLat: { lat: number; lng: number };
  originalEvent?: Event;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * What both renderers do the same way: the handle for moving the map from outside, framing the box when it changes,
 * reporting the view, and passing on clicks on the map (not on markers: a marker's own button handles those, and the
 * map still sees the click because MapLibre listens on the container the markers sit in).
 */
export function useRenderer(ref: RefObject<MapLike | null>, props: Pick<RendererProps, "bbox" | "onMapClick" | "onViewChange" | "mapRef">) {
  const { bbox, onMapClick, onViewChange, mapRef } = props;
  useImperativeHandle(
    mapRef,
    (): MapHandle => ({
      flyTo: (p, zoom) => ref.current?.flyTo({ center: [p.lng, p.lat], ...(zoom === undefined ? {} : { zoom }) }),
      fitBounds: (b) => ref.current?.fitBounds(b, FIT_OPTIONS),
      center: () => {
        const c = ref.current?.getCenter();
        return c ? { lat: round6(c.lat), lng: round6(c.lng) } : null;
      },
    }),
    [ref],
  );
  useEffect(() => {
    if (bbox) ref.current?.fitBounds(bbox, { ...FIT_OPTIONS, duration: 0 });
  }, [ref, bbox]);
  return useMemo(() => {
    const report = () => {
      const m = ref.current;
      if (!m || !onViewChange) return;
      const b = m.getBounds();
      onViewChange({ bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: m.getZoom() });
    };
    return {
      onLoad: report,
      onMoveEnd: report,
      onClick: (e: ClickEvent) => {
        const target = e.originalEvent?.target;
        if (target instanceof Element && target.closest(".maplibregl-marker, .mapboxgl-marker")) return;
        onMapClick?.({ lat: round6(e.lngLat.lat), lng: round6(e.lngLat.lng) });
      },
    };
  }, [ref, onMapClick, onViewChange]);
}
