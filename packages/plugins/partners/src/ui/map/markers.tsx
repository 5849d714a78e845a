"use client";
import { type MapKit, MapPinIcon } from "@zorgzaam/ui/map";
import { useLocale, useTranslations } from "next-intl";
import { type CSSProperties, useCallback } from "react";
import type { MapPoint } from "../../server/map/codec";
import { sectorLabel, type SectorOption } from "../actors/labels";
import { textOn } from "./colours";

/**
 * Marker container styles, as constants: react-map-gl applies a marker's style on every change of the object and
 * never removes a property, so each one sets every property it uses. While a new actor is being placed, clicks go
 * through the markers to the map (a point may sit right where the actor is).
 */
const MARKER_STYLE = {
  normal: { zIndex: "auto", pointerEvents: "auto" },
  selected: { zIndex: 2, pointerEvents: "auto" },
  adding: { zIndex: "auto", pointerEvents: "none" },
  addingSelected: { zIndex: 2, pointerEvents: "none" },
} as const satisfies Record<string, CSSProperties>;

const markerStyle = (selected: boolean, adding: boolean) =>
  MARKER_STYLE[selected ? (adding ? "addingSelected" : "selected") : adding ? "adding" : "normal"];

/** A group of points: a round button with the count; a click zooms in until the group falls apart. */
export function ClusterMarker(props: {
  kit: MapKit;
  lat: number;
  lng: number;
  count: number;
  colour: string;
  adding: boolean;
  onZoomIn: () => void;
}) {
  const t = useTranslations("partners");
  const { kit, count, colour: bg } = props;
  const size = Math.round(Math.min(52, 30 + Math.log10(count) * 9));
  return (
    <kit.Marker latitude={props.lat} longitude={props.lng} anchor="center" style={markerStyle(false, props.adding)}>
      <button
        type="button"
        className="flex items-center justify-center rounded-full border-2 border-white text-sm font-bold shadow-[0_0_0_1px_#0f172a] focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-slate-950"
        style={{ width: size, height: size, backgroundColor: bg, color: textOn(bg) }}
        aria-label={t("map.marker.cluster", { count })}
        onClick={props.onZoomIn}
      >
        {count}
      </button>
    </kit.Marker>
  );
}

/** A point's name for screen readers: the actor, its kind, relationship, sector, and whether it is missing. */
export function usePointLabel() {
  const t = useTranslations("partners");
  const locale = useLocale();
  return useCallback(
    (p: MapPoint, sector: SectorOption | undefined) =>
      t("map.marker.point", {
        name: p.name,
        kind: t(`kind.${p.kind}` as "kind.organisation"),
        status: t(`status.${p.status}` as "status.intensive"),
        sector: sector ? sectorLabel(sector, locale) : "none",
        missing: p.missing ? "yes" : "no",
      }),
    [t, locale],
  );
}

/**
 * One actor: a button named by its kind, relationship, sector and whether it is missing (dashed), that opens its card.
 * A selected point is drawn larger and above the others.
 */
export function PointMarker(props: {
  kit: MapKit;
  point: MapPoint;
  colour: string;
  sector: SectorOption | undefined;
  selected: boolean;
  adding: boolean;
  onOpen: (id: string, from: HTMLButtonElement) => void;
}) {
  const label = usePointLabel();
  const { kit, point: p, colour: bg, sector, selected: isSelected, adding } = props;
  return (
    <kit.Marker latitude={p.lat} longitude={p.lng} anchor="center" style={markerStyle(isSelected, adding)}>
      <button
        type="button"
        className="flex size-7 items-center justify-center rounded-full focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-slate-950"
        aria-label={label(p, sector)}
        aria-expanded={isSelected}
        onClick={(e) => {
          if (adding) return;
          props.onOpen(p.id, e.currentTarget);
        }}
      >
        <span
          aria-hidden="true"
          className={`block rounded-full shadow-[0_0_0_1px_#0f172a] ${isSelected ? "size-6" : "size-[18px]"} ${p.coarsened ? "opacity-80" : ""}`}
          style={
            p.missing
              ? { backgroundColor: "#ffffff", border: `4px dashed ${bg}` }
              : { backgroundColor: bg, border: `${isSelected ? 3 : 2}px solid #ffffff` }
          }
        />
      </button>
    </kit.Marker>
  );
}

/** The point being placed for a new actor. */
export function PickedMarker({ kit, lat, lng }: { kit: MapKit; lat: number; lng: number }) {
  const t = useTranslations("partners");
  return (
    <kit.Marker latitude={lat} longitude={lng} anchor="bottom">
      <MapPinIcon label={t("map.marker.picked")} />
    </kit.Marker>
  );
}
