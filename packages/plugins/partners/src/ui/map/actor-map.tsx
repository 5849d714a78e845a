"use client";
import { Button, buttonClass, Checkbox, CheckboxGroup } from "@zorgzaam/ui";
import { type LatLng, type MapConfig, type MapHandle, type MapKit, MapView, type MapViewState } from "@zorgzaam/ui/map";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { type CSSProperties, useCallback, useId, useMemo, useRef, useState } from "react";
import { RELATIONSHIP_STATUSES } from "../../domain";
import { type PackedPoints, unpackPoints } from "../../server/map/codec";
import { sectorLabel, type SectorOption } from "../actors/labels";
import { ActorCard } from "./actor-card";
import { boundsOf, buildIndex, type MarkerItem } from "./cluster";
import { colourIndex, colourOf, legendEntries, NEUTRAL, palette, textOn } from "./colours";
import { useMapLabels } from "./map-labels";
import type { ColourBy } from "./url";

type Boundary = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };

export interface ActorMapProps {
  slug: string;
  map: MapConfig;
  neighbourhoods: { id: string; name: string; boundary: Boundary | null }[];
  sectors: SectorOption[];
  points: PackedPoints;
  colour: ColourBy;
  canManage: boolean;
}

const BOUNDARY_LINE = "#115e59";

/**
 * Marker container styles, as constants: react-map-gl applies a marker's style on every change of the object and
 * never removes a property, so each one sets every property it uses.
 */
const MARKER_STYLE = {
  normal: { zIndex: "auto", pointerEvents: "auto" },
  selected: { zIndex: 2, pointerEvents: "auto" },
  adding: { zIndex: "auto", pointerEvents: "none" },
  addingSelected: { zIndex: 2, pointerEvents: "none" },
} as const satisfies Record<string, CSSProperties>;

/** The box around every boundary (for framing when there are no points yet). */
function boundariesBox(ns: ActorMapProps["neighbourhoods"]): [number, number, number, number] | null {
  const pts: LatLng[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && typeof x[0] === "number" && typeof x[1] === "number") pts.push({ lng: x[0], lat: x[1] });
    else if (Array.isArray(x)) for (const y of x) walk(y);
  };
  for (const n of ns) walk(n.boundary?.coordinates);
  return boundsOf(pts);
}

/** A tenth more on every side: markers do not pop in at the edges while panning, nor sit under the controls when framed. */
function padded([w, s, e, n]: [number, number, number, number]): [number, number, number, number] {
  const dx = (e - w) * 0.1;
  const dy = (n - s) * 0.1;
  return [Math.max(-180, w - dx), Math.max(-85, s - dy), Math.min(180, e + dx), Math.min(85, n + dy)];
}

/**
 * The buurtkaart itself: actors as points coloured by sector or by relationship, grouped when dense (HTML buttons, so
 * they are reachable by keyboard and named for screen readers), neighbourhood boundaries as layers, a card per point,
 * and, for members who manage actors, placing a new actor by clicking the map.
 */
