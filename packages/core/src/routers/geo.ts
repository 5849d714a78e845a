import { z } from "zod";
import { consumeAddressSearch, RateLimitedError } from "../auth/rate-limit";
import { GeocoderUnavailable, geocoderConfigured, searchAddresses } from "../geo/geocoder";
import { LIMITS } from "../limits";
import { logger } from "../logger";
import type { Area } from "../map/area";
import { tenantMapConfig } from "../map/config";
import { appError } from "../trpc/errors";
import { router } from "../trpc/init";
import { tenantProcedure } from "../trpc/tenant";

/** Around the tenant's map centre when no neighbourhood has a boundary: about 30 by 30 km. */
const AROUND_CENTRE = { lat: 0.135, lng: 0.215 };

export const geoRouter = router({
  /**
   * Addresses in Belgium matching what a member typed, to place a point (ADR 8): at most 5, those in the tenant's area
   * first. Only the typed words (and the area's box) go to the installation's geocoder, when the person asks, never
   * as they type; the geocoder is called after the request's transaction, and each user has a limit per 10 minutes.
   */
  search: tenantProcedure("core.neighbourhoods.view")
    .input(z.object({ q: z.string().trim().min(3).max(LIMITS.addressSearch) }))
    .query(async ({ ctx, input }) => {
      if (!geocoderConfigured()) throw appError("geo.noGeocoder");
      const map = await tenantMapConfig(ctx.tx, ctx.tenant.id);
      const near: Area = map.area ?? [
        map.center.lng - AROUND_CENTRE.lng,
        map.center.lat - AROUND_CENTRE.lat,
        map.center.lng + AROUND_CENTRE.lng,
        map.center.lat + AROUND_CENTRE.lat,
      ];
      const { userId } = ctx.session;
      const { locale, requestId } = ctx;
      return ctx.outside(async () => {
        try {
          await consumeAddressSearch(userId);
        } catch (e) {
          if (!(e instanceof RateLimitedError)) throw e;
          throw appError("geo.tooManySearches", { minutes: Math.max(1, Math.ceil(e.retryAfterSeconds / 60)) });
        }
        try {
          return { results: await searchAddresses(input.q, { near, locale }) };
        } catch (e) {
          if (!(e instanceof GeocoderUnavailable)) throw e;
          logger.warn({ requestId, err: e.message }, "address search: geocoder unavailable");
          throw appError("geo.unavailable");
        }
      });
    }),
});
