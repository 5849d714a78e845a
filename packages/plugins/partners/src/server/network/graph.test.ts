import { describe, expect, it } from "vitest";
import { analyse, buildGraph, type NetworkData } from "./graph";
import { monthsBefore, nextDay, startOfDay } from "./dates";
import { stateAt } from "./changes";

const actor = (id: string, status: string, extra: Partial<NetworkData["actors"][number]> = {}) => ({
  id,
  name: id,
  kind: "organisation",
  status,
  sectorKeys: [],
  missing: false,
  organisationId: "o1",
  personId: null,
  ...extra,
});

/**
 * Our organisation o1 works actively with A and with the key figure K; K alone opens B, C and D (not contacted); the
 * member u1 alone knows E (not contacted); A and F (dormant) are linked to G, so G and F are reached through A only.
 */
function network(over: Partial<NetworkData> = {}): NetworkData {
  return {
    organisations: [
      { id: "o1", name: "OCMW" },
      { id: "o2", name: "Partner" },
    ],
    myOrganisationId: "o1",
    actors: [
      actor("A", "intensive"),
      actor("K", "occasional", { kind: "key_figure", personId: "p-k" }),
      actor("B", "not_contacted"),
      actor("C", "not_contacted"),
      actor("D", "not_contacted"),
      actor("E", "not_contacted", { organisationId: null }),
      actor("F", "dormant"),
      actor("G", "not_contacted"),
      actor("H", "let_go"),
    ],
    links: [
      { id: "l1", fromActorId: "K", toActorId: "B", type: "gives_access_to" },
      { id: "l2", fromActorId: "K", toActorId: "C", type: "gives_access_to" },
      { id: "l3", fromActorId: "K", toActorId: "D", type: "gives_access_to" },
      { id: "l4", fromActorId: "A", toActorId: "G", type: "works_with" },
      { id: "l5", fromActorId: "F", toActorId: "G", type: "works_with" },
      { id: "l6", fromActorId: "A", toActorId: "missing-actor", type: "works_with" },
    ],
    acquaintances: [
      { id: "q1", actorId: "E", userId: "u1", personId: null, strength: "knows" },
      { id: "q2", actorId: "A", userId: "u2", personId: null, strength: "key_contact" },
      { id: "q3", actorId: "H", userId: null, personId: "p-x", strength: "knows" },
      { id: "q4", actorId: "A", userId: null, personId: "p-k", strength: "good_contact" },
    ],
    members: new Map([
      ["u1", { name: "Fatima", organisationId: "o1" }],
      ["u2", { name: "Bram", organisationId: "o2" }],
    ]),
    personNames: null,
    options: { members: true, persons: true },
    ...over,
  };
}

