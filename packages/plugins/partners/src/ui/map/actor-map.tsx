"use client";
import { loadNow } from "@zorgzaam/ui";
import type { LatLng, MapConfig, MapHandle, MapViewState } from "@zorgzaam/ui/map";
import { useCallback, useMemo, useRef, useState } from "react";
import type { PackedPoints } from "../../server/map/codec";
import type { SectorOption } from "../actors/labels";
import { AddPanel } from "./add-panel";
import { BoundaryToggles } from "./boundary-toggles";
import { boundsOf } from "./cluster";
import { AreaLists } from "./area-lists";
import { type NeighbourhoodArea, openingFrame, outsideArea, padded } from "./frame";
import { MapCanvas } from "./map-canvas";
import { MapLegend } from "./map-legend";
import { MapToolbar } from "./map-toolbar";
import type { ColourBy } from "./url";
import { useAddMode } from "./use-add-mode";
import { useBoundaries } from "./use-boundaries";
import { useClusters } from "./use-clusters";
import { useColourParam } from "./use-colour-param";
import { useMapPoints } from "./use-map-points";
import { useSelection } from "./use-selection";

export interface ActorMapProps {
  slug: string;
  map: MapConfig;
  neighbourhoods: NeighbourhoodArea[];
  sectors: SectorOption[];
  points: PackedPoints;
  /** How many matching actors have no point, and the first of them by name. */
  withoutPoint: number;
  unplaced: { id: string; name: string }[];
  colour: ColourBy;
  canManage: boolean;
}

/**
 * The buurtkaart itself: actors as points coloured by sector or by relationship, grouped when dense (HTML buttons, so
 * they are reachable by keyboard and named for screen readers), neighbourhood boundaries as layers, a card per point,
 * and, for members who manage actors, placing a new actor by clicking the map. This component only puts the parts
 * together: each state lives in its own hook (use-*.ts), each part of the screen in its own component.
 */
export function ActorMap(props: ActorMapProps) {
  const mapRef = useRef<MapHandle | null>(null);
  const [colour, setColour] = useColourParam(props.colour);
  const { points, sectorByKey, colours, colourOfPoint, used } = useMapPoints(props.points, props.sectors, colour);
  const clusters = useClusters(points, colourOfPoint);
  const { index, markers } = clusters;
  // A button that moves the map ("show all", "show on the map") before the map is loaded (a phone, ADR 0035) loads it
  // and moves it once it is ready.
  const pending = useRef<((m: MapHandle) => void) | null>(null);
  const withMap = useCallback((move: (m: MapHandle) => void) => {
    if (mapRef.current) move(mapRef.current);
    else {
      pending.current = move;
      loadNow("map");
    }
  }, []);
  const setView = clusters.onViewChange;
  const onViewChange = useCallback(
    (v: MapViewState) => {
      setView(v);
      const move = pending.current;
      if (move && mapRef.current) {
        pending.current = null;
        move(mapRef.current);
      }
    },
    [setView],
  );
  const selection = useSelection();
  const add = useAddMode();
  const boundaries = useBoundaries(props.neighbourhoods);
  // Framed once, on the neighbourhoods (or the points) as they were when the page opened (a changed filter does not
  // move the map).
  const area = props.map.area ?? null;
  const [frame] = useState(() => openingFrame(points, area));
  const outside = useMemo(() => outsideArea(points, area), [points, area]);

  const { adding, pick } = add;
  const clearSelection = selection.clear;
  const onMapClick = useCallback(
    (p: LatLng) => {
      if (adding) pick(p);
      else clearSelection();
    },
    [adding, pick, clearSelection],
  );

  const all = boundsOf(points);
  return (
    <div className="space-y-3">
      <MapToolbar
        colour={colour}
        onColour={setColour}
        onShowAll={all ? () => withMap((m) => m.fitBounds(padded(all))) : null}
        onShowArea={area ? () => withMap((m) => m.fitBounds(padded(area))) : null}
        canManage={props.canManage}
        adding={adding}
        onToggleAdd={() => {
          // Placing a point needs the map itself: on a phone this is the tap that loads it.
          if (!adding) loadNow("map");
          add.toggle();
          selection.clear();
        }}
      />

      {adding ? (
        <AddPanel
          slug={props.slug}
          picked={add.picked}
          onUseCentre={() => {
            const c = mapRef.current?.center();
            if (c) pick(c);
          }}
        />
      ) : null}

      <MapCanvas
        slug={props.slug}
        config={props.map}
        frame={frame}
        mapRef={mapRef}
        onMapClick={onMapClick}
        onViewChange={onViewChange}
        boundaries={boundaries.layer}
        markers={markers}
        index={index}
        points={points}
        colours={colours}
        colourOfPoint={colourOfPoint}
        sectorByKey={sectorByKey}
        selected={selection.selected}
        onOpen={selection.open}
        onCloseCard={selection.close}
        adding={adding}
        picked={add.picked}
      />

      <AreaLists
        slug={props.slug}
        canManage={props.canManage}
        outside={outside}
        unplaced={props.unplaced}
        withoutPoint={props.withoutPoint}
        onShow={(p) => {
          withMap((m) => m.flyTo({ lat: p.lat, lng: p.lng }, 15));
          selection.clear();
        }}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        <MapLegend colour={colour} colours={colours} used={used} sectors={props.sectors} coarsened={points.some((p) => p.coarsened)} />
        <BoundaryToggles neighbourhoods={boundaries.withBoundary} shown={boundaries.shown} onShow={boundaries.show} />
      </div>
    </div>
  );
}
