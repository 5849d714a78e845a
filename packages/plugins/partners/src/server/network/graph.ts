import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { bfsFromNode } from "graphology-traversal/bfs";
import { ACTIVE_STATUSES, type ActorKind, type LinkType, type RelationshipStatus } from "../../domain";
import type { GraphEdge, GraphNode, NetworkGraph } from "./types";

/** What the graph is built from (read by network/load.ts within what the member may see). */
export interface NetworkData {
  organisations: { id: string; name: string }[];
  myOrganisationId: string | null;
  actors: {
    id: string;
    name: string;
    kind: string;
    status: string;
    sectorKeys: string[];
    missing: boolean;
    organisationId: string | null;
    personId: string | null;
  }[];
  links: { id: string; fromActorId: string; toActorId: string; type: string }[];
  acquaintances: { id: string; actorId: string; userId: string | null; personId: string | null; strength: string }[];
  /** Members by user id: their name and organisation. */
  members: Map<string, { name: string; organisationId: string | null }>;
  /** Names of Persons, or null when the member may not see them (Persons are then numbered). */
  personNames: Map<string, string> | null;
  options: { members: boolean; persons: boolean };
}

type Built = Omit<GraphNode, "x" | "y" | "degree" | "betweenness" | "reached" | "bridgeTo" | "community">;

const ROOT = "__our_organisations";
const PARTNERSHIP = "partnership";

/** The nodes and edges of the network as the member may see it (no metrics yet). */
export function buildGraph(d: NetworkData): { nodes: Built[]; edges: GraphEdge[] } {
  const nodes = new Map<string, Built>();
  const edges: GraphEdge[] = [];
  const add = (n: Built) => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
  };
  const orgNode = (organisationId: string | null) => {
    if (organisationId && d.organisations.some((o) => o.id === organisationId)) return `org:${organisationId}`;
    add({ id: PARTNERSHIP, kind: "partnership", label: null });
    return PARTNERSHIP;
  };

  for (const o of d.organisations) add({ id: `org:${o.id}`, kind: "organisation", label: o.name, mine: o.id === d.myOrganisationId });

  const actorIds = new Set(d.actors.map((a) => a.id));
  const keyFigureOf = new Map<string, string>();
  for (const a of d.actors) {
    add({
      id: `actor:${a.id}`,
      kind: "actor",
      label: a.name,
      actorId: a.id,
      actorKind: a.kind as ActorKind,
      status: a.status as RelationshipStatus,
      sectorKeys: a.sectorKeys,
      missing: a.missing,
    });
    if (a.kind === "key_figure" && a.personId) keyFigureOf.set(a.personId, `actor:${a.id}`);
    edges.push({
      id: `rel:${a.id}`,
      source: orgNode(a.organisationId),
      target: `actor:${a.id}`,
      kind: "relationship",
      status: a.status as RelationshipStatus,
    });
  }

  for (const l of d.links) {
    if (!actorIds.has(l.fromActorId) || !actorIds.has(l.toActorId)) continue;
    edges.push({
      id: `link:${l.id}`,
      source: `actor:${l.fromActorId}`,
      target: `actor:${l.toActorId}`,
      kind: "link",
      linkType: l.type as LinkType,
    });
  }

  // Persons are numbered in a fixed order, so "Resident 2" stays the same person while the filters stay the same.
  const personNumbers = new Map(
    [...new Set(d.acquaintances.map((q) => q.personId).filter((p): p is string => Boolean(p)))]
      .filter((p) => !keyFigureOf.has(p))
      .sort()
      .map((p, i) => [p, i + 1]),
  );
  const membersShown = new Set<string>();
  for (const q of d.acquaintances) {
    if (!actorIds.has(q.actorId)) continue;
    let source: string | null = null;
    if (q.userId) {
      const m = d.members.get(q.userId);
      if (!d.options.members || !m) continue;
      source = `member:${q.userId}`;
      add({ id: source, kind: "member", label: m.name });
      membersShown.add(q.userId);
    } else if (q.personId) {
      if (!d.options.persons) continue;
      // A Person who is a key figure in the graph is that actor: the tie starts there.
      source = keyFigureOf.get(q.personId) ?? null;
      if (!source) {
        const n = personNumbers.get(q.personId) ?? 0;
        source = `person:${n}`;
        add({
          id: source,
          kind: "person",
          label: d.personNames?.get(q.personId) ?? null,
          personNumber: n,
        });
      }
    }
    if (!source || source === `actor:${q.actorId}`) continue;
    edges.push({ id: `acq:${q.id}`, source, target: `actor:${q.actorId}`, kind: "acquaintance", strength: q.strength });
  }
  for (const userId of membersShown) {
    const m = d.members.get(userId);
    edges.push({ id: `mem:${userId}`, source: `member:${userId}`, target: orgNode(m?.organisationId ?? null), kind: "membership" });
  }

  return { nodes: [...nodes.values()], edges };
}

/** Ties along which our organisations actually reach someone: a relationship counts only when it is active. */
export function carries(e: GraphEdge): boolean {
  return e.kind !== "relationship" || (ACTIVE_STATUSES as readonly string[]).includes(e.status ?? "");
}

/**
 * Degree, betweenness, bridges and a layout, all with graphology.
 *
 * Bridges answer the regie's question "who opens networks we would not reach otherwise": starting from our
 * organisations (and the partnership), over the ties that carry (active relationships, members at their organisation,
 * who knows whom, links between actors), which actors can be reached; a node is a bridge when, without it, some of
 * those actors could no longer be reached. `bridgeTo` lists them.
 */
