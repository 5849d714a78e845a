"use client";
import { type MapConfig, MapView, mapLabelsFrom } from "@zorgzaam/ui/map";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";

type Geometry = { type: string; coordinates: unknown };
const feature = (geometry: Geometry) => ({ type: "Feature" as const, properties: {}, geometry });

/** The graded fill of the agreement bands: darker where more people drew the same (the legend repeats it in words). */
export const BAND_STYLE = {
  all: { fill: "#1e3a8a", opacity: 0.55 },
  most: { fill: "#2563eb", opacity: 0.38 },
  some: { fill: "#93c5fd", opacity: 0.3 },
} as const;
const ALONE = "#b45309";
const DECISION = "#0f172a";

export interface AgreementMapProps {
  config: MapConfig;
  frame: [number, number, number, number] | null;
  bands: Record<keyof typeof BAND_STYLE, { geometry: Geometry | null }>;
  onlyOne: { drawingId: string; geometry: Geometry }[];
  boundaries: { id: string; name: string; geometry: Geometry }[];
  /** The decided boundary, or the core and the edge when it is kept fuzzy. */
  decision: { geometry: Geometry | null; core: Geometry | null; edge: Geometry | null } | null;
}

/**
 * The drawings laid together: the agreement bands as graded fills, the parts one person drew alone as orange outlines,
 * the neighbourhood's present boundary dashed and the decision as a heavy line. The same is said in words beside it.
 */
export function AgreementMap(props: AgreementMapProps) {
  const t = useTranslations("buurtanalyse.drawBuurt");
  const tc = useTranslations("buurtanalyse.map.controls");
  const labels = useMemo(() => mapLabelsFrom(tc), [tc]);
  const [showAlone, setShowAlone] = useState(true);
  const [showBoundary, setShowBoundary] = useState(true);
  const alone = useMemo(
    () => ({ type: "FeatureCollection" as const, features: props.onlyOne.map((o) => feature(o.geometry)) }),
    [props.onlyOne],
  );
  const d = props.decision;
  // Before the map loads (a phone: after a tap): the neighbourhoods' boundaries and the decision, as outlines.
  const preview = useMemo(
    () => ({
      areas: {
        type: "FeatureCollection" as const,
        features: [...props.boundaries.map((b) => feature(b.geometry)), ...(d?.geometry ? [feature(d.geometry)] : [])],
      },
    }),
    [props.boundaries, d],
  );
  return (
    <div className="grid grid-cols-1 *:min-w-0 gap-3">
      <div className="h-80 overflow-hidden rounded-xl border border-slate-300 bg-white sm:h-96" data-testid="ba-agreement-map">
        <MapView config={props.config} labels={labels} bbox={props.frame} preview={preview}>
          {(kit) => (
            <>
              {(["some", "most", "all"] as const).map((b) => {
                const g = props.bands[b].geometry;
                return g ? (
                  <kit.GeoJsonLayer
                    key={b}
                    id={`ba-band-${b}`}
                    data={feature(g)}
                    fill={BAND_STYLE[b].fill}
                    fillOpacity={BAND_STYLE[b].opacity}
                  />
                ) : null;
              })}
              {showAlone && props.onlyOne.length ? <kit.GeoJsonLayer id="ba-alone" data={alone} line={ALONE} lineWidth={2} dashed /> : null}
              {showBoundary
                ? props.boundaries.map((b) => (
                    <kit.GeoJsonLayer key={b.id} id={`ba-nb-${b.id}`} data={feature(b.geometry)} line="#334155" lineWidth={2} dashed />
                  ))
                : null}
              {d?.geometry ? <kit.GeoJsonLayer id="ba-decision" data={feature(d.geometry)} line={DECISION} lineWidth={4} /> : null}
              {d?.core ? <kit.GeoJsonLayer id="ba-core" data={feature(d.core)} line={DECISION} lineWidth={4} /> : null}
              {d?.edge ? <kit.GeoJsonLayer id="ba-edge" data={feature(d.edge)} line={DECISION} lineWidth={2} dashed /> : null}
            </>
          )}
        </MapView>
      </div>
      <div>
        <h3 className="font-semibold">{t("legend")}</h3>
        <ul className="grid gap-1 text-sm" data-testid="ba-agreement-legend">
          {(["all", "most", "some"] as const).map((b) => (
            <li key={b} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="inline-block size-4 rounded border border-slate-500"
                style={{ background: BAND_STYLE[b].fill, opacity: Math.min(1, BAND_STYLE[b].opacity + 0.3) }}
              />
              {t(`band.${b}`)}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-0 w-4 border-t-2 border-dashed" style={{ borderColor: ALONE }} />
            {t("legendAlone")}
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-0 w-4 border-t-2 border-dashed border-slate-700" />
            {t("legendBoundary")}
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-0 w-4 border-t-4" style={{ borderColor: DECISION }} />
            {t("legendDecision")}
          </li>
        </ul>
      </div>
      <fieldset className="space-y-1 rounded-xl border border-slate-300 bg-white p-3">
        <legend className="px-1 font-semibold">{t("layers")}</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-5" checked={showAlone} onChange={(e) => setShowAlone(e.currentTarget.checked)} />
          {t("legendAlone")}
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-5" checked={showBoundary} onChange={(e) => setShowBoundary(e.currentTarget.checked)} />
          {t("legendBoundary")}
        </label>
      </fieldset>
    </div>
  );
}
