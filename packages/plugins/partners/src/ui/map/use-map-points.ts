"use client";
import { useCallback, useMemo } from "react";
import { type MapPoint, type PackedPoints, unpackPoints } from "../../server/map/codec";
import type { SectorOption } from "../actors/labels";
import { colourIndex, palette } from "./colours";
import type { ColourBy } from "./url";

/**
 * The points the server sent, read once, with what colouring them needs: the palette of the colour mode, each point's
 * colour index, the colours in use (for the legend) and the sectors by key (for names).
 */
export function useMapPoints(packed: PackedPoints, sectors: SectorOption[], colour: ColourBy) {
  const points = useMemo(() => unpackPoints(packed), [packed]);
  const sectorByKey = useMemo(() => new Map(sectors.map((s) => [s.key, s])), [sectors]);
  const sectorIndex = useMemo(() => new Map(sectors.map((s, i) => [s.key, i])), [sectors]);
  const colours = useMemo(() => palette(colour, sectors), [colour, sectors]);
  const colourOfPoint = useCallback((p: MapPoint) => colourIndex(colour, p, sectorIndex), [colour, sectorIndex]);
  const used = useMemo(() => new Set(points.map(colourOfPoint)), [points, colourOfPoint]);
  return { points, sectorByKey, colours, colourOfPoint, used };
}
