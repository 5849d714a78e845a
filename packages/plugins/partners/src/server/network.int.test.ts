/**
 * The network area: the graph (nodes, edges, degree, betweenness, bridges) for a known network, the filters, the
 * visibility rule between organisations, the changes between two dates, the gaps page with the dormant setting; other
 * tenants' rows never appear and a disabled module answers NOT_FOUND.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brusselsDay } from "./network/dates";
import { nlText } from "./errors";
import { closeAll, codeOf, createTenant, makeActor, messageOf, ownerDb, partners, setEnabled, type TenantFixture } from "./test-support";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

let A: TenantFixture;
let B: TenantFixture;

/** The known network of tenant A (ids by name). */
const a: Record<string, string> = {};

async function link(
  tenantId: string,
  from: string,
  to: string,
  type = "gives_access_to",
  extra: { createdAt?: Date; removedAt?: Date } = {},
) {
  return ownerDb().partnersLink.create({ data: { tenantId, fromActorId: from, toActorId: to, type, ...extra }, select: { id: true } });
}

async function knows(
  tenantId: string,
  actorId: string,
  who: { userId?: string; personId?: string },
  extra: { createdAt?: Date; removedAt?: Date; strength?: string } = {},
) {
  return ownerDb().partnersAcquaintance.create({
    data: { tenantId, actorId, userId: who.userId ?? null, personId: who.personId ?? null, strength: extra.strength ?? "knows", ...extra },
    select: { id: true },
  });
}

beforeAll(async () => {
  [A, B] = await Promise.all([createTenant({ tag: "net-a" }), createTenant({ tag: "net-b" })]);
  await Promise.all([setEnabled(A.id, true), setEnabled(B.id, true)]);
  const [org0, org1] = A.organisations;
  const mk = async (key: string, data: Parameters<typeof makeActor>[1]) => {
    a[key] = (await makeActor(A.id, { organisationId: org0.id, ...data })).id;
  };
  // Our organisation works with the GP practice and the imam; the imam alone opens three groups.
  await mk("gp", { name: "Huisartsen Markt", status: "intensive", sectorKeys: ["health"] });
  await mk("imam", { name: "Imam Al Nour", kind: "key_figure", status: "occasional", sectorKeys: ["religion"], personId: A.people[2].id });
  await mk("women", { name: "Vrouwengroep", kind: "self_organisation", status: "not_contacted", sectorKeys: ["religion", "welfare"] });
  await mk("homework", { name: "Huiswerkklas", kind: "citizen_initiative", status: "not_contacted", sectorKeys: ["religion"] });
  await mk("turkish", { name: "Turkse vereniging", kind: "association", status: "not_contacted", sectorKeys: ["religion"] });
  // A place nobody in the organisations works with; the field worker knows it, and so does a resident.
  await mk("laundry", { name: "Wasserette", kind: "place", status: "not_contacted", sectorKeys: ["neighbourhood"], organisationId: null });
  // Private to organisation X (org0), linked to the GP practice; the partner (organisation Y) must never see it.
  await mk("internal", {
    name: "Intern casusoverleg",
    kind: "service",
    status: "intensive",
    sectorKeys: ["welfare"],
    visibility: "organisation",
  });
  // Shared by organisation Y.
  await mk("youth", { name: "Jeugdhuis Y", kind: "association", status: "occasional", sectorKeys: ["youth"], organisationId: org1.id });
  // Archived: never in the graph.
  a.gone = (
    await ownerDb().partnersActor.create({
      data: {
        tenantId: A.id,
        name: "Opgeheven vzw",
        kind: "association",
        status: "occasional",
        organisationId: org0.id,
        archivedAt: new Date(),
      },
      select: { id: true },
    })
  ).id;

  for (const to of ["women", "homework", "turkish"]) await link(A.id, a.imam as string, a[to] as string);
  await link(A.id, a.gp as string, a.internal as string, "works_with");
  await link(A.id, a.youth as string, a.gp as string, "works_with");
  await link(A.id, a.gp as string, a.gone as string, "works_with");
  // A removed link stays out of the graph.
  await link(A.id, a.laundry as string, a.women as string, "other", { removedAt: daysAgo(1) });
  await knows(A.id, a.laundry as string, { userId: A.users.field_worker.id });
  await knows(A.id, a.imam as string, { userId: A.users.field_worker.id }, { strength: "good_contact" });
  await knows(A.id, a.internal as string, { userId: A.users.regie.id });
  await knows(A.id, a.laundry as string, { personId: A.people[0].id });

  // Tenant B has its own network with the same shape; none of it may leak into A.
  const bImam = await makeActor(B.id, { name: "Imam B", kind: "key_figure", status: "occasional", organisationId: B.organisations[0].id });
  const bGroup = await makeActor(B.id, { name: "Groep B", status: "not_contacted", organisationId: B.organisations[0].id });
  await link(B.id, bImam.id, bGroup.id);
  await knows(B.id, bImam.id, { userId: B.users.field_worker.id });
  a.bImam = bImam.id;
});

