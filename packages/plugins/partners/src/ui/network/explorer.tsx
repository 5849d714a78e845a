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
import { EgoView } from "./ego-view";
import { UnreachedList } from "./unreached-list";
import { useWide } from "./use-wide";
import { useGraphIndex } from "./use-graph-index";
import { useNodeSelection } from "./use-node-selection";

export interface ExplorerProps {
  slug: string;
  graph: NetworkGraph;
  sectors: SectorOption[];
}

/**
 * The network page's interactive part: the graph, the ego view (one node and its neighbours), the details of the
 * selected node, the bridges ("bruggenbouwers"), the actors nobody reaches, and the list alternative (every node in a
 * table, from which a node can be selected too). This component only puts the parts together, in the order that suits
 * the screen; the selection is shared by all of them.
 */
export function NetworkExplorer({ slug, graph, sectors }: ExplorerProps) {
  const t = useTranslations("partners");
  const index = useGraphIndex(graph, sectors);
  const wide = useWide();
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

  const truncated = graph.truncated ? (
    <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
      {t("network.graph.truncated", { limit: graph.limit })}
    </p>
  ) : null;
  const ego = <EgoView graph={graph} index={index} selectedId={selectedId} onSelect={showDetails} />;
  const details = (
    <DetailsPanel
      node={selectedId ? index.byId.get(selectedId) : undefined}
      graph={graph}
      index={index}
      base={base}
      headingRef={detailsHeading}
    />
  );
  const drawing = <GraphSection graph={graph} index={index} selectedId={selectedId} onSelect={(id) => select(id)} />;
  const bridges = <BridgesList bridges={graph.bridges} index={index} onShow={showDetails} />;
  const unreached = <UnreachedList unreached={graph.unreached} index={index} base={base} />;
  const table = <NodeTable nodes={index.bridgesFirst} selectedId={selectedId} base={base} onShow={showDetails} />;

  // A phone (and the first render) gets the parts it can use first: one actor and its neighbours, its details and
  // the table; the whole drawing follows. A wide screen puts the drawing first, with the details beside it.
  if (!wide) {
    return (
      <div className="space-y-6" data-layout="narrow">
        {truncated}
        {ego}
        {details}
        {table}
        {bridges}
        {unreached}
        {drawing}
        <Legend />
      </div>
    );
  }
  return (
    <div className="space-y-6" data-layout="wide">
      {truncated}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        {drawing}
        <div className="space-y-6">
          {details}
          {ego}
          <Legend />
        </div>
      </div>
      {bridges}
      {unreached}
      {table}
    </div>
  );
}
