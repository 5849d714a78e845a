import type { Prisma } from "@zorgzaam/core/plugin";
import { sql } from "@zorgzaam/core/plugin";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTOR_KINDS, RELATIONSHIP_STATUSES } from "../domain";
import { actorScope, actorScopeSql, coarsen, type PartnersCtx } from "./access";
import { type ActorFilters, actorSql, actorWhere } from "./filters";
import { unpackPoints } from "./map/codec";
import { closeAll, codeOf, createTenant, ownerDb, partners, setEnabled, type TenantFixture, type UserFixture } from "./test-support";

/**
 * The map area: the same filter gives the same actors on the map and in the list; key figures' points are coarse
 * without the key-figure permission; an actor private to one organisation, another tenant's actors and archived
 * actors never show up; a disabled module answers NOT_FOUND.
 */
let A: TenantFixture;
let B: TenantFixture;
let C: TenantFixture;
const ids: Record<string, string> = {};

type Row = Prisma.PartnersActorUncheckedCreateInput;

async function actor(key: string, tenantId: string, data: Omit<Row, "tenantId">) {
  const a = await ownerDb().partnersActor.create({ data: { tenantId, ...data }, select: { id: true } });
  ids[key] = a.id;
}

beforeAll(async () => {
  [A, B, C] = await Promise.all([createTenant({ tag: "map-a" }), createTenant({ tag: "map-b" }), createTenant({ tag: "map-c" })]);
  await Promise.all([setEnabled(A.id, true), setEnabled(B.id, true), setEnabled(C.id, true)]);
  const [org0, org1] = [A.organisations[0].id, A.organisations[1].id];
  const [nbh0, nbh1] = [A.neighbourhoods[0].id, A.neighbourhoods[1].id];
  await actor("doctor", A.id, {
    name: "Huisartsenpraktijk De Markt",
    kind: "service",
    sectorKeys: ["health", "elderly"],
    status: "intensive",
    formal: true,
    lat: 50.881234,
    lng: 4.701234,
    address: "Markt 12",
    neighbourhoodIds: [nbh0],
    tags: ["ouderen"],
    organisationId: org0,
  });
  await actor("bakery", A.id, {
    name: "Bakkerij Van Dyck",
    kind: "business",
    sectorKeys: ["food"],
    status: "dormant",
    formal: false,
    lat: 50.8822,
    lng: 4.7055,
    address: "Kerkstraat 3",
    neighbourhoodIds: [nbh1],
    organisationId: org1,
  });
  await actor("bank", A.id, {
    name: "Bankkantoor Markt",
    kind: "place",
    sectorKeys: ["shops"],
    status: "let_go",
    missing: true,
    missingNote: "Gesloten sinds 2023",
    lat: 50.8801,
    lng: 4.7002,
    neighbourhoodIds: [nbh0],
  });
  await actor("club", A.id, {
    name: "Okra Zonnedal",
    kind: "association",
    sectorKeys: ["elderly"],
    status: "not_contacted",
    formal: false,
    neighbourhoodIds: [nbh0, nbh1],
    tags: ["ouderen", "koffie"],
  });
  await actor("imam", A.id, {
    name: "Imam van moskee Al Nour",
    kind: "key_figure",
    sectorKeys: ["religion"],
    status: "occasional",
    formal: false,
    lat: 50.873456,
    lng: 4.712347,
    address: "Moskeestraat 5",
    postcode: "3000",
    neighbourhoodIds: [nbh1],
  });
  await actor("private", A.id, {
    name: "Intern overleg OCMW",
    kind: "organisation",
    sectorKeys: ["welfare"],
    status: "intensive",
    lat: 50.8799,
    lng: 4.6999,
    organisationId: org0,
    visibility: "organisation",
    neighbourhoodIds: [nbh0],
  });
  await actor("archived", A.id, {
    name: "Repair Café (gearchiveerd)",
    kind: "citizen_initiative",
    sectorKeys: ["neighbourhood"],
    status: "let_go",
    lat: 50.88,
    lng: 4.7,
    archivedAt: new Date(),
  });
  await actor("otherTenant", B.id, {
    name: "Huisartsenpraktijk Andere Gemeente",
    kind: "service",
    sectorKeys: ["health"],
    status: "intensive",
    lat: 50.85,
    lng: 4.35,
  });
});

