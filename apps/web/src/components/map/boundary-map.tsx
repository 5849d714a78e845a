"use client";
import { type BoundaryGeometry, BoundaryLayer, type MapConfig, MapView, mapLabelsFrom } from "@zorgzaam/ui/map";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useBoundaryCaption } from "./boundary-caption";

/**
 * A neighbourhood boundary on the tenant's base map (the shared MapView of @zorgzaam/ui/map), with a text
 * alternative (area and number of points) for people who cannot see the map.
 */
export function BoundaryMap({ name, geometry, config }: { name: string; geometry: BoundaryGeometry | null; config: MapConfig }) {
  const t = useTranslations("map");
  const labels = useMemo(() => mapLabelsFrom(t), [t]);
  const { stats, caption } = useBoundaryCaption(name, geometry);
  const shown = stats ? geometry : null;
  const preview = useMemo(() => ({ areas: shown ? ({ type: "Feature", properties: {}, geometry: shown } as const) : null }), [shown]);
  return (
    <figure className="overflow-hidden rounded-xl border border-slate-300 bg-white">
      <div className="h-72 sm:h-96">
        <MapView config={config} labels={labels} bbox={stats?.bbox ?? null} preview={preview}>
          {(kit) => (shown ? <BoundaryLayer kit={kit} geometry={shown} /> : null)}
        </MapView>
      </div>
      <figcaption className="border-t border-slate-200 px-3 py-2 text-sm text-slate-800" aria-live="polite">
        {caption}
      </figcaption>
    </figure>
  );
}
