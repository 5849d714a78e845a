"use client";
import { Button } from "@zorgzaam/ui";
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useMemo, useRef } from "react";
import { STATUS_COLORS } from "../../domain";
import type { NetworkGraph } from "../../server/network/types";
import { EDGE_COLORS, NODE_COLORS, NODE_SHAPES, BRIDGE_COLOR, SELECT_COLOR } from "./legend-style";
import { nodeName } from "./node-text";

export interface GraphCanvasProps {
  graph: Pick<NetworkGraph, "nodes" | "edges" | "bridges">;
  selectedId: string | null;
  highlightBridges: boolean;
  onSelect: (id: string | null) => void;
  /** The accessible name of the canvas and the id of the text that summarises it. */
  label: string;
  describedBy: string;
}

const STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "font-size": 13,
      "font-family": "system-ui, sans-serif",
      color: "#0f172a",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "140px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 7,
      "background-color": "data(color)",
      shape: "data(shape)" as never,
      width: "data(size)",
      height: "data(size)",
      "border-width": 1.5,
      "border-color": "#ffffff",
    },
  },
  { selector: "node.missing", style: { "border-style": "dashed", "border-color": "#0f172a", "border-width": 2 } },
  {
    selector: "node.bridge",
    style: { "border-width": 6, "border-style": "double", "border-color": BRIDGE_COLOR, "font-weight": "bold" },
  },
  { selector: "node.reachedByBridge", style: { "border-width": 4, "border-style": "solid", "border-color": BRIDGE_COLOR } },
  { selector: "node:selected", style: { "border-width": 5, "border-style": "solid", "border-color": SELECT_COLOR, "z-index": 10 } },
  { selector: ".faded", style: { opacity: 0.2 } },
  {
    selector: "edge",
    style: { width: 1.5, "curve-style": "bezier", "line-color": "data(color)", opacity: 0.85 },
  },
  {
    selector: "edge.link",
    style: { width: 2.5, "target-arrow-shape": "triangle", "target-arrow-color": "data(color)", "arrow-scale": 0.9 },
  },
  { selector: "edge.acquaintance", style: { "line-style": "dashed", width: 2 } },
  { selector: "edge.membership", style: { width: 1 } },
  { selector: "edge.quiet", style: { "line-style": "dotted" } },
  { selector: "edge.highlight", style: { width: 3.5, opacity: 1, "z-index": 9 } },
];

/** Spreads the server's layout over a readable extent, whatever its own scale. */
function scaled(graph: GraphCanvasProps["graph"]): Map<string, { x: number; y: number }> {
  const xs = graph.nodes.map((n) => n.x);
  const ys = graph.nodes.map((n) => n.y);
  const w = Math.max(...xs) - Math.min(...xs) || 1;
  const h = Math.max(...ys) - Math.min(...ys) || 1;
  const extent = Math.max(420, Math.sqrt(graph.nodes.length) * 95);
  const f = extent / Math.max(w, h);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  return new Map(graph.nodes.map((n) => [n.id, { x: (n.x - cx) * f, y: (n.y - cy) * f }]));
}

/**
 * The network drawn with cytoscape.js on a canvas (client only): positions come from the server's layout, so the same
 * network looks the same each time. Drag to pan, wheel or pinch to zoom, click a node to select it; with the keyboard
 * (the canvas is focusable) arrows pan, + and - zoom, 0 shows everything and Escape clears the selection. Selecting
 * a node (here, in the list or with the picker) fades what is not tied to it.
 */
