import { enqueueGeocoding } from "../jobs/geocode";
import { geocoderConfigured } from "./nominatim";

/**
 * Asks for the actors' addresses to be turned into points once the change commits (the lead calls this after creating
 * or updating actors that have an address and no point). Nothing happens without a configured geocoder or with the
 * module setting "geocode" off: then people place the point on the map. The job checks both again when it runs.
 */
export function geocodeLater(
  ctx: { tenant: { id: string }; afterCommit: (fn: () => Promise<void>) => void; settings?: { geocode?: boolean } },
  actorIds: string[],
): void {
  if (actorIds.length === 0 || !geocoderConfigured() || ctx.settings?.geocode === false) return;
  const tenantId = ctx.tenant.id;
  const ids = [...actorIds];
  ctx.afterCommit(async () => {
    await enqueueGeocoding(tenantId, ids);
  });
}
