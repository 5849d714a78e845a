"use client";
import { Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { nodeKindText, nodeName } from "./node-text";
import type { GraphIndex } from "./use-graph-index";

/** The bridge builders ("bruggenbouwers"): who is the only route to which actors, each with a button to show it. */
export function BridgesList({ bridges, index, onShow }: { bridges: string[]; index: GraphIndex; onShow: (id: string) => void }) {
  const t = useTranslations("partners");
  return (
    <section aria-labelledby="network-bridges-title" className="space-y-2">
      <h2 id="network-bridges-title" className="text-lg font-semibold text-slate-900">
        {t("network.bridges.title")}
      </h2>
      <p className="max-w-prose text-slate-700">{t("network.bridges.intro")}</p>
      {bridges.length === 0 ? (
        <p className="text-slate-800">{t("network.bridges.none")}</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white" data-testid="network-bridges">
          {bridges.map((id) => {
            const n = index.byId.get(id);
            if (!n) return null;
            return (
              <li key={id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <p className="font-semibold text-slate-900">
                    {nodeName(t, n)} <span className="font-normal text-slate-700">({nodeKindText(t, n)})</span>
                  </p>
                  <p className="text-sm text-slate-800">
                    {t("network.bridges.reaches", { count: n.bridgeTo.length })} {n.bridgeTo.map(index.nameOf).join(", ")}
                  </p>
                </div>
                <Button variant="secondary" onClick={() => onShow(id)}>
                  {t("network.table.show", { name: nodeName(t, n) })}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
