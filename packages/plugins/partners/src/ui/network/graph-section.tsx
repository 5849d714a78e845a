"use client";
import { Button, OnDemand, type OnDemandTexts, SelectField } from "@zorgzaam/ui";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import type { GraphNode, NetworkGraph } from "../../server/network/types";
import { fullElements, groupElements } from "./graph-elements";
import { GraphControls } from "./graph-controls";
import { GraphSummary } from "./graph-summary";
import { GROUP_FROM, type GraphView, groupGraph, subgraph } from "./grouping";
import { nodeName } from "./node-text";
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

// Client only: the graph library needs a browser (canvas); it is loaded on this page and nowhere else, right away on a
// wide screen and after a tap on a phone (ADR 0035: OnDemand). This file is the boundary: everything that imports
// cytoscape sits behind this dynamic import.
const GraphCanvas = dynamic(() => import("./graph-canvas"), { ssr: false, loading: CanvasLoading });

/**
 * The drawing of the network with its summary in words, the node picker, whether bridges are marked, and how it is
 * simplified: a large graph (more than GROUP_FROM nodes) opens grouped by community (or by sector, on request), each
 * group one node; opening a group draws its members. Every node stays in the table and the picker whatever the view.
 */
export function GraphSection(props: {
  graph: NetworkGraph;
  index: GraphIndex;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const t = useTranslations("partners");
  const { graph, index } = props;
  // The index object is new on every render; its parts are memoised: depend on those, so the drawing is not rebuilt.
  const { nameOf, sectorNames, byId } = index;
  const [highlight, setHighlight] = useState(true);
  const [view, setView] = useState<GraphView>(graph.nodes.length > GROUP_FROM ? "community" : "all");
  const [openGroup, setOpenGroup] = useState<string | null>(null);
  const summaryId = useId();
  const loadTexts = useMemo<OnDemandTexts>(
    () => ({
      load: t("network.graph.load"),
      why: t("network.graph.loadWhy"),
      always: t("network.graph.loadAlways"),
      forget: t("network.graph.loadForget"),
    }),
    [t],
  );
  const name = useCallback((n: GraphNode) => nodeName(t, n), [t]);

  const grouped = useMemo(() => (view === "all" ? null : groupGraph(graph.nodes, graph.edges, view)), [graph, view]);
  const groupName = useCallback(
    (id: string) => {
      const g = grouped?.groups.find((x) => x.id === id);
      if (!g) return id;
      const count = g.members.length;
      if (g.by === "community") {
        if (g.key === "none") return t("network.view.groupNone", { count });
        return t("network.view.groupCommunity", { name: nameOf(g.lead), count });
      }
      if (g.key === "none") return t("network.view.groupNoSector", { count });
      if (g.key === "team") return t("network.view.groupTeam", { count });
      if (g.key === "residents") return t("network.view.groupResidents", { count });
      return t("network.view.groupSector", { name: sectorNames.get(g.key) ?? g.key, count });
    },
    [grouped, nameOf, sectorNames, t],
  );
  const opened = grouped && openGroup ? grouped.groups.find((g) => g.id === openGroup) : undefined;

  const elements = useMemo(() => {
    if (!grouped) return fullElements(graph.nodes, graph.edges, graph.bridges, name);
    if (opened) {
      const sub = subgraph(graph.nodes, graph.edges, new Set(opened.members));
      return fullElements(sub.nodes, sub.edges, graph.bridges, name);
    }
    return groupElements(grouped, name, groupName);
  }, [graph, grouped, opened, name, groupName]);

  // Choosing a node elsewhere (table, picker, ego view) opens the group it is in.
  useEffect(() => {
    if (!grouped || !props.selectedId) return;
    const g = grouped.drawnAs.get(props.selectedId);
    if (g?.startsWith("group:") && g !== openGroup) setOpenGroup(g);
  }, [grouped, props.selectedId, openGroup]);

  const bridgeToOf = useCallback((id: string) => byId.get(id)?.bridgeTo ?? [], [byId]);
  const onCanvasSelect = (id: string | null) => {
    if (id?.startsWith("group:")) setOpenGroup(id);
    else props.onSelect(id);
  };

  return (
    <section aria-labelledby="network-graph-title" className="min-w-0 space-y-3">
      <h2 id="network-graph-title" className="text-lg font-semibold text-slate-900">
        {t("network.graph.canvasTitle")}
      </h2>
      <GraphSummary id={summaryId} graph={graph} index={index} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:w-80">
          <SelectField
            label={t("network.view.label")}
            value={view}
            onChange={(e) => {
              setView(e.target.value as GraphView);
              setOpenGroup(null);
            }}
          >
            <option value="all">{t("network.view.all")}</option>
            <option value="community">{t("network.view.community")}</option>
            <option value="sector">{t("network.view.sector")}</option>
          </SelectField>
        </div>
      </div>
      {graph.nodes.length > GROUP_FROM ? (
        <p className="text-sm text-slate-700">{t("network.view.hint", { count: graph.nodes.length })}</p>
      ) : null}
      <GraphControls
        nodes={index.byName}
        selectedId={props.selectedId}
        onSelect={props.onSelect}
        highlight={highlight}
        onHighlight={setHighlight}
      />
      {opened ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-300 bg-slate-50 p-2" role="status">
          <span className="break-words">{t("network.view.opened", { name: groupName(opened.id), count: opened.members.length })}</span>
          <Button variant="secondary" onClick={() => setOpenGroup(null)}>
            {t("network.view.back")}
          </Button>
        </div>
      ) : null}
      <OnDemand kind="graph" texts={loadTexts}>
        <GraphCanvas
          elements={elements}
          view={grouped ? (opened ? "group" : "groups") : "all"}
          selectedId={props.selectedId}
          highlightBridges={highlight}
          bridgeToOf={bridgeToOf}
          onSelect={onCanvasSelect}
          label={t("network.graph.canvasLabel")}
          describedBy={summaryId}
        />
      </OnDemand>
      {grouped && !opened ? (
        <div>
          <h3 className="font-semibold text-slate-900">{t("network.view.groups")}</h3>
          <ul className="mt-1 flex flex-wrap gap-2" data-testid="network-groups">
            {grouped.groups.map((g) => (
              <li key={g.id}>
                <Button
                  variant="secondary"
                  className="min-h-11 text-sm break-words"
                  aria-label={t("network.view.openGroup", { name: groupName(g.id) })}
                  onClick={() => setOpenGroup(g.id)}
                >
                  {groupName(g.id)}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-sm text-slate-700">{t("network.graph.howTo")}</p>
    </section>
  );
}
