"use client";
import { useCallback, useMemo, useState } from "react";
import { BASE_SOURCE } from "./style";
import type { BaseMapSource } from "./types";

interface MapErrorEvent {
  sourceId?: string;
  error?: { message?: string };
}
interface SourceDataEvent {
  sourceId?: string;
  tile?: unknown;
}
interface LoadedMap {
  getStyle(): { sources?: Record<string, unknown> } | undefined;
}

/**
 * Whether the base map's tiles load. A failed tile of the base map (or a style document that cannot be fetched)
 * raises the one-line notice; the next tile that loads lowers it. A style document that fails is replaced by the
 * plain background, so that the project's layers still have a map to sit on.
 */
export function useBaseMapHealth(baseMap: BaseMapSource) {
  const [down, setDown] = useState(false);
  const [styleFailed, setStyleFailed] = useState(false);
  const [styleSources, setStyleSources] = useState<ReadonlySet<string>>(() => new Set([BASE_SOURCE]));
  const isBase = useCallback(
    (id: string | undefined) => (baseMap.kind === "raster" ? id === BASE_SOURCE : baseMap.kind === "style" && !!id && styleSources.has(id)),
    [baseMap.kind, styleSources],
  );
  const handlers = useMemo(
    () => ({
      onError: (e: MapErrorEvent) => {
        if (isBase(e.sourceId)) setDown(true);
        else if (!e.sourceId && baseMap.kind === "style" && !styleFailed) {
          setStyleFailed(true);
          setDown(true);
        }
      },
      onSourceData: (e: SourceDataEvent) => {
        if (e.tile && isBase(e.sourceId)) setDown(false);
      },
      /** A style document's own sources are known once it is loaded. */
      onStyleLoaded: (map: LoadedMap) => {
        if (baseMap.kind === "style" && !styleFailed) setStyleSources(new Set(Object.keys(map.getStyle()?.sources ?? {})));
      },
    }),
    [isBase, baseMap.kind, styleFailed],
  );
  return { down, styleFailed, handlers };
}
