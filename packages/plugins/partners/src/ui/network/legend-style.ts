import type { EdgeKind, NodeKind } from "../../server/network/types";

/** How the graph draws node kinds and ties; the legend shows the same values (colour is never the only cue). */
export const NODE_COLORS: Record<NodeKind, string> = {
  organisation: "#0f766e",
  partnership: "#334155",
  member: "#7c3aed",
  person: "#c026d3",
  // Actors take the colour of their relationship status (STATUS_COLORS).
  actor: "#6b7280",
};

export const NODE_SHAPES: Record<NodeKind, string> = {
  organisation: "round-rectangle",
  partnership: "round-rectangle",
  member: "triangle",
  person: "diamond",
  actor: "ellipse",
};

export const EDGE_COLORS: Record<EdgeKind, string> = {
  relationship: "#6b7280",
  membership: "#94a3b8",
  acquaintance: "#7c3aed",
  link: "#0f172a",
};

/** The double ring around bridges ("bruggenbouwers") and around the actors the selected bridge alone reaches. */
export const BRIDGE_COLOR = "#f59e0b";
export const SELECT_COLOR = "#0f172a";
