"use client";
import { useFormatter, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useMemo } from "react";
import { type BoundaryGeometry, boundaryStats } from "@/lib/geo";
import type { MapConfig } from "./types";

function Placeholder() {
  const t = useTranslations("map");
  return (
    <div className="flex h-full items-center justify-center bg-slate-100 text-slate-700" role="status">
      {t("loading")}
    </div>
  );
}

// Client-only: map libraries need the browser (WebGL). mapbox-gl is fetched only when a tenant uses it.
const MaplibreRenderer = dynamic(() => import("./maplibre-renderer"), { ssr: false, loading: Placeholder });
const MapboxRenderer = dynamic(() => import("./mapbox-renderer"), { ssr: false, loading: Placeholder });

/**
 * A neighbourhood boundary on the tenant's base map, with a text alternative (area and number of points) for
 * people who cannot see the map. Keyboard users can pan and zoom it; Tab moves on, nothing traps focus.
 */
export function BoundaryMap({ name, geometry, config }: { name: string; geometry: BoundaryGeometry | null; config: MapConfig }) {
  const t = useTranslations("map");
  const format = useFormatter();
  const stats = useMemo(() => (geometry ? boundaryStats(geometry) : null), [geometry]);
  const locale = useMemo(
    () => ({
      "Map.Title": t("title"),
      "NavigationControl.ZoomIn": t("zoomIn"),
      "NavigationControl.ZoomOut": t("zoomOut"),
      "NavigationControl.ResetBearing": t("resetBearing"),
      "AttributionControl.ToggleAttribution": t("attribution"),
      "CooperativeGesturesHandler.WindowsHelpText": t("gestureWindows"),
      "CooperativeGesturesHandler.MacHelpText": t("gestureMac"),
      "CooperativeGesturesHandler.MobileHelpText": t("gestureMobile"),
    }),
    [t],
  );
  const Renderer = config.mapboxToken ? MapboxRenderer : MaplibreRenderer;
  const caption = stats
    ? t("withBoundary", {
        name: name || t("unnamed"),
        area: format.number(stats.areaKm2, { maximumFractionDigits: stats.areaKm2 < 1 ? 2 : 1 }),
        points: stats.points,
      })
    : t("withoutBoundary");
  return (
    <figure className="overflow-hidden rounded-xl border border-slate-300 bg-white">
      <div className="h-72 sm:h-96">
        <Renderer config={config} geometry={stats ? geometry : null} bbox={stats?.bbox ?? null} locale={locale} />
      </div>
      <figcaption className="border-t border-slate-200 px-3 py-2 text-sm text-slate-800" aria-live="polite">
        {caption}
      </figcaption>
    </figure>
  );
}
