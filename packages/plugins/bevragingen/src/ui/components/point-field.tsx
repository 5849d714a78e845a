"use client";
import { type MapLabels, MapPinIcon, MapView, mapLabelsFrom } from "@zorgzaam/ui/map";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { formatPoint, parsePoint, pointPrecision, type Question } from "../../survey";
import { useFieldExtras } from "./field-extras";

const input = "mt-1 block w-full rounded-lg border border-slate-400 px-3 py-2 text-base";
const METRES: Record<number, number> = { 2: 1000, 3: 100, 4: 10 };

/**
 * A point on the map: tap the tenant's map (kept at the precision the survey asks, never more), or type a street or
 * place, which is also the way without a map (no network for the tiles, no map configured). One answer: the point
 * or the text.
 */
export function PointField({
  q,
  id,
  label,
  value,
  onChange,
}: {
  q: Question;
  id: string;
  label: string;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const t = useTranslations("bevragingen.fields");
  const tm = useTranslations("bevragingen.fields.map");
  const labels = useMemo<MapLabels>(() => mapLabelsFrom(tm), [tm]);
  const { map } = useFieldExtras();
  const precision = pointPrecision(q);
  const point = value ? parsePoint(value) : null;
  const preview = useMemo(() => {
    const p = value ? parsePoint(value) : null;
    return { points: p ? [{ lat: p.lat, lng: p.lon }] : [] };
  }, [value]);
  return (
    <div className="grid gap-2">
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t("pointHint")}
      </p>
      {map ? (
        <figure className="grid gap-1">
          <div className="h-56 overflow-hidden rounded-lg border border-slate-300">
            <MapView
              config={map}
              labels={labels}
              preview={preview}
              cursor="crosshair"
              onMapClick={(p) => onChange(formatPoint(p.lat, p.lng, precision))}
            >
              {(kit) =>
                point ? (
                  <kit.Marker latitude={point.lat} longitude={point.lon} anchor="bottom">
                    <MapPinIcon label={t("pointMarker")} />
                  </kit.Marker>
                ) : null
              }
            </MapView>
          </div>
          <figcaption className="flex flex-wrap items-center justify-between gap-2 text-sm" aria-live="polite">
            <span>{point ? t("pointPlaced", { metres: METRES[precision] ?? 100 }) : t("pointNone")}</span>
            {point ? (
              <button type="button" className="min-h-11 underline" onClick={() => onChange(undefined)}>
                {t("pointClear")}
              </button>
            ) : null}
          </figcaption>
        </figure>
      ) : null}
      <label htmlFor={id} className="text-sm">
        {t("pointPlace")} <span className="sr-only">({label})</span>
      </label>
      <input
        id={id}
        className={input}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        value={point ? "" : (value ?? "")}
        onChange={(e) => onChange(e.target.value || undefined)}
      />
    </div>
  );
}
