import type { GraphEdge, GraphNode } from "../../server/network/types";

/** How a large graph is simplified: every node, or groups of nodes (by community or by first sector). */
export type GraphView = "all" | "community" | "sector";

/** Above this many nodes the graph opens simplified (by community): 500 nodes stay readable that way. */
export const GROUP_FROM = 150;

export interface NodeGroup {
  id: string;
  /** "community": the best-connected member names the group; "sector": the sector's key (or none). */
  by: "community" | "sector";
  key: string;
  members: string[];
  /** The member with the most ties (names a community). */
  lead: string;
  x: number;
  y: number;
}

export interface GroupedGraph {
  /** Our organisations (and the partnership) stay themselves; everything else is in a group. */
  singles: GraphNode[];
  groups: NodeGroup[];
  /** Ties between groups (and singles), with how many ties they stand for. */
  links: { id: string; source: string; target: string; count: number }[];
  /** Node id -> the group or single it is drawn as. */
  drawnAs: Map<string, string>;
}

const isHub = (n: GraphNode) => n.kind === "organisation" || n.kind === "partnership";

function groupKey(n: GraphNode, by: "community" | "sector"): string {
  if (by === "community") return n.community === undefined || n.community < 0 ? "none" : String(n.community);
  if (n.kind === "member") return "team";
  if (n.kind === "person") return "residents";
  return n.sectorKeys?.[0] ?? "none";
}

/**
 * The graph with its nodes grouped: each group is drawn as one node at the middle of its members' places (the
 * server's layout), sized by how many it holds; ties between members of two groups become one line.
 */
export function groupGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[], by: "community" | "sector"): GroupedGraph {
  const singles: GraphNode[] = [];
  const byKey = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    if (isHub(n)) {
      singles.push(n);
      continue;
    }
    const k = groupKey(n, by);
    const list = byKey.get(k);
    if (list) list.push(n);
    else byKey.set(k, [n]);
  }
  const drawnAs = new Map<string, string>();
  for (const n of singles) drawnAs.set(n.id, n.id);
  const groups: NodeGroup[] = [...byKey.entries()].map(([key, members]) => {
    const id = `group:${by}:${key}`;
    for (const m of members) drawnAs.set(m.id, id);
    const lead = [...members].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0] as GraphNode;
    return {
      id,
      by,
      key,
      members: members.map((m) => m.id),
      lead: lead.id,
      x: members.reduce((s, m) => s + m.x, 0) / members.length,
      y: members.reduce((s, m) => s + m.y, 0) / members.length,
    };
  });
  groups.sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id));
  const counts = new Map<string, { source: string; target: string; count: number }>();
  for (const e of edges) {
    const a = drawnAs.get(e.source);
    const b = drawnAs.get(e.target);
    if (!a || !b || a === b) continue;
    const [s, t] = a < b ? [a, b] : [b, a];
    const k = `${s}|${t}`;
    const c = counts.get(k);
    if (c) c.count++;
    else counts.set(k, { source: s, target: t, count: 1 });
  }
  const links = [...counts.entries()].map(([k, v]) => ({ id: `glink:${k}`, ...v }));
  return { singles, groups, links, drawnAs };
}

/** The nodes of one group and the ties among them: what is drawn when a group is opened. */
export function subgraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[], ids: ReadonlySet<string>) {
  return { nodes: nodes.filter((n) => ids.has(n.id)), edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}
