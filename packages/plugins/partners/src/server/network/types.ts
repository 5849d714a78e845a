import type { ActorKind, LinkType, RelationshipStatus } from "../../domain";

/** What a node of the network graph stands for. */
export type NodeKind = "organisation" | "partnership" | "member" | "person" | "actor";

/** How two nodes are tied. */
export type EdgeKind =
  /** Our organisation (or the partnership) and an actor: the relationship, with the actor's status. */
  | "relationship"
  /** A team member works at an organisation. */
  | "membership"
  /** A member or a Person knows an actor ("who in our team knows whom"). */
  | "acquaintance"
  /** An actor-to-actor link ("gives access to", "member of", ...). */
  | "link";

export interface GraphNode {
  /** "org:<id>", "partnership", "member:<userId>", "person:<n>" or "actor:<id>". */
  id: string;
  kind: NodeKind;
  /** Name to show; null for a Person shown to someone without the key-figure permission (the UI says "Resident n"). */
  label: string | null;
  /** People without the key-figure permission see Persons numbered, never named. */
  personNumber?: number;
  actorId?: string;
  actorKind?: ActorKind;
  status?: RelationshipStatus;
  sectorKeys?: string[];
  missing?: boolean;
  /** The member's own organisation, for organisation nodes. */
  mine?: boolean;
  x: number;
  y: number;
  /** Number of distinct neighbours in the graph as shown. */
  degree: number;
  /** Betweenness centrality, normalised to 0..1 (how often the node lies on the shortest routes between others). */
  betweenness: number;
  /** Whether the node can be reached from our organisations over ties that carry (see network/graph.ts). */
  reached: boolean;
  /** Actors that only this node connects to our organisations: without it, they would be unreached. */
  bridgeTo: string[];
  /**
   * The group (Louvain community) the node belongs to, for the simplified view of a large graph; -1: tied to nothing
   * but our organisations. Absent for our organisations themselves.
   */
  community?: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  linkType?: LinkType;
  strength?: string;
  status?: RelationshipStatus;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Node ids of the bridges ("bruggenbouwers"), most actors reached first. */
  bridges: string[];
  /** Node ids of actors no carrying tie connects to our organisations. */
  unreached: string[];
  /** More actors matched than the graph shows (narrow the filters). */
  truncated: boolean;
  limit: number;
  seesPeople: boolean;
}
