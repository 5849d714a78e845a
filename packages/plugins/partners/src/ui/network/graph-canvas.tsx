"use client";
import { Button } from "@zorgzaam/ui";
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useRef } from "react";
import { BRIDGE_COLOR, SELECT_COLOR } from "./legend-style";

export interface GraphCanvasProps {
  /** What to draw (./graph-elements.ts): every node, a group's nodes, or the groups. */
  elements: ElementDefinition[];
  /** "all", "group" (one group opened) or "groups": written on the canvas for tests and styles. */
  view: string;
  selectedId: string | null;
  highlightBridges: boolean;
  /** The actors a node alone connects to us (a bridge's reach), ringed when it is selected. */
  bridgeToOf: (id: string) => readonly string[];
  onSelect: (id: string | null) => void;
  /** The accessible name of the canvas and the id of the text that summarises it. */
  label: string;
  describedBy: string;
}

/**
 * Labels are never drawn smaller than MIN_LABEL_PX on screen (cytoscape hides them below it: zoom in to read them);
 * the landmarks (our organisations, bridges, groups) and the selected node with its neighbours keep LABEL_PX on
 * screen at any zoom. Both are written on the canvas element (data-label-min-px, data-key-label-px, the latter
 * measured from cytoscape's rendered style), so a test can check what a phone shows.
 */
export const MIN_LABEL_PX = 12;
export const LABEL_PX = 14;

const STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "font-size": LABEL_PX,
      "font-family": "system-ui, sans-serif",
      color: "#0f172a",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "140px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      "min-zoomed-font-size": MIN_LABEL_PX,
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
  { selector: "node.group", style: { "font-weight": "bold", "border-width": 3, "border-color": "#ffffff" } },
  { selector: "edge.grouped", style: { width: "data(width)", opacity: 0.7 } },
];

/**
 * The network drawn with cytoscape.js on a canvas (client only): positions come from the server's layout, so the same
 * network looks the same each time. Drag to pan, wheel or pinch to zoom, click a node to select it; with the keyboard
 * (the canvas is focusable) arrows pan, + and - zoom, 0 shows everything and Escape clears the selection. Selecting
 * a node (here, in the list or with the picker) fades what is not tied to it.
 */
export default function GraphCanvas({
  elements,
  view,
  selectedId,
  highlightBridges,
  bridgeToOf,
  onSelect,
  label,
  describedBy,
}: GraphCanvasProps) {
  const t = useTranslations("partners");
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

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
    let frame = 0;
    cy.on("zoom", () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        keepKeyLabels(cy, box.current);
      });
    });
    cyRef.current = cy;
    cy.nodes(".landmark").addClass("keyLabel");
    keepKeyLabels(cy, box.current);
    box.current.dataset.ready = "true";
    box.current.dataset.nodes = String(cy.nodes().length);
    box.current.dataset.labelMinPx = String(MIN_LABEL_PX);
    return () => {
      if (frame) cancelAnimationFrame(frame);
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
      cy.nodes().not(".landmark").removeClass("keyLabel").removeStyle("font-size text-max-width text-margin-y");
      if (!selectedId) return;
      const node = cy.getElementById(selectedId);
      if (node.empty()) return;
      node.select();
      const near = node.closedNeighborhood();
      near.nodes().addClass("keyLabel");
      let reached = cy.collection();
      for (const id of bridgeToOf(selectedId)) reached = reached.union(cy.getElementById(id));
      reached.addClass("reachedByBridge");
      cy.elements().difference(near.union(reached)).addClass("faded");
      node.connectedEdges().addClass("highlight");
    });
    keepKeyLabels(cy, box.current);
    const node = cy.getElementById(selectedId ?? "");
    if (node.nonempty()) cy.animate({ center: { eles: node }, duration: 250 });
    if (box.current) box.current.dataset.selected = selectedId ?? "";
  }, [selectedId, bridgeToOf, elements]);

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
        data-view={view}
        className="h-[55vh] min-h-80 w-full rounded-xl lg:h-[70vh] border border-slate-300 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-800"
      />
    </div>
  );
}

/**
 * Keeps the key labels LABEL_PX on screen at the current zoom (a style bypass on those few nodes), and writes the size
 * cytoscape really renders them at on the canvas element.
 */
function keepKeyLabels(cy: Core, el: HTMLElement | null) {
  const z = cy.zoom();
  const keys = cy.nodes(".keyLabel");
  cy.batch(() => {
    keys.style({ "font-size": LABEL_PX / z, "text-max-width": `${160 / z}px`, "text-margin-y": 4 / z });
  });
  if (!el) return;
  const first = keys.first();
  const px = first.nonempty() ? Number.parseFloat(String(first.renderedStyle("font-size"))) : LABEL_PX;
  el.dataset.keyLabelPx = String(Math.round(px * 10) / 10);
  el.dataset.keyLabels = String(keys.length);
}
