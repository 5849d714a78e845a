/**
 * The hard filters in SQL (candidates.ts, one statement under row-level security) say the same as matching.ts `passes`
 * in TypeScript: on random offers, requests and earlier matches, for every request the statement returns exactly the
 * offers that pass (kind, active, not yet matched, not the asker, near enough, time, language, the helper's limit), and
 * the helpers' facts it returns (load this month, own limit, help done for the asker) are the facts the JS computes.
 */
import { withDbContext } from "@zorgzaam/core";
import {
  closeAll,
  createMember,
  createTenant,
  installModules,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burenhulpPlugin as burenhulp } from "../definition";
import { LOAD_STATUSES } from "../domain";
import { type HelperFacts, type MatchRequest, passes } from "../matching";
import { monthStart } from "./access";
import { offersPassingHardFilters } from "./candidates";

installModules([burenhulp]);
const call = moduleCaller(burenhulp);
const OPTS = { radiusM: 1_000, defaultMaxPerMonth: 2 };

let T: TenantFixture;
let regie: MemberFixture;

beforeAll(async () => {
  T = await createTenant({ tag: "bh-sql" });
  await setModuleEnabled(T.id, burenhulp, true);
  regie = T.users.regie as MemberFixture;
});

afterAll(async () => {
  await closeAll();
});

describe("the hard filters in SQL", () => {
  it("return exactly the offers that matching.ts lets through, with the same facts", async () => {
    const kinds = (await call(regie, T).kinds.list()).slice(0, 2).map((k) => k.id);
    const areas = [T.neighbourhoods[0].id, T.neighbourhoods[1]?.id ?? T.neighbourhoods[0].id, null];
    const streets = ["Kerkstraat", "  kerkstraat ", "Dorpsplein", null];
    const langs = ["nl", "fr", "AR", "ar", "tr"];
    const rnd = fc.sample(fc.integer({ min: 0, max: 2 ** 30 }), { numRuns: 4000, seed: 42 });
    let i = 0;
    const pick = <X>(xs: readonly X[]): X => xs[(rnd[i++ % rnd.length] as number) % xs.length] as X;
    const chance = (p: number) => ((rnd[i++ % rnd.length] as number) % 1000) / 1000 < p;
    const day = () => new Date(Date.UTC(2027, 0, 4 + ((rnd[i++ % rnd.length] as number) % 40)));
    const range = () => {
      const a = chance(0.5) ? day() : null;
      const b = chance(0.5) ? day() : null;
      return a && b && b < a ? [b, a] : [a, b];
    };
    const place = () => ({
      neighbourhoodId: pick(areas),
      street: pick(streets),
      ...(chance(0.5)
        ? {
            lat: 50.85 + ((rnd[i++ % rnd.length] as number) % 80) / 10_000,
            lng: 4.35 + ((rnd[i++ % rnd.length] as number) % 80) / 10_000,
          }
        : { lat: null, lng: null }),
    });
    const weekdays = () => [1, 2, 3, 4, 5, 6, 7].filter(() => chance(0.6));
    const people = [];
    for (let p = 0; p < 12; p++)
      people.push(
        (
          await ownerDb().person.create({
            data: { tenantId: T.id, firstName: `P${p}`, lastName: "Buur", languages: [] },
            select: { id: true },
          })
        ).id,
      );
    for (const personId of people.slice(0, 4))
      await ownerDb().burenhulpHelper.create({ data: { tenantId: T.id, personId, maxPerMonth: 1 + (people.indexOf(personId) % 3) } });
    const offers = [];
    for (let o = 0; o < 60; o++) {
      const [startsOn, endsOn] = range();
      offers.push(
        await ownerDb().burenhulpOffer.create({
          data: {
            tenantId: T.id,
            personId: pick(people),
            kindId: pick(kinds),
            status: chance(0.85) ? "active" : "paused",
            weekdays: weekdays(),
            startsOn,
            endsOn,
            languages: langs.filter(() => chance(0.3)),
            ...place(),
          },
        }),
      );
    }
    const requests = [];
    for (let r = 0; r < 15; r++) {
      const whenKind = pick(["once", "period", "recurring"] as const);
      const [startsOn, endsOn] = range();
      requests.push(
        await ownerDb().burenhulpRequest.create({
          data: {
            tenantId: T.id,
            personId: pick(people),
            kindId: pick(kinds),
            channel: "card",
            weight: "small",
            whenKind,
            startsOn: whenKind === "recurring" ? null : startsOn,
            endsOn: whenKind === "period" ? endsOn : null,
            weekdays: whenKind === "recurring" ? weekdays() : [],
            languages: chance(0.4) ? langs.filter(() => chance(0.4)) : [],
            ...place(),
          },
        }),
      );
    }
    const since = monthStart();
    for (let m = 0; m < 30; m++) {
      const status = pick(["proposed", "contacted", "confirmed", "done", "done", "cancelled"]);
      await ownerDb()
        .burenhulpMatch.create({
          data: {
            tenantId: T.id,
            requestId: pick(requests).id,
            offerId: pick(offers).id,
            status,
            statusChangedAt: chance(0.5) ? new Date() : new Date(since.getTime() - 5 * 86_400_000),
          },
        })
        .catch(() => undefined);
    }
    const matches = await ownerDb().burenhulpMatch.findMany({ where: { tenantId: T.id }, include: { offer: true, request: true } });
    const limits = new Map(
      (await ownerDb().burenhulpHelper.findMany({ where: { tenantId: T.id } })).map((h) => [h.personId, h.maxPerMonth]),
    );
    const factsFor = (personId: string, askerId: string | null): HelperFacts => {
      const mine = matches.filter((m) => m.offer.personId === personId && (LOAD_STATUSES as readonly string[]).includes(m.status));
      return {
        thisMonth: mine.filter((m) => m.status !== "done" || m.statusChangedAt >= since).length,
        maxPerMonth: limits.get(personId),
        doneWithAsker: askerId ? mine.filter((m) => m.status === "done" && m.request.personId === askerId).length : 0,
      };
    };

    let passing = 0;
    for (const r of requests) {
      const request = { ...r, whenKind: r.whenKind as MatchRequest["whenKind"] };
      const expected = offers
        .filter((o) => o.status === "active" && !matches.some((m) => m.requestId === r.id && m.offerId === o.id))
        .filter((o) => passes(request, o, factsFor(o.personId, r.personId), OPTS))
        .map((o) => o.id)
        .sort();
      const got = await withDbContext({ tenantId: T.id, userId: regie.id }, (tx) =>
        offersPassingHardFilters(tx, { tenantId: T.id, request, ...OPTS }),
      );
      expect(got.offers.map((o) => o.id).sort(), `request ${r.id}`).toEqual(expected);
      for (const o of got.offers)
        expect(got.facts(o.personId)).toEqual({ ...factsFor(o.personId, r.personId), maxPerMonth: limits.get(o.personId) });
      passing += expected.length;
    }
    // Not vacuous: some offers pass, most do not.
    expect(passing).toBeGreaterThan(5);
    expect(passing).toBeLessThan(15 * 60);
  }, 120_000);
});

