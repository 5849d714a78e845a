"use client";
import { useTranslations } from "next-intl";
import { STATUS_COLORS } from "../../domain";
import type { GraphNode, NetworkGraph } from "../../server/network/types";
import { NODE_COLORS } from "./legend-style";
import { nodeKindText, nodeName } from "./node-text";
import type { GraphIndex } from "./use-graph-index";

/** Neighbours drawn around the centre; the rest are listed under the drawing (a phone has room for about eight). */
const AROUND = 8;

const colour = (n: GraphNode) => (n.kind === "actor" && n.status ? STATUS_COLORS[n.status] : NODE_COLORS[n.kind]);

/**
 * The ego view: one node and its neighbours, drawn as a small star with readable labels (HTML text, 14 px, whatever
 * the screen) and listed below it. Tapping a neighbour makes it the centre. On a phone this comes first, instead of
 * the whole graph; it starts at the selected node, else at our own organisation.
 */
export function EgoView(props: { graph: NetworkGraph; index: GraphIndex; selectedId: string | null; onSelect: (id: string) => void }) {
  const t = useTranslations("partners");
  const { graph, index } = props;
  const centre =
    (props.selectedId ? index.byId.get(props.selectedId) : undefined) ??
    graph.nodes.find((n) => n.kind === "organisation" && n.mine) ??
    index.top ??
    graph.nodes.find((n) => n.kind === "organisation") ??
    graph.nodes[0];
  if (!centre) return null;
  const ids = new Set<string>();
  for (const e of graph.edges) {
    if (e.source === centre.id) ids.add(e.target);
    if (e.target === centre.id) ids.add(e.source);
  }
  const neighbours = [...ids]
    .map((id) => index.byId.get(id))
    .filter((n): n is GraphNode => Boolean(n))
    .sort((a, b) => b.degree - a.degree || nodeName(t, a).localeCompare(nodeName(t, b)));
  const around = neighbours.slice(0, AROUND);
  const rest = neighbours.slice(AROUND);
  const at = (i: number) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / Math.max(around.length, 1);
    return { x: 50 + 36 * Math.cos(angle), y: 50 + 38 * Math.sin(angle) };
  };
  const chip = "max-w-[7.5rem] rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm leading-tight break-words shadow-sm";

  return (
    <section aria-labelledby="network-ego-title" className="rounded-xl border border-slate-300 bg-white p-4" data-testid="network-ego">
      <h2 id="network-ego-title" className="text-lg font-semibold text-slate-900">
        {t("network.ego.title", { name: nodeName(t, centre) })}
      </h2>
      <p className="text-sm text-slate-700">{t("network.ego.intro", { kind: nodeKindText(t, centre), count: neighbours.length })}</p>
      {around.length ? (
        <div className="relative mx-auto mt-3 aspect-square w-full max-w-md" aria-hidden="true" data-testid="network-ego-drawing">
          <svg aria-hidden="true" className="absolute inset-0 h-full w-full" viewBox="0 0 100 100" preserveAspectRatio="none">
            {around.map((n, i) => {
              const p = at(i);
              return (
                <line key={n.id} x1="50" y1="50" x2={p.x} y2={p.y} stroke="#94a3b8" strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
              );
            })}
          </svg>
          <span
            className={`${chip} absolute top-1/2 left-1/2 -translate-x-1/2 -translate-y-1/2 border-2 font-semibold`}
            style={{ borderColor: colour(centre) }}
            data-ego-label=""
          >
            {nodeName(t, centre)}
          </span>
          {around.map((n, i) => {
            const p = at(i);
            return (
              <span
                key={n.id}
                className={`${chip} absolute -translate-x-1/2 -translate-y-1/2`}
                style={{ left: `${p.x}%`, top: `${p.y}%`, borderLeft: `6px solid ${colour(n)}` }}
                data-ego-label=""
              >
                {nodeName(t, n)}
              </span>
            );
          })}
        </div>
      ) : null}
      {/* The same neighbours as a list of buttons: what a keyboard or screen reader uses, and the ones not drawn. */}
      <h3 className="mt-3 font-semibold text-slate-900">{t("network.ego.neighbours", { count: neighbours.length })}</h3>
      {neighbours.length === 0 ? (
        <p className="text-slate-700">{t("network.ego.none")}</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-2">
          {[...around, ...rest].map((n) => (
            <li key={n.id}>
              <button
                type="button"
                onClick={() => props.onSelect(n.id)}
                className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 text-left text-sm break-words text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-800"
              >
                {nodeName(t, n)} <span className="text-slate-700">({nodeKindText(t, n)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
