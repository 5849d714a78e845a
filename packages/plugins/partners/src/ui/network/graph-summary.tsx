"use client";
import { useTranslations } from "next-intl";
import type { NetworkGraph } from "../../server/network/types";
import { nodeName } from "./node-text";
import type { GraphIndex } from "./use-graph-index";

/**
 * The graph in words (it also describes the canvas for screen readers): how many nodes and ties of each kind, the
 * strongest bridge, and how many actors nobody reaches.
 */
export function GraphSummary({ id, graph, index }: { id: string; graph: NetworkGraph; index: GraphIndex }) {
  const t = useTranslations("partners");
  const { count, top } = index;
  return (
    <p id={id} className="text-slate-800" data-testid="network-summary">
      {t("network.graph.summary", {
        nodes: graph.nodes.length,
        edges: graph.edges.length,
        organisations: count("organisation") + count("partnership"),
        members: count("member"),
        persons: count("person"),
        actors: count("actor"),
      })}{" "}
      {top
        ? t("network.graph.summaryBridges", { count: graph.bridges.length, name: nodeName(t, top), reach: top.bridgeTo.length })
        : t("network.graph.summaryNoBridges")}{" "}
      {graph.unreached.length ? t("network.graph.summaryUnreached", { count: graph.unreached.length }) : ""}
    </p>
  );
}