export function analyse(built: { nodes: Built[]; edges: GraphEdge[] }): Omit<NetworkGraph, "truncated" | "limit" | "seesPeople"> {
  // The graph as shown, undirected and simple (two ties between the same nodes are one route).
  const shown = new UndirectedGraph({ allowSelfLoops: false });
  const sorted = [...built.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const [i, n] of sorted.entries()) shown.addNode(n.id, { ...start(i, n.kind), size: 10 });
  for (const e of built.edges) shown.mergeEdge(e.source, e.target);

  const between = shown.order > 2 ? betweennessCentrality(shown, { getEdgeWeight: null, normalized: true }) : {};

  // Reach: the same nodes, the ties that carry, and one root standing for all our organisations.
  const reach = new UndirectedGraph({ allowSelfLoops: false });
  for (const n of sorted) reach.addNode(n.id);
  reach.addNode(ROOT);
  for (const n of sorted) if (n.kind === "organisation" || n.kind === "partnership") reach.mergeEdge(ROOT, n.id);
  for (const e of built.edges) if (carries(e)) reach.mergeEdge(e.source, e.target);

  const isActor = new Set(sorted.filter((n) => n.kind === "actor").map((n) => n.id));
  const reachedWithout = (skip: string | null): Set<string> => {
    const seen = new Set<string>();
    bfsFromNode(reach, ROOT, (node) => {
      if (node === skip) return true; // do not pass through the node left out
      seen.add(node);
      return false;
    });
    return seen;
  };
  const reached = reachedWithout(null);
  const reachedActors = [...isActor].filter((id) => reached.has(id));
  const bridgeTo = new Map<string, string[]>();
  for (const n of sorted) {
    if (n.kind === "organisation" || n.kind === "partnership" || !reached.has(n.id)) continue;
    // A node with one tie cannot be the only route to anyone else.
    if (reach.degree(n.id) < 2) continue;
    const without = reachedWithout(n.id);
    const lost = reachedActors.filter((a) => a !== n.id && !without.has(a));
    if (lost.length) bridgeTo.set(n.id, lost);
  }

  const positions = layout(shown);
  const community = communities(sorted, built.edges);
  const nodes: GraphNode[] = built.nodes.map((n) => ({
    ...n,
    x: positions[n.id]?.x ?? 0,
    y: positions[n.id]?.y ?? 0,
    degree: shown.degree(n.id),
    betweenness: round(between[n.id] ?? 0, 4),
    reached: reached.has(n.id),
    bridgeTo: (bridgeTo.get(n.id) ?? []).sort(),
    ...(community.has(n.id) ? { community: community.get(n.id) } : {}),
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const bridges = [...bridgeTo.keys()].sort((a, b) => {
    const x = byId.get(a);
    const y = byId.get(b);
    if (!x || !y) return 0;
    return y.bridgeTo.length - x.bridgeTo.length || y.betweenness - x.betweenness || (x.label ?? "").localeCompare(y.label ?? "", "nl");
  });
  const unreached = [...isActor].filter((id) => !reached.has(id)).sort();
  return { nodes, edges: built.edges, bridges, unreached };
}

/**
 * Communities (Louvain, graphology) for the simplified view of a large graph: groups of actors, people and team
 * members tied more to each other than to the rest. Our organisations are left out (they tie to everyone and would
 * make one group of all); a node with no other tie gets -1 ("no ties but ours"). A fixed random seed: the same
 * network gives the same groups.
 */
function communities(nodes: readonly Built[], edges: readonly GraphEdge[]): Map<string, number> {
  const g = new UndirectedGraph({ allowSelfLoops: false });
  const hub = (id: string) => id === PARTNERSHIP || id.startsWith("org:");
  for (const n of nodes) if (!hub(n.id)) g.addNode(n.id);
  for (const e of edges) if (!hub(e.source) && !hub(e.target)) g.mergeEdge(e.source, e.target);
  const out = new Map<string, number>();
  if (g.size === 0) {
    for (const n of g.nodes()) out.set(n, -1);
    return out;
  }
  const found = louvain(g, { rng: seeded(20261204), getEdgeWeight: null });
  for (const n of g.nodes()) out.set(n, g.degree(n) === 0 ? -1 : (found[n] ?? -1));
  return out;
}

/** A small deterministic random generator (mulberry32) for Louvain's tie-breaking. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic starting points (a sunflower spiral in id order), so the same network is laid out the same way. */
function start(i: number, kind: string): { x: number; y: number } {
  const r = kind === "organisation" || kind === "partnership" ? 1 + Math.sqrt(i) : 10 * Math.sqrt(i + 1);
  const angle = i * 2.399963229728653; // the golden angle
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** ForceAtlas2 from the fixed starting points: the same input gives the same picture, linked nodes sit together. */
function layout(g: UndirectedGraph): Record<string, { x: number; y: number }> {
  if (g.order === 0) return {};
  const big = g.order > 400;
  // Hubs (our organisations) pull less, so the actors they relate to spread around them instead of piling up; node
  // sizes keep nodes apart (not with the Barnes-Hut approximation, used only for large graphs).
  const settings = {
    ...forceAtlas2.inferSettings(g),
    outboundAttractionDistribution: true,
    scalingRatio: 20,
    gravity: 1,
    strongGravityMode: false,
    adjustSizes: !big,
    barnesHutOptimize: big,
  };
  const iterations = g.order > 600 ? 80 : g.order > 300 ? 200 : 600;
  const out = forceAtlas2(g, { iterations, settings, getEdgeWeight: null });
  const rounded: Record<string, { x: number; y: number }> = {};
  for (const [k, p] of Object.entries(out)) rounded[k] = { x: round(p.x, 2), y: round(p.y, 2) };
  return rounded;
}

function round(x: number, digits: number): number {
  if (!Number.isFinite(x)) return 0;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
