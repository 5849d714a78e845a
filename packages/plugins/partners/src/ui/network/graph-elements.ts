import type { ElementDefinition } from "cytoscape";
import { STATUS_COLORS } from "../../domain";
import type { GraphEdge, GraphNode } from "../../server/network/types";
import type { GroupedGraph } from "./grouping";
import { EDGE_COLORS, NODE_COLORS, NODE_SHAPES } from "./legend-style";

type Point = { x: number; y: number };

/** Spreads the server's layout over a readable extent, whatever its own scale. */
function scaled(points: readonly (Point & { id: string })[], perNode = 95): Map<string, Point> {
  if (points.length === 0) return new Map();
  const xs = points.map((n) => n.x);
  const ys = points.map((n) => n.y);
  const w = Math.max(...xs) - Math.min(...xs) || 1;
  const h = Math.max(...ys) - Math.min(...ys) || 1;
  const extent = Math.max(420, Math.sqrt(points.length) * perNode);
  const f = extent / Math.max(w, h);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  return new Map(points.map((n) => [n.id, { x: (n.x - cx) * f, y: (n.y - cy) * f }]));
}

/** Every node and tie, as cytoscape draws them (colour by relationship, shape by kind, size by connections). */
export function fullElements(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  bridges: readonly string[],
  name: (n: GraphNode) => string,
): ElementDefinition[] {
  const pos = scaled(nodes);
  const isBridge = new Set(bridges);
  const maxDegree = Math.max(1, ...nodes.map((n) => n.degree));
  const out: ElementDefinition[] = nodes.map((n) => ({
    group: "nodes",
    data: {
      id: n.id,
      name: name(n),
      color: n.kind === "actor" && n.status ? STATUS_COLORS[n.status] : NODE_COLORS[n.kind],
      shape: n.kind === "actor" && n.actorKind === "key_figure" ? "star" : NODE_SHAPES[n.kind],
      size: 18 + 26 * Math.sqrt(n.degree / maxDegree) + (n.kind === "organisation" ? 10 : 0),
    },
    position: pos.get(n.id) ?? { x: 0, y: 0 },
    classes: [
      n.missing ? "missing" : "",
      isBridge.has(n.id) ? "isBridge" : "",
      // Always labelled (at a readable size): our organisations and the bridges, the landmarks of the drawing.
      n.kind === "organisation" || n.kind === "partnership" || isBridge.has(n.id) ? "landmark" : "",
    ]
      .filter(Boolean)
      .join(" "),
  }));
  const ids = new Set(nodes.map((n) => n.id));
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    out.push({
      group: "edges",
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        color: e.kind === "relationship" && e.status ? STATUS_COLORS[e.status] : EDGE_COLORS[e.kind],
      },
      classes: [e.kind, e.kind === "relationship" && e.status && !["intensive", "occasional"].includes(e.status) ? "quiet" : ""]
        .filter(Boolean)
        .join(" "),
    });
  }
  return out;
}

/** The simplified graph: our organisations, one node per group (sized by its members), one line per pair. */
export function groupElements(g: GroupedGraph, name: (n: GraphNode) => string, groupName: (id: string) => string): ElementDefinition[] {
  const points = [...g.singles.map((n) => ({ id: n.id, x: n.x, y: n.y })), ...g.groups.map((x) => ({ id: x.id, x: x.x, y: x.y }))];
  const pos = scaled(points, 160);
  const maxMembers = Math.max(1, ...g.groups.map((x) => x.members.length));
  const maxCount = Math.max(1, ...g.links.map((l) => l.count));
  return [
    ...g.singles.map(
      (n): ElementDefinition => ({
        group: "nodes",
        data: { id: n.id, name: name(n), color: NODE_COLORS[n.kind], shape: NODE_SHAPES[n.kind], size: 40 },
        position: pos.get(n.id) ?? { x: 0, y: 0 },
        classes: "landmark",
      }),
    ),
    ...g.groups.map(
      (x): ElementDefinition => ({
        group: "nodes",
        data: {
          id: x.id,
          name: groupName(x.id),
          color: "#475569",
          shape: "ellipse",
          size: 24 + 56 * Math.sqrt(x.members.length / maxMembers),
        },
        position: pos.get(x.id) ?? { x: 0, y: 0 },
        classes: "landmark group",
      }),
    ),
    ...g.links.map(
      (l): ElementDefinition => ({
        group: "edges",
        data: { id: l.id, source: l.source, target: l.target, color: "#64748b", width: 1 + 5 * Math.sqrt(l.count / maxCount) },
        classes: "grouped",
      }),
    ),
  ];
}