describe("a helper's own limit", () => {
  it("counts her matches for requests the caller cannot see: a field worker is never offered a helper over her limit", async () => {
    const [here, elsewhere] = [T.neighbourhoods[0].id, T.neighbourhoods[1]?.id ?? ""];
    expect(elsewhere).not.toBe("");
    const db = ownerDb();
    const kind = (await call(regie, T).kinds.list())[0]?.id ?? "";
    const person = async (firstName: string, neighbourhoodId: string) =>
      (await db.person.create({ data: { tenantId: T.id, firstName, neighbourhoodId, languages: [] }, select: { id: true } })).id;
    const helper = await person("Helper-limit", here);
    const [askerHere, askerThere] = [await person("Asker-here", here), await person("Asker-there", elsewhere)];
    await db.burenhulpHelper.create({ data: { tenantId: T.id, personId: helper, maxPerMonth: 1 } });
    const offer = await db.burenhulpOffer.create({
      data: { tenantId: T.id, personId: helper, kindId: kind, status: "active", neighbourhoodId: here },
      select: { id: true },
    });
    const request = (personId: string, neighbourhoodId: string) =>
      db.burenhulpRequest.create({
        data: { tenantId: T.id, personId, kindId: kind, channel: "field_worker", status: "open", weight: "small", neighbourhoodId },
        select: { id: true },
      });
    // Her one match this month is for a request in the other neighbourhood.
    const there = await request(askerThere, elsewhere);
    await db.burenhulpMatch.create({ data: { tenantId: T.id, requestId: there.id, offerId: offer.id, status: "confirmed" } });
    const wanted = await request(askerHere, here);
    const worker = await createMember(T, { roles: ["field_worker"], neighbourhoodIds: [here], tag: "bh-limit-fw" });
    // The worker cannot see that match (row-level security: its request is elsewhere) ...
    const seen = await call(worker, T)
      .requests.get({ id: there.id })
      .catch(() => null);
    expect(seen).toBeNull();
    // ... and still the helper, at her limit, is proposed to nobody.
    for (const who of [worker, regie]) {
      const proposed = await call(who, T).matches.candidates({ requestId: wanted.id });
      expect(proposed.map((c) => c.personId)).not.toContain(helper);
    }
    // Below her limit (the match done last month), she is proposed again, to the worker too.
    await db.burenhulpMatch.updateMany({
      where: { offerId: offer.id },
      data: { status: "done", statusChangedAt: new Date(Date.now() - 62 * 86_400_000) },
    });
    const again = await call(worker, T).matches.candidates({ requestId: wanted.id });
    expect(again.map((c) => c.personId)).toContain(helper);
  });
});
