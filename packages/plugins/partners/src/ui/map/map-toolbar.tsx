"use client";
import { Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useId } from "react";
import type { ColourBy } from "./url";

/** Above the map: colour by sector or relationship, frame the neighbourhoods or every point, and (for who manages actors) place a new one. */
export function MapToolbar(props: {
  colour: ColourBy;
  onColour: (c: ColourBy) => void;
  /** Frames every point; absent when there are none. */
  onShowAll: (() => void) | null;
  /** Frames the neighbourhoods; absent when none has a boundary. */
  onShowArea: (() => void) | null;
  canManage: boolean;
  adding: boolean;
  onToggleAdd: () => void;
}) {
  const t = useTranslations("partners");
  const id = useId();
  const { colour, adding } = props;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="mb-1 text-sm font-semibold text-slate-900">{t("map.view.colourBy")}</legend>
        {(["sector", "status"] as const).map((c) => (
          <label
            key={c}
            className={`inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border px-3 ${colour === c ? "border-teal-800 bg-teal-50" : "border-slate-400 bg-white"}`}
          >
            <input
              type="radio"
              name={`${id}-colour`}
              value={c}
              checked={colour === c}
              onChange={() => props.onColour(c)}
              className="size-4 accent-teal-800"
            />
            {c === "sector" ? t("map.view.bySector") : t("map.view.byStatus")}
          </label>
        ))}
      </fieldset>
      {props.onShowArea ? (
        <Button variant="secondary" onClick={props.onShowArea}>
          {t("map.area.showArea")}
        </Button>
      ) : null}
      {props.onShowAll ? (
        <Button variant="secondary" onClick={props.onShowAll}>
          {t("map.view.showAll")}
        </Button>
      ) : null}
      {props.canManage ? (
        <Button variant={adding ? "primary" : "secondary"} aria-pressed={adding} onClick={props.onToggleAdd}>
          {adding ? t("map.add.stop") : t("map.add.start")}
        </Button>
      ) : null}
    </div>
  );
}