afterAll(async () => {
  await closeAll();
});

const NAMES = ["doctor", "bakery", "bank", "club", "imam", "private"] as const;
type Key = (typeof NAMES)[number];
const WITHOUT_POINT: readonly Key[] = ["club"];

/** Ids on the map, ids in the (whole) list, and the number without a point, for one member and one filter. */
async function both(user: UserFixture, tenant: TenantFixture, filters: Partial<ActorFilters>) {
  const api = partners(user, tenant);
  const f = { missing: "include" as const, ...filters };
  const [p, l] = await Promise.all([api.map.points({ filters: f }), api.map.list({ filters: f, pageSize: 200 })]);
  return {
    map: new Set(unpackPoints(p.points).map((x) => x.id)),
    list: new Set(l.items.map((x) => x.id)),
    withoutPoint: p.withoutPoint,
    unplaced: p.unplaced.map((x) => x.id),
    total: l.total,
  };
}

const keysOf = (set: Set<string>) =>
  [...set]
    .map((id) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? `?${id}`)
    .sort()
    .join(",");

describe("map filters", () => {
  it("each filter narrows the points and the list alike", async () => {
    const cases: [string, Partial<ActorFilters>, Key[]][] = [
      ["no filter", {}, [...NAMES]],
      ["sector", { sectors: ["elderly"] }, ["doctor", "club"]],
      ["two sectors", { sectors: ["food", "religion"] }, ["bakery", "imam"]],
      ["kind", { kinds: ["place", "key_figure"] }, ["bank", "imam"]],
      ["formal", { formal: true }, ["doctor", "bank", "private"]],
      ["informal", { formal: false }, ["bakery", "club", "imam"]],
      ["status", { statuses: ["intensive"] }, ["doctor", "private"]],
      ["statuses", { statuses: ["dormant", "let_go"] }, ["bakery", "bank"]],
      ["neighbourhood", { neighbourhoodId: A.neighbourhoods[1].id }, ["bakery", "club", "imam"]],
      ["tag", { tags: ["Ouderen"] }, ["doctor", "club"]],
      ["missing only", { missing: "only" }, ["bank"]],
      ["missing excluded", { missing: "exclude" }, ["doctor", "bakery", "club", "imam", "private"]],
      ["search", { q: "markt" }, ["doctor", "bank"]],
      ["organisation", { organisationId: A.organisations[1].id }, ["bakery"]],
      ["combined", { sectors: ["elderly"], neighbourhoodId: A.neighbourhoods[0].id, formal: false }, ["club"]],
      ["nothing", { statuses: ["occasional"], kinds: ["school"] }, []],
    ];
    let ran = 0;
    for (const [label, filters, expected] of cases) {
      const r = await both(A.users.regie, A, filters);
      const want = new Set(expected.map((k) => ids[k] as string));
      const onMap = new Set(expected.filter((k) => !WITHOUT_POINT.includes(k)).map((k) => ids[k] as string));
      expect(keysOf(r.list), `list: ${label}`).toBe(keysOf(want));
      expect(keysOf(r.map), `map: ${label}`).toBe(keysOf(onMap));
      expect(r.total, `total: ${label}`).toBe(want.size);
      expect(r.withoutPoint, `without point: ${label}`).toBe(want.size - onMap.size);
      // The actors without a point are listed by name (all of them here: fewer than the 50 listed).
      expect(new Set(r.unplaced), `unplaced: ${label}`).toEqual(new Set([...want].filter((id) => !onMap.has(id))));
      // The map and the list agree: every point is in the list, the rest of the list has no point.
      expect(
        [...r.map].every((id) => r.list.has(id)),
        `map within list: ${label}`,
      ).toBe(true);
      ran++;
    }
    expect(ran).toBe(cases.length);
  });

  it("pack every point with its status, kind, first sector and flags", async () => {
    const p = unpackPoints((await partners(A.users.regie, A).map.points({})).points);
    const byId = new Map(p.map((x) => [x.id, x]));
    expect(byId.get(ids.doctor as string)).toMatchObject({ status: "intensive", kind: "service", sector: "health", missing: false });
    expect(byId.get(ids.bank as string)).toMatchObject({ status: "let_go", kind: "place", sector: "shops", missing: true });
    expect(byId.get(ids.doctor as string)?.lat).toBeCloseTo(50.88123, 5);
    // Named, so that markers are named by the actor.
    expect(p.every((x) => x.name.length > 0)).toBe(true);
  });
});

