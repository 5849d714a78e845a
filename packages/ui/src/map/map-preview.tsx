"use client";
import { useMemo } from "react";
import type { Bbox } from "./geo";
import { areasPath, type PreviewData, type PreviewPoint, previewBounds, previewProjection, projectPoints } from "./preview";
import { BOUNDARY_LINE } from "./types";

/** Up to this many points are links (or buttons); more are drawn only (the page's list names them all). */
export const PREVIEW_LINK_LIMIT = 150;

export interface MapPreviewProps {
  data: PreviewData;
  /** The box the map will open on; without it the box of the data. */
  frame?: Bbox | null;
  /** What the preview shows, for screen readers. */
  label: string;
  /** A point's link (it works without the map and without JavaScript). */
  hrefOf?: (id: string) => string;
  /** A point's name for screen readers (asked only for the points that are links); else its label. */
  labelOf?: (point: PreviewPoint) => string;
  /** A click on a point with an id (e.g. open its card in place); the link is followed when absent. */
  onPoint?: (id: string, from: { focus(): void }) => void;
}

/**
 * The map before it loads: its boundaries and points as a small SVG in Web Mercator, no tiles (preview.ts). It fills
 * its box (the map's own box), centred; nothing moves when the map replaces it.
 */
export function MapPreview({ data, frame, label, hrefOf, labelOf, onPoint }: MapPreviewProps) {
  const drawing = useMemo(() => {
    const box = frame ?? previewBounds(data);
    if (!box) return null;
    const projection = previewProjection(box);
    return { projection, areas: areasPath(data.areas, projection), points: projectPoints(data.points, projection) };
  }, [data, frame]);
  if (!drawing) return null;
  const { width, height } = drawing.projection;
  const links = drawing.points.length <= PREVIEW_LINK_LIMIT && (hrefOf || onPoint);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; its point links are grouped under its name
    <svg
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      className="h-full w-full"
      role="group"
      aria-label={label}
      data-testid="map-preview-svg"
    >
      {drawing.areas ? (
        <path
          d={drawing.areas}
          fill={BOUNDARY_LINE}
          fillOpacity={0.06}
          fillRule="evenodd"
          stroke={BOUNDARY_LINE}
          strokeWidth={1.5}
          strokeDasharray="5 3"
        />
      ) : null}
      {drawing.points.map(({ x, y, point }, i) => {
        const dot = <circle cx={x} cy={y} r={5} fill={point.colour ?? "#b91c1c"} stroke="#ffffff" strokeWidth={1.5} />;
        const id = point.id;
        if (!links || !id) {
          // biome-ignore lint/suspicious/noArrayIndexKey: points without an id may repeat
          return <g key={i}>{dot}</g>;
        }
        return (
          <a
            key={id}
            href={hrefOf ? hrefOf(id) : "#"}
            aria-label={labelOf ? labelOf(point) : point.label}
            className="focus-visible:outline-3 focus-visible:outline-slate-950"
            onClick={
              onPoint
                ? (e) => {
                    e.preventDefault();
                    onPoint(id, e.currentTarget);
                  }
                : undefined
            }
          >
            {/* A larger, invisible circle: a target a finger can hit. */}
            <circle cx={x} cy={y} r={12} fill="transparent" />
            {dot}
          </a>
        );
      })}
    </svg>
  );
}
