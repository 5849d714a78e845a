"use client";
import { type BoundaryGeometry, BoundaryDrawer, type DrawnPolygon, drawLabelsFrom, type MapConfig, mapLabelsFrom } from "@zorgzaam/ui/map";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useBoundaryCaption } from "./boundary-caption";

/**
 * The neighbourhood form's map: draw or edit the boundary (the shared BoundaryDrawer of @zorgzaam/ui/map) in the
 * page's language, with the boundary's area and corners said in words below it.
 */
export function BoundaryEditor(props: {
  name: string;
  geometry: BoundaryGeometry | null;
  config: MapConfig;
  onChange: (g: DrawnPolygon | null) => void;
}) {
  const t = useTranslations("map");
  const td = useTranslations("neighbourhoods.draw");
  const labels = useMemo(() => mapLabelsFrom(t), [t]);
  const drawLabels = useMemo(() => drawLabelsFrom(td), [td]);
  const { caption } = useBoundaryCaption(props.name, props.geometry);
  return (
    <figure className="space-y-2">
      <BoundaryDrawer config={props.config} labels={labels} drawLabels={drawLabels} value={props.geometry} onChange={props.onChange} />
      <figcaption className="text-sm text-slate-800" aria-live="polite" data-testid="boundary-caption">
        {caption}
      </figcaption>
    </figure>
  );
}