describe("visibility", () => {
  it("key figures: exact point and address with the key-figure permission, coarse and without address otherwise", async () => {
    const regie = partners(A.users.regie, A);
    const admin = partners(A.users.admin, A); // admin sees the map but not key figures' details (default grants)
    const exact = unpackPoints((await regie.map.points({})).points).find((x) => x.id === ids.imam);
    const coarse = unpackPoints((await admin.map.points({})).points).find((x) => x.id === ids.imam);
    expect(exact).toMatchObject({ lat: 50.87346, lng: 4.71235, coarsened: false });
    expect(coarse).toMatchObject({ lat: coarsen(50.873456), lng: coarsen(4.712347), coarsened: true });
    expect(coarse?.lat).not.toBe(exact?.lat);
    // Other kinds are exact for everyone.
    const doctor = unpackPoints((await admin.map.points({})).points).find((x) => x.id === ids.doctor);
    expect(doctor).toMatchObject({ lat: 50.88123, coarsened: false });

    const listed = async (api: typeof regie) =>
      (await api.map.list({ filters: { kinds: ["key_figure"], missing: "include" } })).items.find((x) => x.id === ids.imam);
    expect(await listed(regie)).toMatchObject({ address: "Moskeestraat 5", postcode: "3000" });
    expect(await listed(admin)).toMatchObject({ address: null, postcode: null });

    // A street name does not tell who lives there: the address search skips key figures for members without the right.
    const byStreet = async (api: typeof regie) =>
      (await api.map.list({ filters: { q: "Moskeestraat", missing: "include" } })).items.map((x) => x.id);
    expect(await byStreet(regie)).toContain(ids.imam);
    expect(await byStreet(admin)).not.toContain(ids.imam);
    expect(unpackPoints((await admin.map.points({ filters: { q: "Moskeestraat", missing: "include" } })).points)).toHaveLength(0);

    const card = await admin.map.card({ id: ids.imam as string });
    expect(card).toMatchObject({
      address: null,
      postcode: null,
      pointCoarsened: true,
      point: { lat: coarsen(50.873456), lng: coarsen(4.712347) },
    });
    expect(await regie.map.card({ id: ids.imam as string })).toMatchObject({
      address: "Moskeestraat 5",
      pointCoarsened: false,
      point: { lat: 50.873456, lng: 4.712347 },
    });
  });

  it("an actor private to organisation X is absent for a partner of organisation Y, and its card is NOT_FOUND", async () => {
    const privateId = ids.private as string;
    const partner = await both(A.users.partner, A, {});
    expect(partner.map.has(privateId)).toBe(false);
    expect(partner.list.has(privateId)).toBe(false);
    expect(partner.total).toBe(NAMES.length - 1);
    expect(await codeOf(partners(A.users.partner, A).map.card({ id: privateId }))).toBe("NOT_FOUND");
    // Within the same filter too (a filter cannot widen the scope).
    const filtered = await both(A.users.partner, A, { statuses: ["intensive"], organisationId: A.organisations[0].id });
    expect(keysOf(filtered.list)).toBe("doctor");
    // The owning organisation's members do see it.
    const regie = await both(A.users.regie, A, {});
    expect(regie.map.has(privateId) && regie.list.has(privateId)).toBe(true);
    expect((await partners(A.users.regie, A).map.card({ id: privateId })).name).toBe("Intern overleg OCMW");
  });

  it("another tenant's and archived actors never appear; another tenant's id is NOT_FOUND", async () => {
    const r = await both(A.users.regie, A, {});
    for (const k of ["otherTenant", "archived"]) {
      expect(r.map.has(ids[k] as string), k).toBe(false);
      expect(r.list.has(ids[k] as string), k).toBe(false);
    }
    expect(await codeOf(partners(A.users.regie, A).map.card({ id: ids.otherTenant as string }))).toBe("NOT_FOUND");
    expect(await codeOf(partners(B.users.regie, B).map.card({ id: ids.doctor as string }))).toBe("NOT_FOUND");
    const inB = await both(B.users.regie, B, {});
    expect(keysOf(inB.list)).toBe("otherTenant");
    expect(keysOf(inB.map)).toBe("otherTenant");
    // A neighbourhood of another tenant filters to nothing (it is not in this tenant).
    expect((await both(B.users.regie, B, { neighbourhoodId: A.neighbourhoods[0].id })).total).toBe(0);
  });

  it("the list says who may edit: own organisation or the partnership's, and only with the manage permission", async () => {
    const mine = (await partners(A.users.regie, A).map.list({ pageSize: 200 })).items;
    const edit = Object.fromEntries(mine.map((i) => [keysOf(new Set([i.id])), i.mayEdit]));
    expect(edit).toEqual({ doctor: true, bakery: false, bank: true, club: true, imam: true, private: true });
    const theirs = (await partners(A.users.partner, A).map.list({ pageSize: 200 })).items;
    expect(theirs.length).toBe(NAMES.length - 1);
    expect(theirs.every((i) => i.mayEdit === false)).toBe(true);
  });
});