afterAll(async () => {
  await closeAll();
});

const actorNode = (id: string | undefined) => `actor:${id}`;

describe("network graph", () => {
  it("has our organisations, the partnership, members, a resident and the visible actors, with typed edges", async () => {
    const g = await partners(A.users.regie, A).network.graph({});
    const ids = (kind: string) => g.nodes.filter((n) => n.kind === kind).map((n) => n.id);
    expect(ids("organisation").sort()).toEqual([`org:${A.organisations[0].id}`, `org:${A.organisations[1].id}`].sort());
    expect(g.nodes.find((n) => n.id === `org:${A.organisations[0].id}`)?.mine).toBe(true);
    expect(ids("partnership")).toEqual(["partnership"]);
    expect(ids("member").sort()).toEqual([`member:${A.users.field_worker.id}`, `member:${A.users.regie.id}`].sort());
    expect(ids("person")).toEqual(["person:1"]);
    expect(ids("actor").sort()).toEqual(
      ["gp", "imam", "women", "homework", "turkish", "laundry", "internal", "youth"].map((k) => actorNode(a[k])).sort(),
    );
    const count = (kind: string) => g.edges.filter((e) => e.kind === kind).length;
    // 8 relationships (one per actor), 5 current links among visible, non-archived actors, 4 acquaintances, 2 members.
    expect([count("relationship"), count("link"), count("acquaintance"), count("membership")]).toEqual([8, 5, 4, 2]);
    expect(g.edges.find((e) => e.id === `rel:${a.laundry}`)).toMatchObject({ source: "partnership", status: "not_contacted" });
    expect(g.edges.find((e) => e.kind === "link" && e.source === actorNode(a.imam) && e.target === actorNode(a.women))?.linkType).toBe(
      "gives_access_to",
    );
    expect(g.edges.find((e) => e.kind === "acquaintance" && e.target === actorNode(a.imam))?.strength).toBe("good_contact");
    // Every edge joins two nodes of the graph.
    const nodeIds = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
    // The regie may see key figures' details: the resident is named; the imam's degree counts its 5 neighbours.
    expect(g.seesPeople).toBe(true);
    expect(g.nodes.find((n) => n.kind === "person")?.label).toBe(`Persoon0 ${A.slug}`);
    expect(g.nodes.find((n) => n.id === actorNode(a.imam))?.degree).toBe(5);
    expect(g.truncated).toBe(false);
  });

  it("reports the key figure who is the only link to three actors as the first bridge, reaching 3", async () => {
    const g = await partners(A.users.regie, A).network.graph({});
    const node = (id: string) => g.nodes.find((n) => n.id === id);
    expect(g.bridges[0]).toBe(actorNode(a.imam));
    expect(node(actorNode(a.imam))?.bridgeTo.sort()).toEqual([a.women, a.homework, a.turkish].map(actorNode).sort());
    // The field worker is the only one who reaches the laundrette (not contacted), and through it the resident.
    expect(node(`member:${A.users.field_worker.id}`)?.bridgeTo).toEqual([actorNode(a.laundry)]);
    expect(g.bridges).toHaveLength(2);
    expect(g.unreached).toEqual([]);
    // The imam lies on many shortest routes; a group it opens lies on none.
    expect(node(actorNode(a.imam))?.betweenness).toBeGreaterThan(0.05);
    expect(node(actorNode(a.women))?.betweenness).toBe(0);
    // Without members, nobody reaches the laundrette: it is unreached, and the field worker no longer a bridge.
    const without = await partners(A.users.regie, A).network.graph({ members: false });
    expect(without.unreached).toEqual([actorNode(a.laundry)]);
    expect(without.bridges).toEqual([actorNode(a.imam)]);
    expect(without.nodes.some((n) => n.kind === "member")).toBe(false);
  });

  it("is narrowed by the same filters as the map", async () => {
    const api = partners(A.users.regie, A);
    const religion = await api.network.graph({ filters: { sectors: ["religion"], missing: "include" } });
    expect(
      religion.nodes
        .filter((n) => n.kind === "actor")
        .map((n) => n.actorId)
        .sort(),
    ).toEqual([a.imam, a.women, a.homework, a.turkish].sort());
    expect(religion.edges.filter((e) => e.kind === "link")).toHaveLength(3);
    expect(religion.nodes.some((n) => n.kind === "person")).toBe(false);
    const kf = await api.network.graph({ filters: { kinds: ["key_figure"], missing: "include" }, persons: false });
    expect(kf.nodes.filter((n) => n.kind === "actor").map((n) => n.actorId)).toEqual([a.imam]);
    expect(kf.edges.filter((e) => e.kind === "link")).toHaveLength(0);
    const none = await api.network.graph({ filters: { q: "bestaat-niet-xyz", missing: "include" } });
    expect(none.nodes.filter((n) => n.kind === "actor")).toHaveLength(0);
    expect(none.bridges).toEqual([]);
  });

  it("never shows organisation X's private actor to a partner of organisation Y, nor an edge to it", async () => {
    const mine = await partners(A.users.regie, A).network.graph({});
    expect(mine.nodes.some((n) => n.actorId === a.internal)).toBe(true);
    const theirs = await partners(A.users.partner, A).network.graph({});
    expect(theirs.nodes.some((n) => n.actorId === a.internal)).toBe(false);
    expect(theirs.edges.some((e) => e.source === actorNode(a.internal) || e.target === actorNode(a.internal))).toBe(false);
    expect(JSON.stringify(theirs)).not.toContain(a.internal as string);
    // The regie knows only the private actor: for the partner the regie is not in the graph either.
    expect(theirs.nodes.some((n) => n.id === `member:${A.users.regie.id}`)).toBe(false);
    expect(theirs.nodes.filter((n) => n.kind === "actor")).toHaveLength(7);
    // The partner may not see key figures' details: the resident is a number, and no Person id leaves the server.
    expect(theirs.seesPeople).toBe(false);
    const person = theirs.nodes.find((n) => n.kind === "person");
    expect([person?.label, person?.personNumber]).toEqual([null, 1]);
    expect(JSON.stringify(theirs)).not.toContain(A.people[0].id);
    expect(JSON.stringify(theirs)).not.toContain(A.people[2].id);
  });

  it("never shows another tenant's rows", async () => {
    const g = await partners(A.users.regie, A).network.graph({});
    expect(JSON.stringify(g)).not.toContain(a.bImam as string);
    expect(JSON.stringify(g)).not.toContain(B.organisations[0].id);
    const gb = await partners(B.users.regie, B).network.graph({});
    expect(gb.nodes.filter((n) => n.kind === "actor").map((n) => n.label)).toEqual(["Groep B", "Imam B"].sort());
    for (const id of Object.values(a).filter((x) => x !== a.bImam)) expect(JSON.stringify(gb)).not.toContain(id);
    // A filter naming another tenant's neighbourhood finds nothing.
    const foreign = await partners(A.users.regie, A).network.graph({
      filters: { neighbourhoodId: B.neighbourhoods[0].id, missing: "include" },
    });
    expect(foreign.nodes.filter((n) => n.kind === "actor")).toHaveLength(0);
  });
});

