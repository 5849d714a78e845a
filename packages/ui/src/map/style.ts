import type { BaseMapSource } from "./types";
import { OFFLINE_STYLE } from "./types";

/** The id of the base map's tile source and layer in the styles built here (the offline notice listens to it). */
export const BASE_SOURCE = "basemap";

/**
 * The MapLibre style for a tenant's base map: raster tiles (a preset or the tenant's tile address) over the plain
 * background, so that when the tiles cannot be loaded the background and the project's own layers stay; a style
 * document at the tenant's address; or the plain background alone. Mapbox is drawn by mapbox-gl (mapbox-renderer).
 */
export function maplibreStyle(b: BaseMapSource) {
  if (b.kind === "style") return b.url;
  if (b.kind !== "raster") return OFFLINE_STYLE;
  return {
    version: 8 as const,
    sources: {
      [BASE_SOURCE]: {
        type: "raster" as const,
        tiles: b.tiles,
        tileSize: b.tileSize,
        minzoom: b.minzoom,
        maxzoom: b.maxzoom,
        ...(b.bounds ? { bounds: b.bounds } : {}),
        attribution: b.attribution,
      },
    },
    layers: [...OFFLINE_STYLE.layers, { id: BASE_SOURCE, type: "raster" as const, source: BASE_SOURCE }],
  };
}