describe("list", () => {
  it("pages and sorts, with names of organisations and neighbourhoods", async () => {
    const api = partners(A.users.regie, A);
    const p1 = await api.map.list({ pageSize: 4, page: 1 });
    const p2 = await api.map.list({ pageSize: 4, page: 2 });
    expect(p1.total).toBe(NAMES.length);
    expect(p1.pages).toBe(2);
    expect(p1.items.length).toBe(4);
    expect(p2.items.length).toBe(NAMES.length - 4);
    expect(new Set([...p1.items, ...p2.items].map((i) => i.id)).size).toBe(NAMES.length);
    const names = [...p1.items, ...p2.items].map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const doctor = p1.items.find((i) => i.id === ids.doctor);
    expect(doctor).toMatchObject({
      organisationName: A.organisations[0].name,
      neighbourhoods: [A.neighbourhoods[0].name],
      hasPoint: true,
      sectorKeys: ["health", "elderly"],
    });
    const club = [...p1.items, ...p2.items].find((i) => i.id === ids.club);
    expect(club).toMatchObject({ hasPoint: false, organisationName: null });
    expect(club?.neighbourhoods.sort()).toEqual([A.neighbourhoods[0].name, A.neighbourhoods[1].name].sort());

    await ownerDb().partnersActor.update({ where: { id: ids.bank as string }, data: { updatedAt: new Date(Date.now() + 60_000) } });
    expect((await api.map.list({ sort: "updated", pageSize: 1 })).items[0]?.id).toBe(ids.bank);
  });

  it("refuses bad paging with a clear message", async () => {
    const api = partners(A.users.regie, A);
    expect(await codeOf(api.map.list({ pageSize: 1000 }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.map.list({ page: 0 }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.map.points({ filters: { statuses: ["friends" as "intensive"], missing: "include" } }))).toBe("BAD_REQUEST");
  });
});

describe("config and card", () => {
  it("gives the tenant's base map, neighbourhoods with boundaries and sectors (archived ones flagged)", async () => {
    const boundary = {
      type: "Polygon",
      coordinates: [
        [
          [4.69, 50.87],
          [4.71, 50.87],
          [4.71, 50.89],
          [4.69, 50.87],
        ],
      ],
    };
    await ownerDb().tenant.update({
      where: { id: A.id },
      data: {
        mapBaseMap: "custom",
        mapStyleUrl: "https://tiles.example.test/style.json",
        mapCenterLat: 50.88,
        mapCenterLng: 4.7,
        mapZoom: 14,
      },
    });
    await ownerDb().neighbourhood.update({ where: { id: A.neighbourhoods[0].id }, data: { boundary } });
    await ownerDb().partnersSector.updateMany({ where: { tenantId: A.id, key: "sport" }, data: { archived: true } });
    const c = await partners(A.users.partner, A).map.config();
    expect(c.map).toEqual({
      baseMap: { kind: "style", id: "custom", url: "https://tiles.example.test/style.json" },
      center: { lat: 50.88, lng: 4.7 },
      zoom: 14,
      // The box of the neighbourhoods' boundaries: where the tenant's maps open.
      area: [4.69, 50.87, 4.71, 50.89],
      // Whether GEOCODER_URL is set (core's address-search.int.test.ts checks both ways).
      addressSearch: expect.any(Boolean),
    });
    expect(c.neighbourhoods.map((n) => n.id).sort()).toEqual([A.neighbourhoods[0].id, A.neighbourhoods[1].id].sort());
    expect(c.neighbourhoods.find((n) => n.id === A.neighbourhoods[0].id)?.boundary).toEqual(boundary);
    expect(c.neighbourhoods.find((n) => n.id === A.neighbourhoods[1].id)?.boundary).toBeNull();
    expect(c.sectors.length).toBeGreaterThan(10);
    expect(c.sectors.find((s) => s.key === "sport")).toMatchObject({ archived: true, nl: "Sport en beweging" });
    expect(c.sectors.find((s) => s.key === "health")).toMatchObject({ archived: false, color: "#b91c1c" });
    expect(c.canManage).toBe(false);
    expect((await partners(A.users.regie, A).map.config()).canManage).toBe(true);
    // Only this tenant's neighbourhoods.
    expect((await partners(B.users.regie, B).map.config()).neighbourhoods.map((n) => n.id).sort()).toEqual(
      [B.neighbourhoods[0].id, B.neighbourhoods[1].id].sort(),
    );
  });

  it("shows what a point's card needs", async () => {
    const c = await partners(A.users.partner, A).map.card({ id: ids.bank as string });
    expect(c).toMatchObject({
      name: "Bankkantoor Markt",
      kind: "place",
      status: "let_go",
      missing: true,
      missingNote: "Gesloten sinds 2023",
      organisationName: null,
      neighbourhoods: [A.neighbourhoods[0].name],
      mayEdit: false,
      archived: false,
    });
  });
});

describe("the two forms of the filters and the visibility rule (filters.ts, access.ts)", () => {
  it("selects exactly what actorWhere selects, for generated filter combinations and members", async () => {
    // Two more actors whose names hold LIKE wildcards ("%", "_"), so that searches with them mean something.
    await actor("percent", A.id, { name: "Korting 50% bij Café_De Hoek", kind: "business", vindplaats: true, tags: ["koffie"] });
    await actor("underscore", A.id, { name: "Café De Hoek", kind: "business", address: "Markt 1", city: "Zonnedal" });
    const [org0, org1] = [A.organisations[0].id, A.organisations[1].id];
    const [nbh0, nbh1] = [A.neighbourhoods[0].id, A.neighbourhoods[1].id];
    // Each filter is left out three times in four, so that combinations still select actors.
    const sometimes = <T>(arb: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });
    const optionalList = <T>(values: readonly T[]) => sometimes(fc.subarray([...values]));
    const filters = fc.record({
      q: sometimes(fc.constantFrom("markt", "MARKT", "50%", "%", "_", "é_", "café_de", "ouderen", "zonnedal", "nergens")),
      sectors: optionalList(["health", "elderly", "food", "religion", "shops", "welfare", "sport"]),
      kinds: optionalList(ACTOR_KINDS),
      formal: sometimes(fc.boolean()),
      statuses: optionalList(RELATIONSHIP_STATUSES),
      neighbourhoodId: sometimes(fc.constantFrom(nbh0, nbh1, B.neighbourhoods[0].id)),
      tags: optionalList(["ouderen", "Koffie", "onbekend"]),
      missing: fc.constantFrom("include" as const, "include" as const, "only" as const, "exclude" as const),
      vindplaats: sometimes(fc.boolean()),
      organisationId: sometimes(fc.constantFrom(org0, org1)),
    });
    const member = fc.constantFrom(org0, org1, null);
    let ran = 0;
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(filters, member, fc.boolean(), async (f, organisationId, seesKeyFigures) => {
        const permissions = new Set(seesKeyFigures ? ["partners.keyfigures.view"] : []);
        const ctx = { membership: { organisationId }, tenant: { id: A.id }, permissions } as PartnersCtx;
        const viaPrisma = await ownerDb().partnersActor.findMany({
          // The owner is not limited by row-level security: the tenant is written out here (actorSql has it).
          where: { AND: [actorWhere(ctx, f as ActorFilters), { tenantId: A.id }] },
          select: { id: true },
        });
        const viaSql = await ownerDb().$queryRaw<{ id: string }[]>(
          sql`SELECT a."id"::text AS "id" FROM "PartnersActor" a WHERE ${actorSql(ctx, f as ActorFilters)}`,
        );
        expect(viaSql.map((r) => r.id).sort()).toEqual(viaPrisma.map((r) => r.id).sort());
        ran++;
        if (viaPrisma.length) nonEmpty++;
      }),
      { numRuns: 150, seed: 20261124 },
    );
    expect(ran).toBe(150);
    // Not vacuous: many combinations select something.
    expect(nonEmpty).toBeGreaterThan(20);
    // The visibility rule alone, with and without archived actors, for each kind of member: both forms agree, and the
    // cases differ (an archived actor, another organisation's private actor), so the comparison means something.
    const seen = new Set<string>();
    for (const organisationId of [org0, org1, null]) {
      for (const archived of [false, true]) {
        const ctx = { membership: { organisationId } };
        const viaPrisma = await ownerDb().partnersActor.findMany({
          where: { AND: [actorScope(ctx, { archived }), { tenantId: A.id }] },
          select: { id: true },
        });
        const viaSql = await ownerDb().$queryRaw<{ id: string }[]>(
          sql`SELECT a."id"::text AS "id" FROM "PartnersActor" a WHERE a."tenantId" = ${A.id}::uuid AND ${actorScopeSql(ctx, { archived })}`,
        );
        const selected = viaPrisma.map((r) => r.id).sort();
        expect(viaSql.map((r) => r.id).sort()).toEqual(selected);
        seen.add(selected.join());
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
    // Search text is literal: "_" and "%" match those characters only, in both forms.
    const api = partners(A.users.regie, A);
    const found = async (q: string) =>
      (await api.map.list({ filters: { q, missing: "include" }, pageSize: 200 })).items.map((x) => x.id).sort();
    expect(await found("café_de")).toEqual([ids.percent]);
    expect(await found("50%")).toEqual([ids.percent]);
    expect(await found("_")).toEqual([ids.percent]);
    expect(unpackPoints((await api.map.points({ filters: { q: "café_de", missing: "include" } })).points).map((x) => x.id)).toEqual(
      unpackPoints((await api.map.points({ filters: { q: "café_de", missing: "include" } })).points)
        .filter((x) => x.id === ids.percent)
        .map((x) => x.id),
    );
    await ownerDb().partnersActor.deleteMany({ where: { id: { in: [ids.percent as string, ids.underscore as string] } } });
  });
});

describe("module switched off", () => {
  it("answers NOT_FOUND for every map procedure", async () => {
    await setEnabled(C.id, false);
    const api = partners(C.users.regie, C);
    const codes = await Promise.all([
      codeOf(api.map.config()),
      codeOf(api.map.points({})),
      codeOf(api.map.list({})),
      codeOf(api.map.card({ id: ids.doctor as string })),
    ]);
    expect(codes).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"]);
  });
});
