"use client";
import type { ComponentType, ReactNode } from "react";
import type { GeoJsonLayerProps, MarkerProps } from "./types";

/** The props of react-map-gl's Source and Layer that the kit uses (the same in both renderers). */
interface SourceLike {
  id: string;
  type: "geojson";
  data: GeoJsonLayerProps["data"];
  children?: ReactNode;
}
interface LayerLike {
  id: string;
  type: "fill" | "line";
  paint: Record<string, unknown>;
}

/**
 * A GeoJSON layer (fill and/or outline) drawn with one renderer's own Source and Layer: react-map-gl binds each set
 * to its own map context. Their prop types differ between the two libraries in details not used here, hence the casts.
 */
export function geoJsonLayer(source: unknown, layer: unknown, props: GeoJsonLayerProps): ReactNode {
  const Source = source as ComponentType<SourceLike>;
  const Layer = layer as ComponentType<LayerLike>;
  const { id, data, fill, fillOpacity = 0.15, line, lineWidth = 2, dashed } = props;
  return (
    <Source id={id} type="geojson" data={data}>
      {fill ? <Layer id={`${id}-fill`} type="fill" paint={{ "fill-color": fill, "fill-opacity": fillOpacity }} /> : null}
      {line ? (
        <Layer
          id={`${id}-line`}
          type="line"
          paint={{ "line-color": line, "line-width": lineWidth, ...(dashed ? { "line-dasharray": [2, 1.5] } : {}) }}
        />
      ) : null}
    </Source>
  );
}

/** react-map-gl's Marker, seen through the kit's narrower props. */
export const asMarker = (marker: unknown) => marker as ComponentType<MarkerProps>;
