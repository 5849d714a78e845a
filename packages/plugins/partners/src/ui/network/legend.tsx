"use client";
import { useTranslations } from "next-intl";
import { RELATIONSHIP_STATUSES, STATUS_COLORS } from "../../domain";
import { BRIDGE_COLOR, EDGE_COLORS, NODE_COLORS } from "./legend-style";

type Shape = "square" | "triangle" | "diamond" | "circle" | "star";

/** A small drawing of a node as the graph shows it (decorative: the text beside it says what it is). */
function Swatch({ shape, color, ring }: { shape: Shape; color: string; ring?: string }) {
  const body: Record<Shape, React.ReactNode> = {
    square: <rect x="3" y="5" width="14" height="10" rx="3" fill={color} />,
    triangle: <polygon points="10,3 18,17 2,17" fill={color} />,
    diamond: <polygon points="10,2 18,10 10,18 2,10" fill={color} />,
    circle: <circle cx="10" cy="10" r="7" fill={color} />,
    star: <polygon points="10,2 12.4,7.6 18.5,7.9 13.8,11.8 15.3,17.8 10,14.5 4.7,17.8 6.2,11.8 1.5,7.9 7.6,7.6" fill={color} />,
  };
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" className="shrink-0">
      {ring ? <circle cx="10" cy="10" r="9" fill="none" stroke={ring} strokeWidth="2" /> : null}
      {body[shape]}
    </svg>
  );
}

function Line({ color, dash, arrow }: { color: string; dash?: string; arrow?: boolean }) {
  return (
    <svg aria-hidden="true" width="32" height="12" viewBox="0 0 32 12" className="shrink-0">
      <line x1="2" y1="6" x2={arrow ? 24 : 30} y2="6" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
      {arrow ? <polygon points="24,1 31,6 24,11" fill={color} /> : null}
    </svg>
  );
}

/** What the shapes, colours and lines of the graph mean. */
export function Legend() {
  const t = useTranslations("partners");
  const item = "flex items-center gap-2";
  return (
    <section aria-labelledby="network-legend-title" className="rounded-xl border border-slate-300 bg-white p-4 text-sm">
      <h2 id="network-legend-title" className="text-lg font-semibold text-slate-900">
        {t("network.legend.title")}
      </h2>
      <h3 className="mt-2 font-semibold text-slate-900">{t("network.legend.nodes")}</h3>
      <ul className="mt-1 space-y-1">
        <li className={item}>
          <Swatch shape="square" color={NODE_COLORS.organisation} />
          {t("network.graph.kinds.organisation")}
        </li>
        <li className={item}>
          <Swatch shape="square" color={NODE_COLORS.partnership} />
          {t("noOrganisation")}
        </li>
        <li className={item}>
          <Swatch shape="triangle" color={NODE_COLORS.member} />
          {t("network.graph.kinds.member")}
        </li>
        <li className={item}>
          <Swatch shape="diamond" color={NODE_COLORS.person} />
          {t("network.graph.kinds.person")}
        </li>
        <li className={item}>
          <Swatch shape="circle" color={STATUS_COLORS.occasional} />
          {t("network.graph.kinds.actor")}
        </li>
        <li className={item}>
          <Swatch shape="star" color={STATUS_COLORS.occasional} />
          {t("kind.key_figure")}
        </li>
        <li className={item}>
          <Swatch shape="circle" color="#ffffff" ring={BRIDGE_COLOR} />
          {t("network.legend.bridge")}
        </li>
      </ul>
      <h3 className="mt-3 font-semibold text-slate-900">{t("network.legend.statuses")}</h3>
      <ul className="mt-1 space-y-1">
        {RELATIONSHIP_STATUSES.map((s) => (
          <li key={s} className={item}>
            <Swatch shape="circle" color={STATUS_COLORS[s]} />
            {t(`status.${s}`)}
          </li>
        ))}
      </ul>
      <h3 className="mt-3 font-semibold text-slate-900">{t("network.legend.ties")}</h3>
      <ul className="mt-1 space-y-1">
        <li className={item}>
          <Line color={EDGE_COLORS.link} arrow />
          {t("network.legend.link")}
        </li>
        <li className={item}>
          <Line color={EDGE_COLORS.acquaintance} dash="5 3" />
          {t("network.legend.acquaintance")}
        </li>
        <li className={item}>
          <Line color={STATUS_COLORS.intensive} />
          {t("network.legend.relationship")}
        </li>
        <li className={item}>
          <Line color={STATUS_COLORS.not_contacted} dash="2 3" />
          {t("network.legend.quiet")}
        </li>
        <li className={item}>
          <Line color={EDGE_COLORS.membership} />
          {t("network.legend.membership")}
        </li>
      </ul>
    </section>
  );
}