describe("network changes", () => {
  let C: TenantFixture;
  const c: Record<string, string> = {};
  beforeAll(async () => {
    C = await createTenant({ tag: "net-c" });
    await setEnabled(C.id, true);
    const db = ownerDb();
    const org = C.organisations[0].id;
    const actor = async (key: string, name: string, created: number, status: string, extra: object = {}) => {
      c[key] = (
        await db.partnersActor.create({
          data: { tenantId: C.id, name, kind: "association", status, organisationId: org, createdAt: daysAgo(created), ...extra },
          select: { id: true },
        })
      ).id;
    };
    const change = (key: string, kind: string, statusAfter: string, ago: number) =>
      db.partnersActorChange.create({ data: { tenantId: C.id, actorId: c[key] as string, kind, statusAfter, at: daysAgo(ago) } });
    // Old: not contacted for a long time, an occasional partner since 50 days.
    await actor("old", "Oude bekende", 200, "occasional");
    await change("old", "created", "not_contacted", 200);
    await change("old", "status", "occasional", 50);
    // New: added 20 days ago.
    await actor("new", "Nieuwe buurtwerking", 20, "intensive");
    await change("new", "created", "intensive", 20);
    // Gone: archived 10 days ago.
    await actor("gone", "Gestopte club", 300, "dormant", { archivedAt: daysAgo(10) });
    await change("gone", "created", "occasional", 300);
    await change("gone", "status", "dormant", 100);
    await change("gone", "archived", "dormant", 10);
    // Steady: unchanged for a year.
    await actor("steady", "Vaste partner", 365, "intensive");
    await change("steady", "created", "intensive", 365);
    // Private to the other organisation, added and changed in the period: the partner of Y would see it, X not.
    await actor("privY", "Intern Y", 30, "intensive", { organisationId: C.organisations[1].id, visibility: "organisation" });
    await change("privY", "created", "occasional", 30);
    await change("privY", "status", "intensive", 5);

    await link(C.id, c.old as string, c.steady as string, "works_with", { createdAt: daysAgo(30) });
    await link(C.id, c.gone as string, c.steady as string, "works_with", { createdAt: daysAgo(150), removedAt: daysAgo(12) });
    await link(C.id, c.privY as string, c.steady as string, "works_with", { createdAt: daysAgo(25) });
    await knows(C.id, c.new as string, { userId: C.users.field_worker.id }, { createdAt: daysAgo(15) });
    await knows(C.id, c.old as string, { personId: C.people[0].id }, { createdAt: daysAgo(120), removedAt: daysAgo(3) });
  });

  it("lists what was added, archived, changed status, linked and unlinked between two dates, with both snapshots", async () => {
    const r = await partners(C.users.regie, C).network.changes({ from: brusselsDay(daysAgo(60)), to: brusselsDay(new Date()) });
    expect(r.counts).toEqual({
      added: 1,
      archived: 1,
      statusChanges: 1,
      linksAdded: 1,
      linksRemoved: 1,
      acquaintancesAdded: 1,
      acquaintancesRemoved: 1,
    });
    expect(r.added.map((x) => [x.id, x.status])).toEqual([[c.new, "intensive"]]);
    expect(r.archived.map((x) => x.id)).toEqual([c.gone]);
    expect(r.statusChanges).toEqual([{ id: c.old, name: "Oude bekende", kind: "association", from: "not_contacted", to: "occasional" }]);
    expect(r.links.added.map((l) => [l.from.id, l.to.id])).toEqual([[c.old, c.steady]]);
    expect(r.links.removed.map((l) => l.from.id)).toEqual([c.gone]);
    expect(r.acquaintances.added[0]?.who).toEqual({ kind: "member", name: expect.any(String) });
    // The regie may see who the resident is; the tie ended in the period.
    expect(r.acquaintances.removed[0]?.who).toEqual({ kind: "person", name: `Persoon0 ${C.slug}` });
    expect(r.summary.from).toMatchObject({
      actors: 3,
      byStatus: { intensive: 1, occasional: 0, dormant: 1, not_contacted: 1, let_go: 0 },
      links: 1,
      acquaintances: 1,
    });
    expect(r.summary.to).toMatchObject({
      actors: 3,
      byStatus: { intensive: 2, occasional: 1, dormant: 0, not_contacted: 0, let_go: 0 },
      links: 1,
      acquaintances: 1,
    });
    // The private actor of organisation Y never appears for organisation X.
    expect(JSON.stringify(r)).not.toContain(c.privY as string);
  });

  it("shows the network as it was on earlier dates, and the other organisation's own actor to its members", async () => {
    const early = await partners(C.users.regie, C).network.changes({ from: brusselsDay(daysAgo(400)), to: brusselsDay(daysAgo(250)) });
    expect(early.summary.from.actors).toBe(0);
    // 250 days ago: the steady partner and the club that later stopped, not linked yet (that came 150 days ago).
    expect(early.summary.to).toMatchObject({ actors: 2, byStatus: { occasional: 1, not_contacted: 0, intensive: 1 }, links: 0 });
    expect(early.added.map((x) => x.id).sort()).toEqual([c.gone, c.steady].sort());
    const theirs = await partners(C.users.partner, C).network.changes({ from: brusselsDay(daysAgo(60)), to: brusselsDay(new Date()) });
    expect(theirs.added.map((x) => x.id).sort()).toEqual([c.new, c.privY].sort());
    // Added during the period as an occasional partner, intensive since: that counts as a change of status too.
    expect(theirs.statusChanges.map((x) => [x.id, x.from, x.to])).toEqual([
      [c.privY, "occasional", "intensive"],
      [c.old, "not_contacted", "occasional"],
    ]);
    expect(theirs.counts.linksAdded).toBe(2);
    // Without the key-figure permission the resident is not named.
    expect(theirs.acquaintances.removed[0]?.who).toEqual({ kind: "person", name: null });
  });

  it("refuses a start after the end and impossible dates, with a clear message", async () => {
    const api = partners(C.users.regie, C);
    expect(await messageOf(api.network.changes({ from: "2026-05-02", to: "2026-05-01" }))).toContain(nlText("partners.network.range"));
    expect(await codeOf(api.network.changes({ from: "2026-02-30", to: "2026-03-01" }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.network.changes({ from: "gisteren", to: "2026-03-01" }))).toBe("BAD_REQUEST");
  });
});

describe("gaps", () => {
  let D: TenantFixture;
  const d: Record<string, string> = {};
  beforeAll(async () => {
    D = await createTenant({ tag: "net-d" });
    await setEnabled(D.id, true);
    const [n0, n1] = D.neighbourhoods;
    const org = D.organisations[0].id;
    const mk = async (key: string, data: Parameters<typeof makeActor>[1]) => {
      d[key] = (await makeActor(D.id, { organisationId: org, ...data })).id;
    };
    // Health: an active partner in neighbourhood 0 only.
    await mk("gp", { name: "Huisarts Centrum", status: "intensive", sectorKeys: ["health"], neighbourhoodIds: [n0.id] });
    // Food: only a dormant one in neighbourhood 1.
    await mk("baker", { name: "Bakker Rand", status: "dormant", sectorKeys: ["food"], neighbourhoodIds: [n1.id] });
    // Youth: not contacted in neighbourhood 1.
    await mk("club", { name: "Voetbalclub Rand", status: "not_contacted", sectorKeys: ["youth"], neighbourhoodIds: [n1.id] });
    // Elderly: an active tie in both, but nothing changed for 14 months: quiet.
    const longAgo = new Date(Date.now() - 14 * 30.5 * DAY);
    d.quiet = (
      await ownerDb().partnersActor.create({
        data: {
          tenantId: D.id,
          name: "Seniorenraad",
          kind: "association",
          status: "occasional",
          sectorKeys: ["elderly"],
          neighbourhoodIds: [n0.id, n1.id],
          organisationId: org,
          statusChangedAt: longAgo,
          createdAt: longAgo,
        },
        select: { id: true },
      })
    ).id;
    await ownerDb().partnersActorChange.create({
      data: { tenantId: D.id, actorId: d.quiet, kind: "created", statusAfter: "occasional", at: longAgo },
    });
    // A missing place in neighbourhood 0; an active "missing" place does not cover its sector.
    await mk("bank", {
      name: "Bankkantoor",
      kind: "place",
      status: "intensive",
      sectorKeys: ["shops"],
      neighbourhoodIds: [n0.id],
      missing: true,
    });
    await ownerDb().partnersActor.update({ where: { id: d.bank }, data: { missingNote: "Gesloten sinds 2023" } });
    // Private to organisation Y, active in welfare in neighbourhood 1: covers welfare for Y's members only.
    await mk("privY", {
      name: "Intern Y",
      status: "intensive",
      sectorKeys: ["welfare"],
      neighbourhoodIds: [n1.id],
      organisationId: D.organisations[1].id,
      visibility: "organisation",
    });
    // Archived: does not count.
    await mk("archived", { name: "Oud wijkgezondheidscentrum", status: "intensive", sectorKeys: ["health"], neighbourhoodIds: [n1.id] });
    await ownerDb().partnersActor.update({ where: { id: d.archived }, data: { archivedAt: new Date() } });
    // No neighbourhood, dormant.
    await mk("floating", { name: "Zwevende vzw", status: "dormant", sectorKeys: ["culture"] });
  });

  const group = (r: { neighbourhoods: { neighbourhood: { id: string } | null }[] }, id: string | null) =>
    r.neighbourhoods.find((g) => (g.neighbourhood?.id ?? null) === id) as Awaited<
      ReturnType<ReturnType<typeof partners>["gaps"]["list"]>
    >["neighbourhoods"][number];

  it("lists per neighbourhood the sectors without an active partner, dormant ties and missing places", async () => {
    const r = await partners(D.users.regie, D).gaps.list({});
    const sectors = await ownerDb().partnersSector.count({ where: { tenantId: D.id, archived: false } });
    expect(sectors).toBe(15);
    const [n0, n1] = D.neighbourhoods;
    const g0 = group(r, n0.id);
    const g1 = group(r, n1.id);
    // Health is covered in 0, a gap in 1 (the archived centre does not count).
    expect(g0.gaps.some((g) => g.sectorKey === "health")).toBe(false);
    expect(g1.gaps.find((g) => g.sectorKey === "health")).toEqual({ sectorKey: "health", dormant: [], others: [] });
    // 0 has health and elderly; 1 has elderly only (welfare's active partner is private to Y).
    expect([g0.covered, g0.gaps.length]).toEqual([2, 13]);
    expect([g1.covered, g1.gaps.length]).toEqual([1, 14]);
    // Food in 1: only a dormant tie; youth in 1: someone not contacted yet.
    expect(g1.gaps.find((g) => g.sectorKey === "food")?.dormant.map((x) => x.id)).toEqual([d.baker]);
    expect(g1.gaps.find((g) => g.sectorKey === "youth")?.others.map((x) => [x.id, x.status])).toEqual([[d.club, "not_contacted"]]);
    expect(g0.gaps.find((g) => g.sectorKey === "shops")).toBeDefined();
    // Dormant ties: the baker (marked) and the senior council (quiet for 14 months, default 12).
    expect(g1.dormantTies.map((t) => [t.id, t.reason]).sort()).toEqual(
      [
        [d.baker, "status"],
        [d.quiet, "quiet"],
      ].sort(),
    );
    expect(g0.dormantTies.map((t) => [t.id, t.reason])).toEqual([[d.quiet, "quiet"]]);
    expect(g0.missingPlaces).toEqual([{ id: d.bank, name: "Bankkantoor", note: "Gesloten sinds 2023" }]);
    // Actors serving no neighbourhood get their own group (dormant ties and missing places only).
    expect(group(r, null).dormantTies.map((t) => t.id)).toEqual([d.floating]);
    expect(r.neighbourhoods).toHaveLength(3);
    expect(r.totals).toEqual({ neighbourhoods: 2, withGaps: 2, gaps: 27, dormantTies: 3, missingPlaces: 1 });
    // Worst first: the neighbourhood with the most gaps, then the other, then the actors serving none; within one,
    // sectors where nobody is on the map, then those with someone not (yet) active, then those with a dormant tie.
    expect(r.neighbourhoods.map((g) => g.neighbourhood?.id ?? null)).toEqual([n1.id, n0.id, null]);
    const weights = g1.gaps.map((g) => (g.dormant.length ? 2 : g.others.length ? 1 : 0));
    expect(weights).toEqual([...weights].sort());
    expect(g1.gaps.at(-1)?.sectorKey).toBe("food");
    expect(r.dormantAfterMonths).toBe(12);
    expect(JSON.stringify(r)).not.toContain(d.privY as string);
    expect(JSON.stringify(r)).not.toContain(d.archived as string);
  });

  it("counts the other organisation's private partner for its own members only", async () => {
    const r = await partners(D.users.partner, D).gaps.list({ neighbourhoodId: D.neighbourhoods[1].id });
    expect(r.neighbourhoods).toHaveLength(1);
    expect(r.neighbourhoods[0]?.gaps.some((g) => g.sectorKey === "welfare")).toBe(false);
    expect(r.neighbourhoods[0]?.covered).toBe(2);
  });

  it("follows the module's dormantAfterMonths setting", async () => {
    await ownerDb().tenantModule.update({
      where: { tenantId_moduleId: { tenantId: D.id, moduleId: "partners" } },
      data: { settings: { dormantAfterMonths: 18 } },
    });
    try {
      const r = await partners(D.users.regie, D).gaps.list({ neighbourhoodId: D.neighbourhoods[0].id });
      expect(r.dormantAfterMonths).toBe(18);
      expect(r.neighbourhoods[0]?.dormantTies).toEqual([]);
    } finally {
      await ownerDb().tenantModule.update({
        where: { tenantId_moduleId: { tenantId: D.id, moduleId: "partners" } },
        data: { settings: {} },
      });
    }
  });

  it("answers NOT_FOUND for an unknown or another tenant's neighbourhood", async () => {
    const api = partners(D.users.regie, D);
    expect(await codeOf(api.gaps.list({ neighbourhoodId: B.neighbourhoods[0].id }))).toBe("NOT_FOUND");
    expect(await codeOf(api.gaps.list({ neighbourhoodId: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
    const r = await partners(B.users.regie, B).gaps.list({});
    for (const id of Object.values(d)) expect(JSON.stringify(r)).not.toContain(id);
  });
});

describe("a disabled module", () => {
  it("answers NOT_FOUND for the graph, the changes and the gaps", async () => {
    const E = await createTenant({ tag: "net-e" });
    await setEnabled(E.id, true);
    const api = partners(E.users.regie, E);
    const calls = () => [api.network.graph({}), api.network.changes({ from: "2026-01-01", to: "2026-02-01" }), api.gaps.list({})];
    expect(await Promise.all(calls().map(codeOf))).toEqual(["OK", "OK", "OK"]);
    await setEnabled(E.id, false);
    expect(await Promise.all(calls().map(codeOf))).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND"]);
  });
});
