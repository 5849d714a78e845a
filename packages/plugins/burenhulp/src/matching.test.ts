import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain, type ReasonWords } from "./explain";
import {
  distanceM,
  type HelperFacts,
  isoWeekday,
  type MatchOffer,
  type MatchRequest,
  nearness,
  proposeCandidates,
  sharedDays,
  sharedLanguages,
} from "./matching";
import JSONfr from "./messages/fr/common.json";
import nl from "./messages/nl/common.json";

const OPTS = { radiusM: 1_000, defaultMaxPerMonth: 2 };
const KINDS = ["k1", "k2"];
const AREAS = ["n1", "n2", null];
const STREETS = ["Kerkstraat", "kerkstraat ", "Dorpsplein", null];
const LANGS = ["nl", "fr", "ar", "tr"];
const day = fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2027, 0, 4 + d)));
const point = fc.option(
  fc.record({ lat: fc.double({ min: 50.84, max: 50.86, noNaN: true }), lng: fc.double({ min: 4.34, max: 4.37, noNaN: true }) }),
);
const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 });
const place = fc.record({ neighbourhoodId: fc.constantFrom(...AREAS), street: fc.constantFrom(...STREETS), pt: point });
const range = fc.tuple(fc.option(day), fc.option(day)).map(([a, b]) => (a && b && b < a ? [b, a] : [a, b]) as [Date | null, Date | null]);

const request: fc.Arbitrary<MatchRequest> = fc
  .record({
    personId: fc.constantFrom("p0", "p1", null),
    kindId: fc.constantFrom(...KINDS),
    whenKind: fc.constantFrom("once", "period", "recurring" as const),
    languages: fc.subarray(LANGS, { maxLength: 2 }),
    weekdays,
    range,
    place,
  })
  .map((r) => ({
    personId: r.personId,
    kindId: r.kindId,
    whenKind: r.whenKind,
    languages: r.languages,
    weekdays: r.weekdays,
    startsOn: r.range[0],
    endsOn: r.range[1],
    neighbourhoodId: r.place.neighbourhoodId,
    street: r.place.street,
    lat: r.place.pt?.lat ?? null,
    lng: r.place.pt?.lng ?? null,
  }));

const offers: fc.Arbitrary<MatchOffer[]> = fc
  .uniqueArray(
    fc.record({
      id: fc.uuid(),
      personId: fc.constantFrom("p0", "p1", "p2", "p3", "p4"),
      kindId: fc.constantFrom(...KINDS),
      languages: fc.subarray(LANGS),
      weekdays,
      range,
      place,
    }),
    { selector: (o) => o.id, maxLength: 25 },
  )
  .map((list) =>
    list.map((o) => ({
      id: o.id,
      personId: o.personId,
      kindId: o.kindId,
      languages: o.languages,
      weekdays: o.weekdays,
      startsOn: o.range[0],
      endsOn: o.range[1],
      neighbourhoodId: o.place.neighbourhoodId,
      street: o.place.street,
      lat: o.place.pt?.lat ?? null,
      lng: o.place.pt?.lng ?? null,
    })),
  );

const facts = fc.dictionary(
  fc.constantFrom("p0", "p1", "p2", "p3", "p4"),
  fc.record({
    thisMonth: fc.integer({ min: 0, max: 4 }),
    maxPerMonth: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    doneWithAsker: fc.integer({ min: 0, max: 2 }),
  }),
);
const factsOf = (d: Record<string, HelperFacts>) => (p: string) => d[p] ?? { thisMonth: 0, doneWithAsker: 0 };

