import { defineJob, type Enqueue, geocode, geocoderConfigured, readModuleSettings, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { manifest } from "../../manifest";
import { recordChange } from "../history";
import { neighbourhoodsForPoint } from "../places";

const ATTEMPTS = 6;
/** Ids per job: a job stays short (about 3 minutes at one request per second), and its payload small. */
export const GEOCODE_BATCH = 200;

/** The module setting "geocode" of the tenant bound to tx (true unless switched off). */
export async function geocodeSetting(tx: Tx, tenantId: string): Promise<boolean> {
  return (await readModuleSettings(tx, tenantId, manifest)).geocode;
}

/**
 * Fills in the point of actors that have an address and no point, through the configured geocoder, one request at a
 * time. Idempotent: an actor that got a point meanwhile (or whose address changed, or that was archived) is left alone,
 * so a retry after a failed request only asks for the ones still missing. Every point found is kept in the history.
 */
export const geocodeJob = defineJob({
  name: "partners.geocode",
  payload: z.object({ actorIds: z.array(z.uuid()).min(1).max(GEOCODE_BATCH) }),
  attempts: ATTEMPTS,
  backoffMs: 30_000,
  handler: async (ctx, { actorIds }) => {
    const tenantId = ctx.tenantId;
    if (!tenantId) throw new Error("partners.geocode needs a tenant");
    if (!geocoderConfigured()) return { geocoded: 0, notFound: 0, reason: "no geocoder configured" };
    const { on, actors } = await ctx.withTenantDb(async (tx) => ({
      on: await geocodeSetting(tx, tenantId),
      actors: await tx.partnersActor.findMany({
        where: { id: { in: actorIds }, lat: null, address: { not: null }, archivedAt: null },
        select: { id: true, address: true, postcode: true, city: true, neighbourhoodIds: true },
      }),
    }));
    if (!on) return { geocoded: 0, notFound: 0, reason: "geocoding is switched off" };
    // In the order asked (the order of the import's rows).
    const order = new Map(actorIds.map((id, i) => [id, i]));
    actors.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    let geocoded = 0;
    let notFound = 0;
    for (const [i, a] of actors.entries()) {
      if (!a.address) continue;
      // A geocoder that is down throws GeocoderUnavailable: the job is retried with backoff, and what was found so
      // far is saved and not asked again.
      const point = await geocode({ address: a.address, postcode: a.postcode, city: a.city });
      if (!point) {
        notFound++;
        continue;
      }
      const p = point;
      const wrote = await ctx.withTenantDb(async (tx) => {
        const inside = await neighbourhoodsForPoint(tx, a.neighbourhoodIds, p);
        const r = await tx.partnersActor.updateMany({
          where: { id: a.id, lat: null, address: a.address, archivedAt: null },
          data: {
            lat: p.lat,
            lng: p.lng,
            locationSource: "geocoder",
            version: { increment: 1 },
            ...(inside ? { neighbourhoodIds: inside } : {}),
          },
        });
        if (r.count === 0) return false;
        const now = await tx.partnersActor.findUniqueOrThrow({ where: { id: a.id }, select: { status: true } });
        await recordChange(tx, {
          tenantId,
          actorId: a.id,
          kind: "updated",
          statusAfter: now.status,
          fields: { lat: [null, p.lat], lng: [null, p.lng], ...(inside ? { neighbourhoodIds: [[], inside] } : {}) },
          byUserId: null,
        });
        return true;
      });
      if (wrote) geocoded++;
      await ctx.updateProgress(((i + 1) / actors.length) * 100);
    }
    return { geocoded, notFound };
  },
});

/**
 * Enqueues geocoding for these actors in batches (nothing when no geocoder is configured), with the caller's
 * ctx.enqueue (a request's transaction or a job's).
 */
export async function enqueueGeocoding(enqueue: Enqueue, actorIds: readonly string[]): Promise<string[]> {
  if (!geocoderConfigured() || actorIds.length === 0) return [];
  const ids = [...new Set(actorIds)];
  const jobs: string[] = [];
  for (let i = 0; i < ids.length; i += GEOCODE_BATCH) {
    jobs.push(await enqueue(geocodeJob, { actorIds: ids.slice(i, i + GEOCODE_BATCH) }));
  }
  return jobs;
}

export { ATTEMPTS as GEOCODE_ATTEMPTS };
