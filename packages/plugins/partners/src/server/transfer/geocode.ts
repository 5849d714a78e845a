import type { Enqueue } from "@zorgzaam/core/plugin";
import { enqueueGeocoding } from "../jobs/geocode";
import { geocoderConfigured } from "@zorgzaam/core/plugin";

/**
 * Asks for the actors' addresses to be turned into points when the change commits (ctx.enqueue: the outbox) (the lead calls this after creating
 * or updating actors that have an address and no point). Nothing happens without a configured geocoder or with the
 * module setting "geocode" off: then people place the point on the map. The job checks both again when it runs.
 */
export async function geocodeLater(ctx: { enqueue: Enqueue; settings?: { geocode?: boolean } }, actorIds: string[]): Promise<void> {
  if (actorIds.length === 0 || !geocoderConfigured() || ctx.settings?.geocode === false) return;
  await enqueueGeocoding(ctx.enqueue, actorIds);
}