describe("proposeCandidates (property tests)", () => {
  it("never proposes an offer that breaks a hard filter", () => {
    let proposed = 0;
    fc.assert(
      fc.property(request, offers, facts, (r, os, f) => {
        const byId = new Map(os.map((o) => [o.id, o]));
        for (const c of proposeCandidates(r, os, factsOf(f), OPTS)) {
          const o = byId.get(c.offerId);
          if (!o) return false;
          proposed++;
          expect(o.kindId).toBe(r.kindId);
          expect(o.personId).not.toBe(r.personId);
          expect(nearness(r, o, OPTS.radiusM)).not.toBeNull();
          expect(sharedDays(r, o).length).toBeGreaterThan(0);
          if (r.languages.length) expect(sharedLanguages(r, o).length).toBeGreaterThan(0);
        }
        return true;
      }),
      { numRuns: 400 },
    );
    // Not vacuous: the generated cases propose helpers often.
    expect(proposed).toBeGreaterThan(20);
  });

  it("never proposes a helper at or over her own limit", () => {
    fc.assert(
      fc.property(request, offers, facts, (r, os, f) => {
        for (const c of proposeCandidates(r, os, factsOf(f), OPTS)) {
          const h = factsOf(f)(c.personId);
          expect(h.thisMonth).toBeLessThan(h.maxPerMonth ?? OPTS.defaultMaxPerMonth);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("orders by score, ties by offer id, the same whatever order the offers come in; a helper appears once", () => {
    fc.assert(
      fc.property(request, offers, facts, (r, os, f) => {
        const a = proposeCandidates(r, os, factsOf(f), OPTS);
        const b = proposeCandidates(r, [...os].reverse(), factsOf(f), OPTS);
        expect(b).toEqual(a);
        for (let i = 1; i < a.length; i++) {
          const [p, q] = [a[i - 1], a[i]];
          if (!p || !q) continue;
          expect(p.score > q.score || (p.score === q.score && p.offerId < q.offerId)).toBe(true);
        }
        expect(new Set(a.map((c) => c.personId)).size).toBe(a.length);
      }),
      { numRuns: 300 },
    );
  });

  it("gives reasons that match the facts", () => {
    fc.assert(
      fc.property(request, offers, facts, (r, os, f) => {
        const byId = new Map(os.map((o) => [o.id, o]));
        for (const c of proposeCandidates(r, os, factsOf(f), OPTS)) {
          const o = byId.get(c.offerId) as MatchOffer;
          const h = factsOf(f)(c.personId);
          for (const reason of c.reasons) {
            if (reason.code === "speaks") expect(o.languages).toContain(reason.language);
            if (reason.code === "freeThisMonth") expect(h.thisMonth).toBe(0);
            if (reason.code === "load") expect(reason.count).toBe(h.thisMonth);
            if (reason.code === "helpedBefore") expect(reason.count).toBe(h.doneWithAsker);
            if (reason.code === "distance" && r.lat !== null && r.lng !== null && o.lat !== null && o.lng !== null)
              expect(Math.abs(reason.meters - distanceM({ lat: r.lat, lng: r.lng }, { lat: o.lat, lng: o.lng }))).toBeLessThanOrEqual(5);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the explanation", () => {
  const words = nl.reasons as ReasonWords;
  it("reads as one plain line in the reader's language", () => {
    const r: MatchRequest = {
      personId: "asker",
      kindId: "k1",
      whenKind: "once",
      languages: ["ar"],
      weekdays: [],
      startsOn: new Date(Date.UTC(2027, 0, 6)),
      endsOn: null,
      neighbourhoodId: "n1",
      street: "Kerkstraat",
      lat: 50.85,
      lng: 4.35,
    };
    const o: MatchOffer = {
      ...r,
      id: "o1",
      personId: "helper",
      languages: ["nl", "ar"],
      weekdays: [3],
      startsOn: null,
      lat: 50.852,
      lng: 4.35,
    };
    const [c] = proposeCandidates(r, [o], () => ({ thisMonth: 0, doneWithAsker: 0 }), OPTS);
    expect(isoWeekday(r.startsOn as Date)).toBe(3);
    expect(c && explain(c.reasons, words, "nl")).toBe("op 220 m, spreekt Arabisch, nog geen hulp deze maand");
    expect(c && explain(c.reasons, JSONfr.reasons as ReasonWords, "fr")).toBe("à 220 m, parle arabe, pas encore d'aide ce mois-ci");
  });

  it("leaves out a helper over her limit, and one who does not speak the asked language", () => {
    const base: MatchRequest = {
      personId: null,
      kindId: "k",
      whenKind: "recurring",
      languages: ["tr"],
      weekdays: [2],
      startsOn: null,
      endsOn: null,
      neighbourhoodId: "n",
      street: null,
      lat: null,
      lng: null,
    };
    const o = (id: string, languages: string[]): MatchOffer => ({ ...base, id, personId: id, languages });
    const got = proposeCandidates(
      base,
      [o("a", ["tr"]), o("b", ["nl"]), o("c", ["tr"])],
      (p) => ({ thisMonth: p === "c" ? 2 : 1, doneWithAsker: 0 }),
      OPTS,
    );
    expect(got.map((g) => g.offerId)).toEqual(["a"]);
    expect(explain(got[0]?.reasons ?? [], words, "nl")).toBe("in dezelfde buurt, kan op 1 van de dagen, spreekt Turks, 1 van 2 deze maand");
  });
});
