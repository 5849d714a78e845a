"use client";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { NetworkGraph } from "../../server/network/types";
import { GraphControls } from "./graph-controls";
import { GraphSummary } from "./graph-summary";
import type { GraphIndex } from "./use-graph-index";

function CanvasLoading() {
  const t = useTranslations("partners");
  return (
    <p
      role="status"
      className="flex h-[55vh] min-h-80 items-center lg:h-[70vh] justify-center rounded-xl border border-slate-300 bg-slate-50"
    >
      {t("network.graph.loading")}
    </p>
  );
}

// Client only: the graph library needs a browser (canvas); it is loaded with this page and nowhere else.
const GraphCanvas = dynamic(() => import("./graph-canvas"), { ssr: false, loading: CanvasLoading });

/** The drawing of the network with its summary in words, the node picker and whether bridges are marked. */
export function GraphSection(props: {
  graph: NetworkGraph;
  index: GraphIndex;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const t = useTranslations("partners");
  const [highlight, setHighlight] = useState(true);
  const summaryId = useId();
  return (
    <section aria-labelledby="network-graph-title" className="min-w-0 space-y-3">
      <h2 id="network-graph-title" className="text-lg font-semibold text-slate-900">
        {t("network.graph.canvasTitle")}
      </h2>
      <GraphSummary id={summaryId} graph={props.graph} index={props.index} />
      <GraphControls
        nodes={props.index.byName}
        selectedId={props.selectedId}
        onSelect={props.onSelect}
        highlight={highlight}
        onHighlight={setHighlight}
      />
      <GraphCanvas
        graph={props.graph}
        selectedId={props.selectedId}
        highlightBridges={highlight}
        onSelect={(id) => props.onSelect(id)}
        label={t("network.graph.canvasLabel")}
        describedBy={summaryId}
      />
      <p className="text-sm text-slate-700">{t("network.graph.howTo")}</p>
    </section>
  );
}
