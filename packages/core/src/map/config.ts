import type { Tx } from "../db/client";
import { env } from "../env";
import { geocoderConfigured } from "../geo/geocoder";
import { type Area, boundariesArea } from "./area";
import { type BaseMapSource, resolveBaseMap } from "./base-maps";

/** What every map of a tenant needs: its base map and where it opens. The shape of MapConfig in @zorgzaam/ui/map. */
export interface TenantMapConfig {
  baseMap: BaseMapSource;
  center: { lat: number; lng: number };
  zoom: number;
  /** The box of the neighbourhoods the member sees (their boundaries): maps open on it when nothing else is framed. */
  area: Area | null;
  /** Whether the installation has a geocoder, so maps that place a point offer address search (geo.search). */
  addressSearch: boolean;
}

/**
 * The tenant's map settings resolved against the installation's default (one place for every map procedure). `tx`
 * is the request's transaction: the neighbourhoods are read under RLS.
 */
export async function tenantMapConfig(tx: Pick<Tx, "tenant" | "neighbourhood">, tenantId: string): Promise<TenantMapConfig> {
  const t = await tx.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: {
      mapBaseMap: true,
      mapStyleUrl: true,
      mapAttribution: true,
      mapboxToken: true,
      mapCenterLat: true,
      mapCenterLng: true,
      mapZoom: true,
      defaultLocale: true,
    },
  });
  const neighbourhoods = await tx.neighbourhood.findMany({ select: { boundary: true } });
  const e = env();
  return {
    baseMap: resolveBaseMap(t, { choice: e.MAP_BASE_MAP, styleUrl: e.MAP_STYLE_URL }),
    center: { lat: t.mapCenterLat, lng: t.mapCenterLng },
    zoom: t.mapZoom,
    area: boundariesArea(neighbourhoods.map((n) => n.boundary)),
    addressSearch: geocoderConfigured(),
  };
}
