/**
 * Address search (geo.search, ADR 8) against a real local HTTP server speaking Nominatim's API: what is sent, the
 * results, the tenant's area as a bias, the limits, the errors in the caller's language, no geocoder configured, and
 * that the call to the geocoder happens after the request's transaction.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeRateLimiter } from "../auth/rate-limit";
import { coreRouter } from "../routers/index";
import {
  closeAll,
  createTenant,
  createUser,
  createMember,
  type FakeNominatim,
  ownerDb,
  resetEnvCache,
  routerCaller,
  sessionFor,
  startNominatim,
  type TenantFixture,
  type UserFixture,
} from "../testing/index";
import { router } from "../trpc/init";
import { tenantProcedure } from "../trpc/tenant";

let geocoder: FakeNominatim;
let T: TenantFixture;
const saved = { url: process.env.GEOCODER_URL, interval: process.env.GEOCODER_MIN_INTERVAL_MS };

function setGeocoder(url: string | undefined) {
  if (url) process.env.GEOCODER_URL = url;
  else delete process.env.GEOCODER_URL;
  process.env.GEOCODER_MIN_INTERVAL_MS = "0";
  resetEnvCache();
}

const KERK = (n: number) => ({ lat: 50.85 + n / 1000, lng: 4.35 + n / 1000, label: `Kerkstraat ${n}, 1000 Brussel, België` });

beforeAll(async () => {
  geocoder = await startNominatim((q) => {
    if (q.includes("Kapot")) return 503;
    if (q.includes("Nergensstraat")) return null;
    return Array.from({ length: 8 }, (_, i) => KERK(i + 1));
  });
  T = await createTenant({ tag: "geo" });
  // One neighbourhood with a boundary: the tenant's area, sent as the search's bias.
  await ownerDb().neighbourhood.update({
    where: { id: T.neighbourhoods[0].id },
    data: {
      boundary: {
        type: "Polygon",
        coordinates: [
          [
            [4.3, 50.8],
            [4.4, 50.8],
            [4.4, 50.9],
            [4.3, 50.9],
            [4.3, 50.8],
          ],
        ],
      },
    },
  });
});

beforeEach(() => {
  setGeocoder(geocoder.url);
  geocoder.requests.length = 0;
});

afterAll(async () => {
  if (saved.url) process.env.GEOCODER_URL = saved.url;
  else delete process.env.GEOCODER_URL;
  if (saved.interval) process.env.GEOCODER_MIN_INTERVAL_MS = saved.interval;
  else delete process.env.GEOCODER_MIN_INTERVAL_MS;
  resetEnvCache();
  await geocoder?.close();
  await closeRateLimiter();
  await closeAll();
});

const as = (user: UserFixture, locale?: "nl" | "fr" | "en") => routerCaller(coreRouter, sessionFor(user), T.slug, locale ? { locale } : {});

async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (e) {
    const err = e as { code?: string; appCode?: string; message: string; messageIn?: (l: string) => string };
    return { code: err.code, appCode: err.appCode, message: err.message, fr: err.messageIn?.("fr") };
  }
  throw new Error("the call succeeded");
}

describe("geo.search", () => {
  it("asks the geocoder for places in Belgium near the tenant's neighbourhoods and gives at most 5", async () => {
    const { results } = await as(T.users.field_worker, "fr").geo.search({ q: "  Kerkstraat 1 Brussel " });
    expect(results).toHaveLength(5);
    expect(results[0]).toEqual({ label: "Kerkstraat 1, 1000 Brussel, België", lat: 50.851, lng: 4.351 });
    expect(geocoder.requests).toHaveLength(1);
    const sent = geocoder.requests[0];
    expect(sent).toMatchObject({
      q: "Kerkstraat 1 Brussel",
      format: "jsonv2",
      countrycodes: "be",
      limit: "5",
      // The area biases the answer, it does not restrict it (bounded is not sent).
      viewbox: "4.3,50.8,4.4,50.9",
      bounded: null,
    });
    expect(sent?.userAgent).toMatch(/^Zorgzaam/);
    expect(sent?.acceptLanguage).toMatch(/^fr,/);
  });

  it("is open to every member who sees maps (a volunteer too), not to who is not a member", async () => {
    await expect(as(T.users.volunteer).geo.search({ q: "Kerkstraat 2" })).resolves.toMatchObject({ results: expect.any(Array) });
    const stranger = await createUser({ tag: "geo-stranger" });
    expect((await failure(as(stranger).geo.search({ q: "Kerkstraat 2" }))).code).toBe("NOT_FOUND");
    expect(geocoder.requests).toHaveLength(1);
  });

  it("answers an empty list for an address the geocoder does not know", async () => {
    await expect(as(T.users.admin).geo.search({ q: "Nergensstraat 9" })).resolves.toEqual({ results: [] });
  });

  it("refuses a search of fewer than 3 or more than 200 characters, naming the limit, and sends nothing", async () => {
    const short = await failure(as(T.users.admin).geo.search({ q: " ab " }));
    expect(short.code).toBe("BAD_REQUEST");
    const long = await failure(as(T.users.admin).geo.search({ q: "x".repeat(201) }));
    expect(long.code).toBe("BAD_REQUEST");
    expect(long.message).toContain("200");
    expect(geocoder.requests).toHaveLength(0);
  });

  it("says the geocoder is unavailable when it fails or cannot be reached", async () => {
    const down = await failure(as(T.users.admin).geo.search({ q: "Kapotstraat 1" }));
    expect(down).toMatchObject({ code: "SERVICE_UNAVAILABLE", appCode: "geo.unavailable" });
    expect(down.message).toMatch(/adreszoeker antwoordt nu niet/);
    expect(down.fr).toMatch(/ne répond pas/);
    setGeocoder("http://127.0.0.1:9/");
    const gone = await failure(as(T.users.admin).geo.search({ q: "Kerkstraat 3" }));
    expect(gone).toMatchObject({ code: "SERVICE_UNAVAILABLE", appCode: "geo.unavailable" });
  });

  it("without GEOCODER_URL: no search offered (map config) and none possible, nothing sent", async () => {
    setGeocoder(undefined);
    expect((await as(T.users.admin).tenant.mapConfig()).addressSearch).toBe(false);
    const off = await failure(as(T.users.admin).geo.search({ q: "Kerkstraat 4" }));
    expect(off).toMatchObject({ code: "PRECONDITION_FAILED", appCode: "geo.noGeocoder" });
    expect(off.message).toMatch(/niet ingesteld/);
    expect(geocoder.requests).toHaveLength(0);
    setGeocoder(geocoder.url);
    expect((await as(T.users.admin).tenant.mapConfig()).addressSearch).toBe(true);
  });

  it("limits each user to 60 searches per 10 minutes; another user can still search", async () => {
    const busy = await createMember(T, { roles: ["field_worker"], neighbourhoodIds: [T.neighbourhoods[0].id], tag: "geo-busy" });
    for (let i = 0; i < 60; i++) await as(busy).geo.search({ q: `Kerkstraat ${i}` });
    const over = await failure(as(busy, "en").geo.search({ q: "Kerkstraat 61" }));
    expect(over).toMatchObject({ code: "TOO_MANY_REQUESTS", appCode: "geo.tooManySearches" });
    expect(over.message).toMatch(/Wacht 10 minuten/);
    expect(geocoder.requests).toHaveLength(60);
    await expect(as(T.users.regie).geo.search({ q: "Kerkstraat 62" })).resolves.toMatchObject({ results: expect.any(Array) });
  });
});

describe("ctx.outside", () => {
  it("runs after the request's transaction committed: the transaction can no longer be used there", async () => {
    const probe = router({
      probe: tenantProcedure("core.tenant.view").query(async ({ ctx }) => {
        await ctx.tx.neighbourhood.count();
        return ctx.outside(async () => {
          try {
            await ctx.tx.neighbourhood.count();
            return "transaction still open";
          } catch {
            return "transaction over";
          }
        });
      }),
    });
    const caller = routerCaller(probe, sessionFor(T.users.admin), T.slug);
    await expect(caller.probe()).resolves.toBe("transaction over");
  });
});
