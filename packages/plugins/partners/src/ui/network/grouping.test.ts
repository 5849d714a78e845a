import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../server/network/types";
import { groupGraph, subgraph } from "./grouping";

const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  kind: "actor",
  label: id,
  x: 0,
  y: 0,
  degree: 1,
  betweenness: 0,
  reached: true,
  bridgeTo: [],
  ...extra,
});
const edge = (source: string, target: string): GraphEdge => ({ id: `${source}-${target}`, source, target, kind: "link" });

describe("grouping a large graph", () => {
  const nodes = [
    node("org:1", { kind: "organisation" }),
    node("actor:a", { community: 0, sectorKeys: ["health"], x: 0, y: 0, degree: 3 }),
    node("actor:b", { community: 0, sectorKeys: ["welfare"], x: 2, y: 2 }),
    node("actor:c", { community: 1, sectorKeys: ["health"], x: 10, y: 10 }),
    node("actor:d", { community: -1, x: 5, y: 5 }),
    node("member:m", { kind: "member", community: 1 }),
  ];
  const edges = [
    edge("actor:a", "actor:b"),
    edge("actor:a", "actor:c"),
    edge("actor:b", "actor:c"),
    edge("org:1", "actor:a"),
    edge("member:m", "org:1"),
  ];

  it("draws our organisations as themselves and the rest as groups, with one line per pair of groups", () => {
    const g = groupGraph(nodes, edges, "community");
    expect(g.singles.map((n) => n.id)).toEqual(["org:1"]);
    expect(g.groups.map((x) => [x.key, x.members.length])).toEqual([
      ["0", 2],
      ["1", 2],
      ["none", 1],
    ]);
    expect(g.groups[0]).toMatchObject({ lead: "actor:a", x: 1, y: 1 });
    expect(g.links.map((l) => [l.source, l.target, l.count]).sort()).toEqual([
      ["group:community:0", "group:community:1", 2],
      ["group:community:0", "org:1", 1],
      ["group:community:1", "org:1", 1],
    ]);
  });

  it("groups by first sector, with team members and residents apart", () => {
    const g = groupGraph(nodes, edges, "sector");
    expect(g.groups.map((x) => x.key).sort()).toEqual(["health", "none", "team", "welfare"]);
    expect(g.drawnAs.get("actor:c")).toBe("group:sector:health");
  });

  it("opens a group as the ties among its members", () => {
    const s = subgraph(nodes, edges, new Set(["actor:a", "actor:b"]));
    expect(s.edges.map((e) => e.id)).toEqual(["actor:a-actor:b"]);
  });
});