export default function GraphCanvas({ graph, selectedId, highlightBridges, onSelect, label, describedBy }: GraphCanvasProps) {
  const t = useTranslations("partners");
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  const elements = useMemo((): ElementDefinition[] => {
    const pos = scaled(graph);
    const bridges = new Set(graph.bridges);
    const maxDegree = Math.max(1, ...graph.nodes.map((n) => n.degree));
    const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
      group: "nodes",
      data: {
        id: n.id,
        name: nodeName(t, n),
        color: n.kind === "actor" && n.status ? STATUS_COLORS[n.status] : NODE_COLORS[n.kind],
        shape: n.kind === "actor" && n.actorKind === "key_figure" ? "star" : NODE_SHAPES[n.kind],
        size: 18 + 26 * Math.sqrt(n.degree / maxDegree) + (n.kind === "organisation" ? 10 : 0),
      },
      position: pos.get(n.id) ?? { x: 0, y: 0 },
      classes: [n.missing ? "missing" : "", bridges.has(n.id) ? "isBridge" : ""].filter(Boolean).join(" "),
    }));
    const edges: ElementDefinition[] = graph.edges.map((e) => ({
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
    }));
    return [...nodes, ...edges];
  }, [graph, t]);

  useEffect(() => {
    if (!box.current) return;
    const cy = cytoscape({
      container: box.current,
      elements,
      style: STYLE,
      layout: { name: "preset", fit: true, padding: 30 },
      minZoom: 0.05,
      maxZoom: 4,
      autoungrabify: true,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    cy.on("tap", "node", (e) => onSelectRef.current(e.target.id()));
    cy.on("tap", (e) => {
      if (e.target === cy) onSelectRef.current(null);
    });
    cyRef.current = cy;
    box.current.dataset.ready = "true";
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, [elements]);

  // Bridges: a double ring, when asked for.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `elements` means a new cytoscape instance to mark
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().removeClass("bridge");
      if (highlightBridges) cy.nodes(".isBridge").addClass("bridge");
    });
    if (box.current) box.current.dataset.bridgesHighlighted = String(cy.nodes(".bridge").length);
  }, [highlightBridges, elements]);

  // Selection: the node, its ties and neighbours stay bright, the rest fades; a bridge shows whom it alone reaches.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `elements` means a new cytoscape instance to mark
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass("faded highlight reachedByBridge").unselect();
      if (!selectedId) return;
      const node = cy.getElementById(selectedId);
      if (node.empty()) return;
      node.select();
      const near = node.closedNeighborhood();
      const bridgeTo = graph.nodes.find((n) => n.id === selectedId)?.bridgeTo ?? [];
      let reached = cy.collection();
      for (const id of bridgeTo) reached = reached.union(cy.getElementById(id));
      reached.addClass("reachedByBridge");
      cy.elements().difference(near.union(reached)).addClass("faded");
      node.connectedEdges().addClass("highlight");
    });
    const node = cy.getElementById(selectedId ?? "");
    if (node.nonempty()) cy.animate({ center: { eles: node }, duration: 250 });
    if (box.current) box.current.dataset.selected = selectedId ?? "";
  }, [selectedId, graph, elements]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const fit = () => cyRef.current?.fit(undefined, 30);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const cy = cyRef.current;
    if (!cy) return;
    const step = 60;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const p = pan[e.key];
    if (p) cy.panBy({ x: p[0], y: p[1] });
    else if (e.key === "+" || e.key === "=") zoomBy(1.25);
    else if (e.key === "-" || e.key === "_") zoomBy(0.8);
    else if (e.key === "0") fit();
    else if (e.key === "Escape") onSelect(null);
    else return;
    e.preventDefault();
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => zoomBy(1.25)}>
          {t("network.graph.zoomIn")}
        </Button>
        <Button variant="secondary" onClick={() => zoomBy(0.8)}>
          {t("network.graph.zoomOut")}
        </Button>
        <Button variant="secondary" onClick={fit}>
          {t("network.graph.fit")}
        </Button>
      </div>
      <div
        ref={box}
        // An application: arrow keys, + and - move the drawing instead of the page (see onKeyDown).
        role="application"
        aria-label={label}
        aria-describedby={describedBy}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas pans and zooms with the keyboard (see onKeyDown)
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="network-canvas"
        className="h-[55vh] min-h-80 w-full rounded-xl lg:h-[70vh] border border-slate-300 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-800"
      />
    </div>
  );
}
