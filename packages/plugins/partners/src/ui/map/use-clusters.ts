"use client";
import type { MapViewState } from "@zorgzaam/ui/map";
import { useMemo, useState } from "react";
import type { MapPoint } from "../../server/map/codec";
import { buildIndex } from "./cluster";
import { padded } from "./frame";

/**
 * The markers to draw for the part of the map in view: points grouped when dense (see ./cluster.ts). The index is
 * built again only when the points or the colour mode change; the markers follow every move of the map.
 */
export function useClusters(points: readonly MapPoint[], colourOfPoint: (p: MapPoint) => number) {
  const [view, setView] = useState<MapViewState | null>(null);
  const index = useMemo(() => buildIndex(points, colourOfPoint), [points, colourOfPoint]);
  const markers = useMemo(() => (view ? index.markers(padded(view.bounds), view.zoom) : []), [index, view]);
  return { index, markers, onViewChange: setView };
}
