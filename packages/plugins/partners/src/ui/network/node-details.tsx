"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import type { GraphEdge, GraphNode, NetworkGraph } from "../../server/network/types";
import { nodeKindText, nodeName } from "./node-text";
import type { GraphIndex } from "./use-graph-index";
import { usePercent } from "./use-percent";

/**
 * The side panel: the selected node's details, or a hint to select one. Announced politely when the selection changes;
 * its heading takes the focus when a node is chosen from a list (see ./use-node-selection.ts).
 */
export function DetailsPanel(props: {
  node: GraphNode | undefined;
  graph: NetworkGraph;
  index: GraphIndex;
  base: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const t = useTranslations("partners");
  const { node } = props;
  return (
    <section aria-labelledby="network-details-title" aria-live="polite" className="rounded-xl border border-slate-300 bg-white p-4">
      <h2 id="network-details-title" ref={props.headingRef} tabIndex={-1} className="text-lg font-semibold text-slate-900">
        {node ? nodeName(t, node) : t("network.details.title")}
      </h2>
      {node ? (
        <NodeDetails node={node} graph={props.graph} index={props.index} base={props.base} />
      ) : (
        <p className="mt-1 text-slate-700">{t("network.details.none")}</p>
      )}
    </section>
  );
}

/** What we know of one node: kind, relationship, sectors, connections, whether it bridges or is unreached, its ties. */
function NodeDetails({ node, graph, index, base }: { node: GraphNode; graph: NetworkGraph; index: GraphIndex; base: string }) {
  const t = useTranslations("partners");
  const percent = usePercent();
  const { nameOf: name, sectorNames } = index;
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
