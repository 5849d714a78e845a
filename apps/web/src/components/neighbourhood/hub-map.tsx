"use client";
import {
  BOUNDARY_FILL,
  BOUNDARY_LINE,
  type BoundaryGeometry,
  boundaryStats,
  type MapConfig,
  MapView,
  mapLabelsFrom,
} from "@zorgzaam/ui/map";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";

export interface HubPoint {
  lat: number;
  lng: number;
  label: string;
  href: string;
}

const MARKER = "block size-4 rounded-full border-2 border-white bg-teal-800 shadow";

/**
 * A neighbourhood's boundary on the tenant's base map with what the modules put in it (actors), each a link named
 * after what it is; the list under the map says the same in text.
 */
export function HubMap({
  name,
  geometry,
  config,
  points,
}: {
  name: string;
  geometry: BoundaryGeometry | null;
  config: MapConfig;
  points: readonly HubPoint[];
}) {
  const t = useTranslations("map");
  const th = useTranslations("neighbourhoodHub");
  const labels = useMemo(() => mapLabelsFrom(t), [t]);
  const stats = useMemo(() => (geometry ? boundaryStats(geometry) : null), [geometry]);
  const shown = stats ? geometry : null;
  // Before the map loads (a phone: after a tap), the same boundary and points, the points as the same links.
  const preview = useMemo(
    () => ({
      areas: shown ? ({ type: "Feature", properties: {}, geometry: shown } as const) : null,
      points: points.map((p) => ({ id: p.href, lat: p.lat, lng: p.lng, label: p.label })),
      hrefOf: (href: string) => href,
    }),
    [shown, points],
  );
  return (
    <figure className="overflow-hidden rounded-xl border border-slate-300 bg-white">
      <div className="h-72 sm:h-96">
        <MapView config={config} labels={labels} bbox={stats?.bbox ?? null} preview={preview}>
          {(kit) => (
            <>
              {shown ? (
                <kit.GeoJsonLayer
                  id="boundary"
                  data={{ type: "Feature", properties: {}, geometry: shown }}
                  fill={BOUNDARY_FILL}
                  fillOpacity={0.15}
                  line={BOUNDARY_LINE}
                  lineWidth={3}
                />
              ) : null}
              {points.map((p) => (
                <kit.Marker key={p.href} latitude={p.lat} longitude={p.lng} anchor="center">
                  <Link href={p.href} aria-label={p.label} title={p.label} className={MARKER} />
                </kit.Marker>
              ))}
            </>
          )}
        </MapView>
      </div>
      <figcaption className="border-t border-slate-200 px-3 py-2 text-sm text-slate-800">
        {stats ? th("mapCaption", { name, count: points.length }) : t("withoutBoundary")}
      </figcaption>
    </figure>
  );
}
