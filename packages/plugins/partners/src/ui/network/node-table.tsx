"use client";
import { Badge, Button, DataTable } from "@zorgzaam/ui";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { GraphNode } from "../../server/network/types";
import { nodeKindText, nodeName } from "./node-text";
import { usePercent } from "./use-percent";

/**
 * The list alternative to the drawing: every node in a table (bridges first), its kind, relationship, connections and
 * role, a link to an actor's page, and a button that shows the node in the graph. The selected node's row is marked.
 */
export function NodeTable(props: { nodes: GraphNode[]; selectedId: string | null; base: string; onShow: (id: string) => void }) {
  const t = useTranslations("partners");
  const percent = usePercent();
  const { base } = props;
  return (
    <section aria-labelledby="network-table-title" className="space-y-2">
      <h2 id="network-table-title" className="text-lg font-semibold text-slate-900">
        {t("network.table.title")}
      </h2>
      <p className="max-w-prose text-slate-700">{t("network.table.intro")}</p>
      <DataTable caption={t("network.table.caption", { count: props.nodes.length })}>
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
          {props.nodes.map((n) => (
            <tr key={n.id} className={n.id === props.selectedId ? "bg-teal-50" : undefined}>
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
                <Button variant="ghost" className="relative min-h-9 px-2 py-1 text-sm whitespace-nowrap" onClick={() => props.onShow(n.id)}>
                  {t("network.table.showShort")}
                  <span className="sr-only">: {nodeName(t, n)}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
