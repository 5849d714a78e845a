"use client";
import { Badge, Button, Checkbox, DataTable, EmptyState, SelectField } from "@zorgzaam/ui";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState } from "react";
import type { GraphEdge, GraphNode, NetworkGraph } from "../../server/network/types";
import { type SectorOption, sectorLabel } from "../actors/labels";
import { Legend } from "./legend";
import { nodeKindText, nodeName } from "./node-text";

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

export interface ExplorerProps {
  slug: string;
  graph: NetworkGraph;
  sectors: SectorOption[];
}

/**
 * The network page's interactive part: the graph, the details of the selected node, the bridges ("bruggenbouwers"),
 * the actors nobody reaches, and the list alternative (every node in a table, from which a node can be selected too).
 */
export function NetworkExplorer({ slug, graph, sectors }: ExplorerProps) {
  const t = useTranslations("partners");
  const format = useFormatter();
  const locale = useLocale();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [highlight, setHighlight] = useState(true);
  const summaryId = useId();
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  const base = `/t/${slug}/partners`;

  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const name = (id: string) => {
    const n = byId.get(id);
    return n ? nodeName(t, n) : "";
  };
  const sectorNames = useMemo(() => new Map(sectors.map((s) => [s.key, sectorLabel(s, locale)])), [sectors, locale]);
  const count = (kind: GraphNode["kind"]) => graph.nodes.filter((n) => n.kind === kind).length;
  const percent = (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 1 });
  const rows = useMemo(
    () =>
      [...graph.nodes].sort(
        (a, b) => b.bridgeTo.length - a.bridgeTo.length || b.degree - a.degree || nodeName(t, a).localeCompare(nodeName(t, b), locale),
      ),
    [graph, t, locale],
  );
  const byName = useMemo(() => [...graph.nodes].sort((a, b) => nodeName(t, a).localeCompare(nodeName(t, b), locale)), [graph, t, locale]);

  function select(id: string | null, focusDetails = false) {
    setSelectedId(id);
    if (focusDetails) {
      // Let the details render first, then bring keyboard and screen-reader users there.
      setTimeout(() => detailsHeading.current?.focus(), 0);
    }
  }

  const top = graph.bridges[0] ? byId.get(graph.bridges[0]) : undefined;
  const selected = selectedId ? byId.get(selectedId) : undefined;

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
        <section aria-labelledby="network-graph-title" className="min-w-0 space-y-3">
          <h2 id="network-graph-title" className="text-lg font-semibold text-slate-900">
            {t("network.graph.canvasTitle")}
          </h2>
          <p id={summaryId} className="text-slate-800" data-testid="network-summary">
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
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <div className="sm:w-80">
              <SelectField label={t("network.graph.pick")} value={selectedId ?? ""} onChange={(e) => select(e.target.value || null)}>
                <option value="">{t("network.graph.pickNone")}</option>
                {byName.map((n) => (
                  <option key={n.id} value={n.id}>
                    {nodeName(t, n)} ({nodeKindText(t, n)})
                  </option>
                ))}
              </SelectField>
            </div>
            <Checkbox
              label={t("network.graph.highlightBridges")}
              checked={highlight}
              onChange={(e) => setHighlight(e.currentTarget.checked)}
            />
          </div>
          <GraphCanvas
            graph={graph}
            selectedId={selectedId}
            highlightBridges={highlight}
            onSelect={(id) => select(id)}
            label={t("network.graph.canvasLabel")}
            describedBy={summaryId}
          />
          <p className="text-sm text-slate-700">{t("network.graph.howTo")}</p>
        </section>
        <div className="space-y-6">
          <section aria-labelledby="network-details-title" aria-live="polite" className="rounded-xl border border-slate-300 bg-white p-4">
            <h2 id="network-details-title" ref={detailsHeading} tabIndex={-1} className="text-lg font-semibold text-slate-900">
              {selected ? nodeName(t, selected) : t("network.details.title")}
            </h2>
            {selected ? (
              <Details node={selected} graph={graph} name={name} base={base} percent={percent} sectorNames={sectorNames} />
            ) : (
              <p className="mt-1 text-slate-700">{t("network.details.none")}</p>
            )}
          </section>
          <Legend />
        </div>
      </div>

      <section aria-labelledby="network-bridges-title" className="space-y-2">
        <h2 id="network-bridges-title" className="text-lg font-semibold text-slate-900">
          {t("network.bridges.title")}
        </h2>
        <p className="max-w-prose text-slate-700">{t("network.bridges.intro")}</p>
        {graph.bridges.length === 0 ? (
          <p className="text-slate-800">{t("network.bridges.none")}</p>
        ) : (
          <ol className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white" data-testid="network-bridges">
            {graph.bridges.map((id) => {
              const n = byId.get(id);
              if (!n) return null;
              return (
                <li key={id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <p className="font-semibold text-slate-900">
                      {nodeName(t, n)} <span className="font-normal text-slate-700">({nodeKindText(t, n)})</span>
                    </p>
                    <p className="text-sm text-slate-800">
                      {t("network.bridges.reaches", { count: n.bridgeTo.length })} {n.bridgeTo.map(name).join(", ")}
                    </p>
                  </div>
                  <Button variant="secondary" onClick={() => select(id, true)}>
                    {t("network.table.show", { name: nodeName(t, n) })}
                  </Button>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {graph.unreached.length ? (
        <section aria-labelledby="network-unreached-title" className="space-y-2">
          <h2 id="network-unreached-title" className="text-lg font-semibold text-slate-900">
            {t("network.unreached.title")}
          </h2>
          <p className="max-w-prose text-slate-700">{t("network.unreached.intro")}</p>
          <ul className="flex flex-wrap gap-2">
            {graph.unreached.map((id) => {
              const n = byId.get(id);
              return n?.actorId ? (
                <li key={id}>
                  <Link
                    href={`${base}/actors/${n.actorId}`}
                    className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3"
                  >
                    {nodeName(t, n)}
                  </Link>
                </li>
              ) : null;
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="network-table-title" className="space-y-2">
        <h2 id="network-table-title" className="text-lg font-semibold text-slate-900">
          {t("network.table.title")}
        </h2>
        <p className="max-w-prose text-slate-700">{t("network.table.intro")}</p>
        <DataTable caption={t("network.table.caption", { count: graph.nodes.length })}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col">{t("network.table.name")}</th>
              <th scope="col">{t("network.table.kind")}</th>
              <th scope="col">{t("network.table.status")}</th>
              <th scope="col">{t("network.table.connections")}</th>
              <th scope="col">{t("network.table.betweenness")}</th>
              <th scope="col">{t("network.table.role")}</th>
              {/* "relative": the hidden text stays inside the table's scroll area (no page-wide overflow on a phone). */}
              <th scope="col" className="relative">
                <span className="sr-only">{t("network.table.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200" data-testid="network-table">
            {rows.map((n) => (
              <tr key={n.id} className={n.id === selectedId ? "bg-teal-50" : undefined}>
                <th scope="row" className="font-medium">
                  {n.actorId ? <Link href={`${base}/actors/${n.actorId}`}>{nodeName(t, n)}</Link> : nodeName(t, n)}
                </th>
                <td>{nodeKindText(t, n)}</td>
                <td>{n.status ? t(`status.${n.status}`) : ""}</td>
                <td>{n.degree}</td>
                <td>{percent(n.betweenness)}</td>
                <td>
                  {n.bridgeTo.length ? (
                    <Badge tone="warn">{t("network.table.bridge", { count: n.bridgeTo.length })}</Badge>
                  ) : !n.reached && n.kind !== "organisation" && n.kind !== "partnership" ? (
                    <Badge tone="neutral">{t("network.table.unreached")}</Badge>
                  ) : (
                    ""
                  )}
                </td>
                <td>
                  <Button
                    variant="ghost"
                    className="relative min-h-9 px-2 py-1 text-sm whitespace-nowrap"
                    onClick={() => select(n.id, true)}
                  >
                    {t("network.table.showShort")}
                    <span className="sr-only">: {nodeName(t, n)}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>
    </div>
  );
}

function Details({
  node,
  graph,
  name,
  base,
  percent,
  sectorNames,
}: {
  node: GraphNode;
  graph: NetworkGraph;
  name: (id: string) => string;
  base: string;
  percent: (x: number) => string;
  sectorNames: Map<string, string>;
}) {
  const t = useTranslations("partners");
  const ties = graph.edges.filter((e) => e.source === node.id || e.target === node.id);
  return (
    <div className="mt-2 space-y-3 text-slate-800" data-testid="network-details">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">{t("network.table.kind")}</dt>
        <dd>{nodeKindText(t, node)}</dd>
        {node.status ? (
          <>
            <dt className="font-semibold">{t("network.table.status")}</dt>
            <dd>{t(`status.${node.status}`)}</dd>
          </>
        ) : null}
        {node.sectorKeys?.length ? (
          <>
            <dt className="font-semibold">{t("network.details.sectors")}</dt>
            <dd>{node.sectorKeys.map((k) => sectorNames.get(k) ?? k).join(", ")}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("network.table.connections")}</dt>
        <dd>{node.degree}</dd>
        <dt className="font-semibold">{t("network.table.betweenness")}</dt>
        <dd>{percent(node.betweenness)}</dd>
      </dl>
      {node.bridgeTo.length ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-2 text-amber-950">
          <strong>{t("network.details.bridge")}</strong> {t("network.bridges.reaches", { count: node.bridgeTo.length })}{" "}
          {node.bridgeTo.map(name).join(", ")}
        </p>
      ) : null}
      {!node.reached && node.kind !== "organisation" && node.kind !== "partnership" ? <p>{t("network.details.unreached")}</p> : null}
      {node.missing ? <p>{t("missing")}</p> : null}
      <div>
        <h3 className="font-semibold text-slate-900">{t("network.details.ties", { count: ties.length })}</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {ties.map((e) => (
            <li key={e.id}>{tieText(t, e, name)}</li>
          ))}
        </ul>
      </div>
      {node.actorId ? (
        <Link href={`${base}/actors/${node.actorId}`} className="inline-block font-semibold">
          {t("network.details.open", { name: name(node.id) })}
        </Link>
      ) : null}
    </div>
  );
}

/** A tie as a sentence: "Imam gives access to Women's group", "Fatima knows Laundrette (good contact)". */
function tieText(t: ReturnType<typeof useTranslations<"partners">>, e: GraphEdge, name: (id: string) => string): string {
  const from = name(e.source);
  const to = name(e.target);
  switch (e.kind) {
    case "link":
      return t("network.tie.link", { from, type: t(`linkType.${e.linkType ?? "other"}`), to });
    case "acquaintance":
      return t("network.tie.acquaintance", { from, to, strength: t(`strength.${(e.strength ?? "knows") as "knows"}`) });
    case "membership":
      return t("network.tie.membership", { from, to });
    default:
      return t("network.tie.relationship", { from, to, status: t(`status.${e.status ?? "not_contacted"}`) });
  }
}
