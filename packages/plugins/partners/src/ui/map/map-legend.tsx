"use client";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { RELATIONSHIP_STATUSES } from "../../domain";
import { sectorLabel, type SectorOption } from "../actors/labels";
import { colourOf, legendEntries, NEUTRAL } from "./colours";
import type { ColourBy } from "./url";

/** What the colours and symbols on the map mean: the colours in use, a missing place, a group, an approximate point. */
export function MapLegend(props: {
  colour: ColourBy;
  colours: readonly string[];
  /** The colour indexes the points use. */
  used: ReadonlySet<number>;
  sectors: SectorOption[];
  /** Some points are shown approximately (their address is hidden). */
  coarsened: boolean;
}) {
  const t = useTranslations("partners");
  const locale = useLocale();
  const id = useId();
  const { colours } = props;
  const colourLabel = (i: number) => {
    if (props.colour === "status") return t(`status.${RELATIONSHIP_STATUSES[i] ?? "not_contacted"}` as "status.intensive");
    const s = props.sectors[i];
    return s ? sectorLabel(s, locale) : t("map.view.noSector");
  };
  return (
    <section aria-labelledby={`${id}-legend`}>
      <h3 id={`${id}-legend`} className="text-sm font-semibold text-slate-900">
        {t("map.view.legend")}
      </h3>
      <ul className="mt-1 space-y-1 text-sm text-slate-800">
        {legendEntries(props.used, colours.length).map((i) => (
          <li key={i} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-4 rounded-full border-2 border-white shadow-[0_0_0_1px_#0f172a]"
              style={{ backgroundColor: colourOf(colours, i) }}
            />
            {colourLabel(i)}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="inline-block size-4 rounded-full bg-white shadow-[0_0_0_1px_#0f172a]"
            style={{ border: `3px dashed ${NEUTRAL}` }}
          />
          {t("map.view.missingSymbol")}
        </li>
        <li className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="inline-flex size-5 items-center justify-center rounded-full border-2 border-white text-[10px] font-bold text-white shadow-[0_0_0_1px_#0f172a]"
            style={{ backgroundColor: NEUTRAL }}
          >
            3
          </span>
          {t("map.view.cluster")}
        </li>
        {props.coarsened ? (
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-4 rounded-full border-2 border-white opacity-80 shadow-[0_0_0_1px_#0f172a]"
              style={{ backgroundColor: NEUTRAL }}
            />
            {t("map.view.coarsened")}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
