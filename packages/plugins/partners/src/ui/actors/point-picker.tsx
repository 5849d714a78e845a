"use client";
import { Button } from "@zorgzaam/ui";
import { type Bbox, type MapConfig, MapPinIcon, MapView } from "@zorgzaam/ui/map";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMapLabels } from "../map/map-labels";

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Place or move the actor's point by clicking the map (the way to give a point when no geocoder is configured). The
 * latitude/longitude fields beside it stay the keyboard alternative; both edit the same values.
 */
export function PointPicker({
  config,
  lat,
  lng,
  onPick,
}: {
  config: MapConfig;
  lat: number | null;
  lng: number | null;
  onPick: (lat: number | null, lng: number | null) => void;
}) {
  const t = useTranslations("partners.actors.point");
  const labels = useMapLabels();
  const has = lat !== null && lng !== null && Number.isFinite(lat) && Number.isFinite(lng);
  // Framed once, around the point the form started with (later clicks must not make the map jump).
  const [frame] = useState<Bbox | null>(() => (has ? [lng - 0.004, lat - 0.0025, lng + 0.004, lat + 0.0025] : null));
  return (
    <figure className="space-y-2">
      <div className="h-64 overflow-hidden rounded-lg border border-slate-300 sm:h-80">
        <MapView config={config} labels={labels} bbox={frame} cursor="crosshair" onMapClick={(p) => onPick(round6(p.lat), round6(p.lng))}>
          {(kit) =>
            has ? (
              <kit.Marker latitude={lat} longitude={lng} anchor="bottom">
                <MapPinIcon label={t("marker")} />
              </kit.Marker>
            ) : null
          }
        </MapView>
      </div>
      <figcaption className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-800" aria-live="polite">
        <span>{has ? t("placed") : t("clickToPlace")}</span>
        {has ? (
          <Button variant="ghost" onClick={() => onPick(null, null)}>
            {t("clear")}
          </Button>
        ) : null}
      </figcaption>
    </figure>
  );
}
