"use client";
import { EmptyState } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import type { NetworkGraph } from "../../server/network/types";
import type { SectorOption } from "../actors/labels";
import { BridgesList } from "./bridges-list";
import { GraphSection } from "./graph-section";
import { Legend } from "./legend";
import { DetailsPanel } from "./node-details";
import { NodeTable } from "./node-table";
import { UnreachedList } from "./unreached-list";
import { useGraphIndex } from "./use-graph-index";
import { useNodeSelection } from "./use-node-selection";

export interface ExplorerProps {
  slug: string;
  graph: NetworkGraph;
  sectors: SectorOption[];
}

/**
 * The network page's interactive part: the graph, the details of the selected node, the bridges ("bruggenbouwers"),
 * the actors nobody reaches, and the list alternative (every node in a table, from which a node can be selected too).
 * This component only puts the parts together; the selection is shared by all of them.
 */
export function NetworkExplorer({ slug, graph, sectors }: ExplorerProps) {
  const t = useTranslations("partners");
  const index = useGraphIndex(graph, sectors);
  const { selectedId, select, detailsHeading } = useNodeSelection();
  const base = `/t/${slug}/partners`;
  const showDetails = (id: string) => select(id, true);

  if (graph.nodes.filter((n) => n.kind === "actor").length === 0) {
    return (
      <EmptyState title={t("network.graph.emptyTitle")}>
        <p>{t("network.graph.empty")}</p>
      </EmptyState>
    );
  }

  return (
    <div className="space-y-6">
      {graph.truncated ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
          {t("network.graph.truncated", { limit: graph.limit })}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <GraphSection graph={graph} index={index} selectedId={selectedId} onSelect={(id) => select(id)} />
        <div className="space-y-6">
          <DetailsPanel
            node={selectedId ? index.byId.get(selectedId) : undefined}
            graph={graph}
            index={index}
            base={base}
            headingRef={detailsHeading}
          />
          <Legend />
        </div>
      </div>
      <BridgesList bridges={graph.bridges} index={index} onShow={showDetails} />
      <UnreachedList unreached={graph.unreached} index={index} base={base} />
      <NodeTable nodes={index.bridgesFirst} selectedId={selectedId} base={base} onShow={showDetails} />
    </div>
  );
}
