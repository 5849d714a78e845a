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
  type: "fill" | "line" | "circle";
  filter?: unknown[];
  paint: Record<string, unknown>;
}

/**
 * A GeoJSON layer (fill and/or outline) drawn with one renderer's own Source and Layer: react-map-gl binds each set
 * to its own map context. Their prop types differ between the two libraries in details not used here, hence the casts.
 */
export function geoJsonLayer(source: unknown, layer: unknown, props: GeoJsonLayerProps): ReactNode {
  const Source = source as ComponentType<SourceLike>;
  const Layer = layer as ComponentType<LayerLike>;
  const { id, data, fill, fillOpacity = 0.15, line, lineWidth = 2, dashed, circle, circleRadius = 6 } = props;
  // With circles, fills and lines keep to the shapes they suit (a point has no outline to draw).
  const only = (types: string[]) => (circle ? { filter: ["in", ["geometry-type"], ["literal", types]] } : {});
  return (
    <Source id={id} type="geojson" data={data}>
      {fill ? (
        <Layer
          id={`${id}-fill`}
          type="fill"
          {...only(["Polygon", "MultiPolygon"])}
          paint={{ "fill-color": fill, "fill-opacity": fillOpacity }}
        />
      ) : null}
      {line ? (
        <Layer
          id={`${id}-line`}
          type="line"
          {...only(["Polygon", "MultiPolygon", "LineString", "MultiLineString"])}
          paint={{ "line-color": line, "line-width": lineWidth, ...(dashed ? { "line-dasharray": [2, 1.5] } : {}) }}
        />
      ) : null}
      {circle ? (
        <Layer
          id={`${id}-circle`}
          type="circle"
          filter={["in", ["geometry-type"], ["literal", ["Point", "MultiPoint"]]]}
          paint={{ "circle-color": circle, "circle-radius": circleRadius, "circle-stroke-color": "#ffffff", "circle-stroke-width": 2 }}
        />
      ) : null}
    </Source>
  );
}

/** react-map-gl's Marker, seen through the kit's narrower props. */
export const asMarker = (marker: unknown) => marker as ComponentType<MarkerProps>;
