"use client";
import { type MapConfig, type MapLabels, MapView, mapLabelsFrom } from "@zorgzaam/ui/map";
import { useTranslations } from "next-intl";
import { useMemo } from "react";

/**
 * The places respondents marked for one question, on the tenant's map, for the team only (never public): a dot per
 * answer at the precision the survey asked. The list of answers below it is the same data without a map.
 */
export function PointsMap({ map, points }: { map: MapConfig; points: { lat: number; lon: number }[] }) {
  const tm = useTranslations("bevragingen.fields.map");
  const labels = useMemo<MapLabels>(() => mapLabelsFrom(tm), [tm]);
  const bbox = useMemo(() => {
    if (!points.length) return null;
    const lats = points.map((p) => p.lat);
    const lons = points.map((p) => p.lon);
    return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] as [number, number, number, number];
  }, [points]);
  const preview = useMemo(() => ({ points: points.map((p) => ({ lat: p.lat, lng: p.lon })) }), [points]);
  return (
    <div className="h-72 overflow-hidden rounded-lg border border-slate-300 sm:h-96">
      <MapView config={map} labels={labels} bbox={bbox} preview={preview}>
        {(kit) =>
          points.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: points repeat (same place, several answers)
            <kit.Marker key={i} latitude={p.lat} longitude={p.lon}>
              <span aria-hidden="true" className="block size-3 rounded-full border-2 border-white bg-red-700" />
            </kit.Marker>
          ))
        }
      </MapView>
    </div>
  );
}
