import Supercluster, { type ClusterProperties } from "supercluster";
import type { MapPoint } from "../../server/map/codec";

/** What each point carries into the index: its place in the points array and its colour index. */
interface PointProps {
  i: number;
  c: number;
}
/** What a cluster carries: the common colour of its points, or -1 when they differ. */
interface ClusterProps {
  c: number;
}

export type MarkerItem =
  | { type: "point"; index: number; lat: number; lng: number; colour: number }
  | { type: "cluster"; id: number; lat: number; lng: number; count: number; colour: number };

export interface ClusterIndex {
  /** Markers within [west, south, east, north] at a zoom level. */
  markers(bounds: [number, number, number, number], zoom: number): MarkerItem[];
  /** The zoom level at which a cluster falls apart. */
  expansionZoom(clusterId: number): number;
}

/** Points closer than this (in screen pixels) are grouped; from MAX_ZOOM on, every point stands alone. */
export const RADIUS = 56;
export const MAX_ZOOM = 16;

/**
 * Groups the points for the zoom level (supercluster: a k-d tree per zoom level, built once per set of points and
 * colour mode; 10^4 points take a few tens of milliseconds). Markers are HTML buttons, so the counts need no glyphs.
 */
export function buildIndex(points: readonly MapPoint[], colourOfPoint: (p: MapPoint) => number): ClusterIndex {
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: RADIUS,
    maxZoom: MAX_ZOOM,
    map: (p) => ({ c: p.c }),
    reduce: (acc, p) => {
      if (acc.c !== p.c) acc.c = -1;
    },
  });
  index.load(
    points.map((p, i) => ({
      type: "Feature" as const,
      properties: { i, c: colourOfPoint(p) },
      geometry: { type: "Point" as const, coordinates: [p.lng, p.lat] },
    })),
  );
  return {
    markers(bounds, zoom) {
      return index.getClusters(bounds, Math.max(0, Math.min(Math.floor(zoom), MAX_ZOOM + 1))).map((f): MarkerItem => {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        const props = f.properties as Partial<ClusterProperties> & Partial<PointProps> & Partial<ClusterProps>;
        if (props.cluster) {
          return { type: "cluster", id: props.cluster_id as number, lat, lng, count: props.point_count as number, colour: props.c ?? -1 };
        }
        return { type: "point", index: props.i as number, lat, lng, colour: props.c ?? -1 };
      });
    },
    expansionZoom(clusterId) {
      return Math.min(index.getClusterExpansionZoom(clusterId), MAX_ZOOM + 1);
    },
  };
}

/** The box around the points, or null when there are none; a single point gets a small box around it. */
export function boundsOf(points: readonly { lat: number; lng: number }[]): [number, number, number, number] | null {
  if (points.length === 0) return null;
  let [w, s, e, n] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const p of points) {
    if (p.lng < w) w = p.lng;
    if (p.lng > e) e = p.lng;
    if (p.lat < s) s = p.lat;
    if (p.lat > n) n = p.lat;
  }
  const pad = 0.002;
  return e - w < pad && n - s < pad ? [w - pad, s - pad, e + pad, n + pad] : [w, s, e, n];
}
