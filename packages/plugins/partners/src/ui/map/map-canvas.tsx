"use client";
import {
  BOUNDARY_LINE,
  type Bbox,
  type GeoJsonFeature,
  type LatLng,
  type MapConfig,
  type MapHandle,
  type MapPreviewInput,
  MapView,
  type MapViewState,
  type PreviewPoint,
} from "@zorgzaam/ui/map";
import { type RefObject, useMemo } from "react";
import type { MapPoint } from "../../server/map/codec";
import type { SectorOption } from "../actors/labels";
import { ActorCard } from "./actor-card";
import type { ClusterIndex, MarkerItem } from "./cluster";
import { colourOf } from "./colours";
import { useMapLabels } from "./map-labels";
import { ClusterMarker, PickedMarker, PointMarker, usePointLabel } from "./markers";

export interface MapCanvasProps {
  slug: string;
  config: MapConfig;
  /** Where the map opens (it is not moved again when the points change). */
  frame: Bbox | null;
  mapRef: RefObject<MapHandle | null>;
  onMapClick: (p: LatLng) => void;
  onViewChange: (v: MapViewState) => void;
  /** The boundaries shown (as one layer). */
  boundaries: { type: "FeatureCollection"; features: GeoJsonFeature[] };
  markers: MarkerItem[];
  index: ClusterIndex;
  points: MapPoint[];
  colours: string[];
  /** A point's colour index in `colours` (the preview draws every point in its colour). */
  colourOfPoint: (p: MapPoint) => number;
  sectorByKey: ReadonlyMap<string, SectorOption>;
  selected: string | null;
  onOpen: (id: string, from: { focus(): void }) => void;
  onCloseCard: () => void;
  adding: boolean;
  picked: LatLng | null;
}

/**
 * The map itself: neighbourhood boundaries, the markers in view, the point being placed, and the open card. Until the
 * map loads (a phone: after a tap, ADR 0035) its preview draws the same filtered points and the boundaries; a point
 * there is a link to the actor's page that opens the same card in place.
 */
export function MapCanvas(props: MapCanvasProps) {
  const labels = useMapLabels();
  const pointLabel = usePointLabel();
  const { mapRef, colours, adding, points, colourOfPoint, sectorByKey, boundaries, slug, onOpen } = props;
  const preview = useMemo<MapPreviewInput>(() => {
    const byId = new Map(points.map((p) => [p.id, p]));
    return {
      points: points.map((p) => ({ id: p.id, lat: p.lat, lng: p.lng, colour: colourOf(colours, colourOfPoint(p)) })),
      areas: boundaries,
      hrefOf: (id) => `/t/${slug}/partners/actors/${id}`,
      labelOf: (pp: PreviewPoint) => {
        const p = pp.id ? byId.get(pp.id) : undefined;
        return p ? pointLabel(p, p.sector ? sectorByKey.get(p.sector) : undefined) : "";
      },
      onPoint: onOpen,
    };
  }, [points, colours, colourOfPoint, boundaries, slug, pointLabel, sectorByKey, onOpen]);
  return (
    <div className="relative h-[55vh] min-h-72 overflow-hidden rounded-xl border border-slate-300 bg-white lg:h-[65vh]">
      <MapView
        config={props.config}
        labels={labels}
        bbox={props.frame}
        mapRef={mapRef}
        onMapClick={props.onMapClick}
        onViewChange={props.onViewChange}
        cursor={adding ? "crosshair" : undefined}
        preview={preview}
      >
        {(kit) => (
          <>
            {props.boundaries.features.length ? (
              <kit.GeoJsonLayer
                id="boundaries"
                data={props.boundaries}
                fill={BOUNDARY_LINE}
                fillOpacity={0.06}
                line={BOUNDARY_LINE}
                lineWidth={2}
                dashed
              />
            ) : null}
            {props.markers.map((m) => {
              if (m.type === "cluster") {
                return (
                  <ClusterMarker
                    key={`c${m.id}`}
                    kit={kit}
                    lat={m.lat}
                    lng={m.lng}
                    count={m.count}
                    colour={colourOf(colours, m.colour)}
                    adding={adding}
                    onZoomIn={() => mapRef.current?.flyTo({ lat: m.lat, lng: m.lng }, props.index.expansionZoom(m.id))}
                  />
                );
              }
              const p = props.points[m.index];
              if (!p) return null;
              return (
                <PointMarker
                  key={p.id}
                  kit={kit}
                  point={p}
                  colour={colourOf(colours, m.colour)}
                  sector={p.sector ? props.sectorByKey.get(p.sector) : undefined}
                  selected={props.selected === p.id}
                  adding={adding}
                  onOpen={props.onOpen}
                />
              );
            })}
            {props.picked ? <PickedMarker kit={kit} lat={props.picked.lat} lng={props.picked.lng} /> : null}
          </>
        )}
      </MapView>
      {props.selected ? (
        <ActorCard key={props.selected} id={props.selected} slug={props.slug} sectors={props.sectorByKey} onClose={props.onCloseCard} />
      ) : null}
    </div>
  );
}
