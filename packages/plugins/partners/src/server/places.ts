import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Tx } from "@zorgzaam/core/plugin";

type Area = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };

export interface NeighbourhoodArea {
  id: string;
  area: Area;
}

/** The tenant's neighbourhoods that have a drawn boundary (core validates boundaries as Polygon or MultiPolygon). */
export async function neighbourhoodAreas(tx: Tx): Promise<NeighbourhoodArea[]> {
  const rows = await tx.neighbourhood.findMany({ select: { id: true, boundary: true } });
  return rows.flatMap((n) => {
    const b = n.boundary as { type?: string } | null;
    return b && (b.type === "Polygon" || b.type === "MultiPolygon") ? [{ id: n.id, area: b as Area }] : [];
  });
}

/** The neighbourhoods whose boundary contains the point (a point on a shared border belongs to both). */
export function neighbourhoodsAt(areas: readonly NeighbourhoodArea[], lat: number, lng: number): string[] {
  return areas.filter((n) => booleanPointInPolygon([lng, lat], n.area)).map((n) => n.id);
}

/**
 * For an actor that says nothing about the neighbourhoods it serves: the ones its point lies in. An actor that lists
 * neighbourhoods keeps its own list (people know better than geometry that the school serves three of them).
 */
export async function neighbourhoodsForPoint(
  tx: Tx,
  given: readonly string[] | undefined,
  point: { lat: number | null | undefined; lng: number | null | undefined },
): Promise<string[] | undefined> {
  if (given?.length) return undefined;
  if (point.lat === null || point.lat === undefined || point.lng === null || point.lng === undefined) return undefined;
  const found = neighbourhoodsAt(await neighbourhoodAreas(tx), point.lat, point.lng);
  return found.length ? found : undefined;
}
