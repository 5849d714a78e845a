"use client";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import type { GraphNode, NetworkGraph } from "../../server/network/types";
import { type SectorOption, sectorLabel } from "../actors/labels";
import { nodeName } from "./node-text";

/**
 * The graph the server sent, looked up the ways the page needs: nodes by id, a node's name by id, sector names, how many
 * nodes of a kind, the nodes by name (for the picker) and bridges first (for the table), and the strongest bridge.
 */
export function useGraphIndex(graph: NetworkGraph, sectors: SectorOption[]) {
  const t = useTranslations("partners");
  const locale = useLocale();
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const nameOf = useCallback(
    (id: string) => {
      const n = byId.get(id);
      return n ? nodeName(t, n) : "";
    },
    [byId, t],
  );
  const sectorNames = useMemo(() => new Map(sectors.map((s) => [s.key, sectorLabel(s, locale)])), [sectors, locale]);
  const count = (kind: GraphNode["kind"]) => graph.nodes.filter((n) => n.kind === kind).length;
  const bridgesFirst = useMemo(
    () =>
      [...graph.nodes].sort(
        (a, b) => b.bridgeTo.length - a.bridgeTo.length || b.degree - a.degree || nodeName(t, a).localeCompare(nodeName(t, b), locale),
      ),
    [graph, t, locale],
  );
  const byName = useMemo(() => [...graph.nodes].sort((a, b) => nodeName(t, a).localeCompare(nodeName(t, b), locale)), [graph, t, locale]);
  const top = graph.bridges[0] ? byId.get(graph.bridges[0]) : undefined;
  return { byId, nameOf, sectorNames, count, bridgesFirst, byName, top };
}

export type GraphIndex = ReturnType<typeof useGraphIndex>;