export function ActorMap(props: ActorMapProps) {
  const t = useTranslations("partners");
  const locale = useLocale();
  const format = useFormatter();
  const labels = useMapLabels();
  const mapRef = useRef<MapHandle | null>(null);
  const returnFocus = useRef<HTMLButtonElement | null>(null);
  const ids = useId();

  const [colour, setColourState] = useState<ColourBy>(props.colour);
  const [view, setView] = useState<MapViewState | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [picked, setPicked] = useState<LatLng | null>(null);
  const withBoundary = useMemo(() => props.neighbourhoods.filter((n) => n.boundary), [props.neighbourhoods]);
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set(withBoundary.map((n) => n.id)));

  const points = useMemo(() => unpackPoints(props.points), [props.points]);
  const sectorByKey = useMemo(() => new Map(props.sectors.map((s) => [s.key, s])), [props.sectors]);
  const sectorIndex = useMemo(() => new Map(props.sectors.map((s, i) => [s.key, i])), [props.sectors]);
  const colours = useMemo(() => palette(colour, props.sectors), [colour, props.sectors]);
  const index = useMemo(() => buildIndex(points, (p) => colourIndex(colour, p, sectorIndex)), [points, colour, sectorIndex]);
  const markers = useMemo(() => (view ? index.markers(padded(view.bounds), view.zoom) : []), [index, view]);
  const used = useMemo(() => new Set(points.map((p) => colourIndex(colour, p, sectorIndex))), [points, colour, sectorIndex]);
  // Framed once, on the points as they were when the page opened (a changed filter does not move the map).
  const [initialBox] = useState(() => {
    const b = boundsOf(points) ?? boundariesBox(props.neighbourhoods);
    return b ? padded(b) : null;
  });

  const setColour = (c: ColourBy) => {
    setColourState(c);
    // Kept in the address (bookmarks, sharing) without asking the server again: colours are drawn here.
    const url = new URL(window.location.href);
    if (c === "sector") url.searchParams.delete("colour");
    else url.searchParams.set("colour", c);
    window.history.replaceState(window.history.state, "", url);
  };

  const onMapClick = useCallback(
    (p: LatLng) => {
      if (adding) setPicked(p);
      else setSelected(null);
    },
    [adding],
  );

  const closeCard = useCallback(() => {
    setSelected(null);
    returnFocus.current?.focus();
  }, []);

  const boundaries = useMemo(
    () => ({
      type: "FeatureCollection" as const,
      features: withBoundary
        .filter((n) => shown.has(n.id))
        .map((n) => ({ type: "Feature" as const, properties: { name: n.name }, geometry: n.boundary as Boundary })),
    }),
    [withBoundary, shown],
  );

  const kindLabel = (k: string) => t(`kind.${k}` as "kind.organisation");
  const statusLabel = (s: string) => t(`status.${s}` as "status.intensive");
  const colourLabel = (i: number) => {
    if (colour === "status") return statusLabel(RELATIONSHIP_STATUSES[i] ?? "not_contacted");
    const s = props.sectors[i];
    return s ? sectorLabel(s, locale) : t("map.view.noSector");
  };

  // While placing a new actor, clicks go through the markers to the map (a point may sit right where the actor is).
  const passThrough = MARKER_STYLE[adding ? "adding" : "normal"];

  function renderMarker(kit: MapKit, m: MarkerItem) {
    if (m.type === "cluster") {
      const bg = colourOf(colours, m.colour);
      const size = Math.round(Math.min(52, 30 + Math.log10(m.count) * 9));
      return (
        <kit.Marker key={`c${m.id}`} latitude={m.lat} longitude={m.lng} anchor="center" style={passThrough}>
          <button
            type="button"
            className="flex items-center justify-center rounded-full border-2 border-white text-sm font-bold shadow-[0_0_0_1px_#0f172a] focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-slate-950"
            style={{ width: size, height: size, backgroundColor: bg, color: textOn(bg) }}
            aria-label={t("map.marker.cluster", { count: m.count })}
            onClick={() => mapRef.current?.flyTo({ lat: m.lat, lng: m.lng }, index.expansionZoom(m.id))}
          >
            {m.count}
          </button>
        </kit.Marker>
      );
    }
    const p = points[m.index];
    if (!p) return null;
    const bg = colourOf(colours, m.colour);
    const isSelected = selected === p.id;
    const sector = p.sector ? sectorByKey.get(p.sector) : undefined;
    return (
      <kit.Marker
        key={p.id}
        latitude={p.lat}
        longitude={p.lng}
        anchor="center"
        style={isSelected ? MARKER_STYLE[adding ? "addingSelected" : "selected"] : passThrough}
      >
        <button
          type="button"
          className="flex size-7 items-center justify-center rounded-full focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-slate-950"
          aria-label={t("map.marker.point", {
            kind: kindLabel(p.kind),
            status: statusLabel(p.status),
            sector: sector ? sectorLabel(sector, locale) : "none",
            missing: p.missing ? "yes" : "no",
          })}
          aria-expanded={isSelected}
          onClick={(e) => {
            if (adding) return;
            returnFocus.current = e.currentTarget;
            setSelected(p.id);
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

  const all = boundsOf(points);
  return (
    <div className="space-y-3">
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
                name={`${ids}-colour`}
                value={c}
                checked={colour === c}
                onChange={() => setColour(c)}
                className="size-4 accent-teal-800"
              />
              {c === "sector" ? t("map.view.bySector") : t("map.view.byStatus")}
            </label>
          ))}
        </fieldset>
        {all ? (
          <Button variant="secondary" onClick={() => mapRef.current?.fitBounds(padded(all))}>
            {t("map.view.showAll")}
          </Button>
        ) : null}
        {props.canManage ? (
          <Button
            variant={adding ? "primary" : "secondary"}
            aria-pressed={adding}
            onClick={() => {
              setAdding((a) => !a);
              setPicked(null);
              setSelected(null);
            }}
          >
            {adding ? t("map.add.stop") : t("map.add.start")}
          </Button>
        ) : null}
      </div>

      {adding ? (
        <div className="rounded-lg border border-teal-800 bg-teal-50 p-3 text-slate-900" role="status">
          <p>{t("map.add.hint")}</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <Button
              variant="secondary"
              onClick={() => {
                const c = mapRef.current?.center();
                if (c) setPicked(c);
              }}
            >
              {t("map.add.useCentre")}
            </Button>
            {picked ? (
              <>
                <span>
                  {t("map.add.picked", {
                    lat: format.number(picked.lat, { maximumFractionDigits: 5 }),
                    lng: format.number(picked.lng, { maximumFractionDigits: 5 }),
                  })}
                </span>
                <Link href={`/t/${props.slug}/partners/actors/new?lat=${picked.lat}&lng=${picked.lng}`} className={buttonClass("primary")}>
                  {t("map.add.continue")}
                </Link>
              </>
            ) : null}
          </div>
        </div>
      ) : null}

      <div className="relative h-[55vh] min-h-72 overflow-hidden rounded-xl border border-slate-300 bg-white lg:h-[65vh]">
        <MapView
          config={props.map}
          labels={labels}
          bbox={initialBox}
          mapRef={mapRef}
          onMapClick={onMapClick}
          onViewChange={setView}
          cursor={adding ? "crosshair" : undefined}
        >
          {(kit) => (
            <>
              {boundaries.features.length ? (
                <kit.GeoJsonLayer
                  id="boundaries"
                  data={boundaries}
                  fill={BOUNDARY_LINE}
                  fillOpacity={0.06}
                  line={BOUNDARY_LINE}
                  lineWidth={2}
                  dashed
                />
              ) : null}
              {markers.map((m) => renderMarker(kit, m))}
              {picked ? (
                <kit.Marker latitude={picked.lat} longitude={picked.lng} anchor="bottom">
                  <span role="img" aria-label={t("map.marker.picked")} className="block text-4xl leading-none drop-shadow">
                    📍
                  </span>
                </kit.Marker>
              ) : null}
            </>
          )}
        </MapView>
        {selected ? <ActorCard key={selected} id={selected} slug={props.slug} sectors={sectorByKey} onClose={closeCard} /> : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby={`${ids}-legend`}>
          <h3 id={`${ids}-legend`} className="text-sm font-semibold text-slate-900">
            {t("map.view.legend")}
          </h3>
          <ul className="mt-1 space-y-1 text-sm text-slate-800">
            {legendEntries(used, colours.length).map((i) => (
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
            {points.some((p) => p.coarsened) ? (
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
        {withBoundary.length ? (
          <CheckboxGroup legend={t("map.view.boundaries")}>
            {withBoundary.map((n) => (
              <Checkbox
                key={n.id}
                label={n.name}
                checked={shown.has(n.id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setShown((s) => {
                    const next = new Set(s);
                    if (on) next.add(n.id);
                    else next.delete(n.id);
                    return next;
                  });
                }}
              />
            ))}
          </CheckboxGroup>
        ) : (
          <p className="text-sm text-slate-700">{t("map.view.noBoundaries")}</p>
        )}
      </div>
    </div>
  );
}
