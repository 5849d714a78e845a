"use client";
import type { BoundaryGeometry } from "@zorgzaam/ui/map";
import { useCallback, useMemo, useState } from "react";
import type { NeighbourhoodArea } from "./frame";

/** The neighbourhoods that have a boundary, which of them are shown (all at first), and the shown ones as one layer. */
export function useBoundaries(neighbourhoods: readonly NeighbourhoodArea[]) {
  const withBoundary = useMemo(() => neighbourhoods.filter((n) => n.boundary), [neighbourhoods]);
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set(withBoundary.map((n) => n.id)));
  const show = useCallback((id: string, on: boolean) => {
    setShown((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const layer = useMemo(
    () => ({
      type: "FeatureCollection" as const,
      features: withBoundary
        .filter((n) => shown.has(n.id))
        .map((n) => ({ type: "Feature" as const, properties: { name: n.name }, geometry: n.boundary as BoundaryGeometry })),
    }),
    [withBoundary, shown],
  );
  return { withBoundary, shown, show, layer };
}
