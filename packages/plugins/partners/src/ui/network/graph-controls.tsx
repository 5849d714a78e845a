"use client";
import { Checkbox, SelectField } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import type { GraphNode } from "../../server/network/types";
import { nodeKindText, nodeName } from "./node-text";

/** Beside the drawing: pick a node by name (the keyboard alternative to clicking one) and mark the bridges or not. */
export function GraphControls(props: {
  nodes: GraphNode[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  highlight: boolean;
  onHighlight: (on: boolean) => void;
}) {
  const t = useTranslations("partners");
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="sm:w-80">
        <SelectField
          label={t("network.graph.pick")}
          value={props.selectedId ?? ""}
          onChange={(e) => props.onSelect(e.target.value || null)}
        >
          <option value="">{t("network.graph.pickNone")}</option>
          {props.nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {nodeName(t, n)} ({nodeKindText(t, n)})
            </option>
          ))}
        </SelectField>
      </div>
      <Checkbox
        label={t("network.graph.highlightBridges")}
        checked={props.highlight}
        onChange={(e) => props.onHighlight(e.currentTarget.checked)}
      />
    </div>
  );
}