describe("network graph", () => {
  it("has our organisations, the partnership, members, Persons (numbered) and actors, with typed edges", () => {
    const g = buildGraph(network());
    const kinds = (k: string) => g.nodes.filter((n) => n.kind === k).map((n) => n.id);
    expect(kinds("organisation")).toEqual(["org:o1", "org:o2"]);
    expect(kinds("partnership")).toEqual(["partnership"]);
    expect(kinds("member").sort()).toEqual(["member:u1", "member:u2"]);
    expect(kinds("person")).toEqual(["person:1"]);
    expect(g.nodes.find((n) => n.kind === "person")?.label).toBeNull();
    expect(kinds("actor")).toHaveLength(9);
    // The link to an actor outside the graph is left out; the key figure's own acquaintance starts at the key figure.
    expect(g.edges.filter((e) => e.kind === "link")).toHaveLength(5);
    expect(g.edges.find((e) => e.id === "acq:q4")).toMatchObject({ source: "actor:K", target: "actor:A" });
    expect(g.edges.find((e) => e.id === "rel:E")).toMatchObject({ source: "partnership", status: "not_contacted" });
    expect(g.edges.find((e) => e.id === "mem:u2")).toMatchObject({ source: "member:u2", target: "org:o2" });
  });

  it("names Persons only when asked to, and leaves members and Persons out when asked", () => {
    expect(buildGraph(network({ personNames: new Map([["p-x", "Mia Peeters"]]) })).nodes.find((n) => n.kind === "person")?.label).toBe(
      "Mia Peeters",
    );
    const g = buildGraph(network({ options: { members: false, persons: false } }));
    expect(g.nodes.filter((n) => n.kind === "member" || n.kind === "person")).toHaveLength(0);
    expect(g.edges.filter((e) => e.kind === "acquaintance" || e.kind === "membership")).toHaveLength(0);
  });

  it("reports the key figure who alone opens three actors as the first bridge, and the member who alone knows one", () => {
    const r = analyse(buildGraph(network()));
    const node = (id: string) => r.nodes.find((n) => n.id === id);
    expect(r.bridges[0]).toBe("actor:K");
    expect(node("actor:K")?.bridgeTo).toEqual(["actor:B", "actor:C", "actor:D"]);
    expect(node("member:u1")?.bridgeTo).toEqual(["actor:E"]);
    // G hangs on A (F is dormant, so it does not carry).
    expect(node("actor:A")?.bridgeTo).toEqual(["actor:F", "actor:G"]);
    // ... and F hangs on G in turn: a chain of bridges.
    expect(node("actor:G")?.bridgeTo).toEqual(["actor:F"]);
    expect(r.bridges.slice(0, 2)).toEqual(["actor:K", "actor:A"]);
    expect([...r.bridges].sort()).toEqual(["actor:A", "actor:G", "actor:K", "member:u1"]);
    // H (let go) is known only by a resident nobody reaches: unreached, like the resident.
    expect(r.unreached).toEqual(["actor:H"]);
    expect(node("person:1")?.reached).toBe(false);
    expect(node("actor:B")?.bridgeTo).toEqual([]);
    // Degree counts distinct neighbours; the key figure sits between many routes.
    expect(node("actor:K")?.degree).toBe(5);
    expect(node("actor:K")?.betweenness).toBeGreaterThan(node("actor:B")?.betweenness ?? 1);
    expect(node("actor:B")?.betweenness).toBe(0);
  });

  it("lays the same network out the same way, with finite positions", () => {
    const a = analyse(buildGraph(network()));
    const b = analyse(buildGraph(network()));
    expect(a.nodes.map((n) => [n.id, n.x, n.y])).toEqual(b.nodes.map((n) => [n.id, n.x, n.y]));
    expect(a.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(new Set(a.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(a.nodes.length);
  });

  it("copes with an empty network", () => {
    const r = analyse(buildGraph(network({ organisations: [], actors: [], links: [], acquaintances: [] })));
    expect(r).toMatchObject({ nodes: [], edges: [], bridges: [], unreached: [] });
  });
});

describe("dates and history", () => {
  it("starts a Brussels day at local midnight, summer and winter", () => {
    expect(startOfDay("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(monthsBefore(new Date("2026-03-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
  });

  it("takes the status of the last change before an instant, and archive/restore into account", () => {
    const a = { id: "a", name: "a", kind: "school", status: "intensive", createdAt: new Date("2026-01-01"), archivedAt: null };
    const h = [
      { actorId: "a", kind: "created", statusAfter: "not_contacted", at: new Date("2026-01-01") },
      { actorId: "a", kind: "status", statusAfter: "occasional", at: new Date("2026-03-01") },
      { actorId: "a", kind: "archived", statusAfter: "occasional", at: new Date("2026-04-01") },
      { actorId: "a", kind: "restored", statusAfter: "occasional", at: new Date("2026-05-01") },
      { actorId: "a", kind: "status", statusAfter: "intensive", at: new Date("2026-06-01") },
    ];
    expect(stateAt(a, h, new Date("2025-12-01"))).toEqual({ exists: false, status: null });
    expect(stateAt(a, h, new Date("2026-02-01"))).toEqual({ exists: true, status: "not_contacted" });
    expect(stateAt(a, h, new Date("2026-04-15"))).toEqual({ exists: false, status: "occasional" });
    expect(stateAt(a, h, new Date("2026-05-15"))).toEqual({ exists: true, status: "occasional" });
    expect(stateAt(a, h, new Date("2026-07-01"))).toEqual({ exists: true, status: "intensive" });
  });
});
