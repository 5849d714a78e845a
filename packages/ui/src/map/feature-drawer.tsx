"use client";
import { MapPin, Minus, MousePointer2, Pentagon } from "lucide-react";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import type { Bbox } from "./geo";
import { MapView } from "./map-view";
import { type Draw, type DrawFeature, POINTER_DISTANCE, round, startTerraDraw } from "./terra";
import type { MapConfig, MapKit, MapLabels } from "./types";

/** What the feature drawer draws: a point, a line or an area (one ring, closed). */
export type DrawGeometry =
  | { type: "Point"; coordinates: [number, number] }
  | { type: "LineString"; coordinates: [number, number][] }
  | { type: "Polygon"; coordinates: [number, number][][] };

/** A feature the page holds (saved): its id (a UUID), its shape and the colour of its category. */
export interface DrawnFeature {
  id: string;
  geometry: DrawGeometry;
  color: string;
}

/** The feature drawer's interface strings, in the page's language (the caller translates them). */
export interface FeatureDrawLabels {
  /** How to draw: tap for a point; tap the corners of a line and tap the last one again; close an area on its first. */
  help: string;
  point: string;
  line: string;
  area: string;
  edit: string;
  toolbar: string;
  /** Live status per tool. */
  drawingPoint: string;
  drawingLine: string;
  drawingArea: string;
  editing: string;
}

export const FEATURE_DRAW_LABEL_KEYS = [
  "help",
  "point",
  "line",
  "area",
  "edit",
  "toolbar",
  "drawingPoint",
  "drawingLine",
  "drawingArea",
  "editing",
] as const satisfies readonly (keyof FeatureDrawLabels)[];

export function featureDrawLabelsFrom(t: (key: (typeof FEATURE_DRAW_LABEL_KEYS)[number]) => string): FeatureDrawLabels {
  return Object.fromEntries(FEATURE_DRAW_LABEL_KEYS.map((k) => [k, t(k)])) as unknown as FeatureDrawLabels;
}

export interface FeatureDrawerProps {
  config: MapConfig;
  labels: MapLabels;
  drawLabels: FeatureDrawLabels;
  /** The saved features; the drawer follows this list (added, changed and removed ones). */
  features: readonly DrawnFeature[];
  /** A shape just finished on the map; the page saves it and then lists it in `features` (the draft is then dropped). */
  onCreate?: (geometry: DrawGeometry) => Promise<void> | void;
  /** A saved feature moved or reshaped on the map. */
  onChange?: (id: string, geometry: DrawGeometry) => void;
  /** A feature tapped on the map (null: nothing selected any more). */
  onSelect?: (id: string | null) => void;
  /** The feature the page has selected (from its list): shown selected on the map. */
  selectedId?: string | null;
  /** Look only: no tools (a member who may not edit). */
  readOnly?: boolean;
  /** Framed on first render (e.g. the neighbourhood's boundary). */
  bbox?: Bbox | null;
  /** Layers under the drawing (a boundary, actors of a partner map …), drawn with the renderer's kit. */
  children?: (kit: MapKit) => ReactNode;
}

type Tool = "point" | "linestring" | "polygon" | "select";
const MODE_OF: Record<DrawGeometry["type"], Exclude<Tool, "select">> = { Point: "point", LineString: "linestring", Polygon: "polygon" };
const DRAFT_COLOR = "#0f766e";

const sameGeometry = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A saved shape as terra-draw keeps it (6 decimals). */
function toStore(f: DrawnFeature) {
  const r = ([x, y]: [number, number]) => [round(x), round(y)];
  const g = f.geometry;
  const coordinates =
    g.type === "Point" ? r(g.coordinates) : g.type === "LineString" ? g.coordinates.map(r) : g.coordinates.map((ring) => ring.map(r));
  return { id: f.id, type: "Feature", geometry: { type: g.type, coordinates }, properties: { mode: MODE_OF[g.type], color: f.color } };
}

/**
 * Draw points, lines and areas on the tenant's base map with terra-draw (the same set-up as the boundary drawer),
 * several of them, each saved by the page as soon as it is finished; select one to move it or its corners. With a
 * finger on a phone as with a mouse (the map pans with two fingers). Everything here can also be done without the
 * map: the page lists the features with their words and positions as text.
 */
export function FeatureDrawer(props: FeatureDrawerProps) {
  const { config, labels, drawLabels, features, readOnly, bbox, children } = props;
  const drawRef = useRef<Draw | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const [tool, setToolState] = useState<Tool>("select");
  const [ready, setReady] = useState(false);
  const [frame] = useState<Bbox | null>(() => bbox ?? null);
  /** Ids of saved features in the store; a finished drawing that is not among them is a draft being saved. */
  const known = useRef<Set<string>>(new Set());

  const setTool = useCallback((m: Tool) => {
    const d = drawRef.current;
    if (!d) return;
    d.setMode(m);
    setToolState(m);
  }, []);

  /** Brings the store in line with the page's list: adds, replaces and removes saved features (drafts stay). */
  const syncInto = useCallback((d: Draw, list: readonly DrawnFeature[]) => {
    const wanted = new Map(list.map((f) => [f.id, f]));
    const inStore = new Map(d.getSnapshot().map((f) => [String(f.id), f]));
    const remove: string[] = [];
    for (const id of known.current) {
      const f = wanted.get(id);
      const s = inStore.get(id);
      if (!f || !s || !sameGeometry(s.geometry, toStore(f).geometry) || s.properties.color !== f.color) remove.push(id);
    }
    if (remove.length) d.removeFeatures(remove.filter((id) => inStore.has(id)));
    for (const id of remove) known.current.delete(id);
    const add = [...wanted.values()].filter((f) => !known.current.has(f.id));
    if (add.length) {
      const added = d.addFeatures(add.map(toStore));
      added.forEach((r, i) => {
        const f = add[i];
        if (r.valid && f) known.current.add(f.id);
      });
    }
  }, []);

  /** True while the store is brought in line with the page: the deselects that replacing a feature causes are not the user's. */
  const syncing = useRef(false);

  const sync = useCallback(
    (list: readonly DrawnFeature[]) => {
      const d = drawRef.current;
      if (!d) return;
      syncing.current = true;
      try {
        syncInto(d, list);
      } finally {
        syncing.current = false;
      }
    },
    [syncInto],
  );

  const onMapReady = useCallback(
    async (map: unknown) => {
      const color = (f: { properties: Record<string, unknown> }) =>
        typeof f.properties.color === "string" ? f.properties.color : DRAFT_COLOR;
      const draw = await startTerraDraw(map, (td) => {
        const point = new td.TerraDrawPointMode({
          styles: { pointColor: color as never, pointWidth: 8, pointOutlineColor: "#ffffff", pointOutlineWidth: 2 },
        });
        const linestring = new td.TerraDrawLineStringMode({
          pointerDistance: POINTER_DISTANCE,
          styles: {
            lineStringColor: color as never,
            lineStringWidth: 4,
            closingPointColor: "#ffffff",
            closingPointWidth: 9,
            closingPointOutlineColor: DRAFT_COLOR,
            closingPointOutlineWidth: 3,
          },
        });
        const polygon = new td.TerraDrawPolygonMode({
          pointerDistance: POINTER_DISTANCE,
          styles: {
            fillColor: color as never,
            fillOpacity: 0.25,
            outlineColor: color as never,
            outlineWidth: 3,
            closingPointWidth: 11,
            closingPointColor: "#ffffff",
            closingPointOutlineColor: DRAFT_COLOR,
            closingPointOutlineWidth: 3,
          },
        });
        const editable = { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } };
        const select = new td.TerraDrawSelectMode({
          pointerDistance: POINTER_DISTANCE,
          flags: {
            point: { feature: { draggable: true } },
            linestring: { feature: editable },
            polygon: { feature: editable },
          },
          styles: {
            selectedPolygonColor: color as never,
            selectedPolygonFillOpacity: 0.35,
            selectedPolygonOutlineColor: "#0f172a",
            selectedPolygonOutlineWidth: 4,
            selectedLineStringColor: "#0f172a",
            selectedLineStringWidth: 5,
            selectedPointColor: color as never,
            selectedPointWidth: 11,
            selectedPointOutlineColor: "#0f172a",
            selectedPointOutlineWidth: 3,
            selectionPointWidth: 10,
            selectionPointColor: "#ffffff",
            selectionPointOutlineColor: "#0f172a",
            selectionPointOutlineWidth: 3,
            midPointWidth: 6,
            midPointColor: "#0f172a",
            midPointOutlineColor: "#ffffff",
            midPointOutlineWidth: 2,
          },
        });
        return [point, linestring, polygon, select];
      });
      drawRef.current = draw;
      draw.on("finish", ((fid: string | number, ctx: { action?: string }) => {
        const f: DrawFeature | undefined = draw.getSnapshotFeature(fid);
        if (!f) return;
        const geometry = { type: f.geometry.type, coordinates: f.geometry.coordinates } as DrawGeometry;
        if (ctx?.action === "draw") {
          // A draft: the page saves it; the saved one then comes back in `features` and the draft goes.
          void Promise.resolve(propsRef.current.onCreate?.(geometry)).finally(() => {
            if (drawRef.current?.getSnapshotFeature(fid)) drawRef.current.removeFeatures([fid]);
          });
        } else if (known.current.has(String(fid))) {
          propsRef.current.onChange?.(String(fid), geometry);
        }
      }) as never);
      draw.on("select", ((fid: string | number) => propsRef.current.onSelect?.(String(fid))) as never);
      draw.on("deselect", (() => {
        if (!syncing.current) propsRef.current.onSelect?.(null);
      }) as never);
      draw.setMode("select");
      known.current = new Set();
      sync(propsRef.current.features);
      setReady(true);
    },
    [sync],
  );

  // The page's list changed (saved, changed on the list, removed): the map follows.
  useEffect(() => {
    if (ready) sync(features);
  }, [ready, features, sync]);

  // Selected from the page's list: selected on the map too.
  const selectedId = props.selectedId ?? null;
  useEffect(() => {
    const d = drawRef.current;
    if (!ready || !d || !selectedId || !known.current.has(selectedId)) return;
    if (d.getMode() !== "select") {
      d.setMode("select");
      setToolState("select");
    }
    // Selected on the map already (the page heard it from there): selecting again would start a deselect/select loop.
    if (d.getSnapshotFeature(selectedId)?.properties.selected === true) return;
    try {
      d.selectFeature(selectedId);
    } catch {
      // Not in the store (yet): nothing to select.
    }
  }, [ready, selectedId]);

  useEffect(
    () => () => {
      drawRef.current?.stop();
      drawRef.current = null;
    },
    [],
  );

  const btn =
    "inline-flex min-h-11 items-center gap-2 rounded-lg border px-3 text-sm font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-slate-950 disabled:opacity-50";
  const off = "border-slate-400 bg-white text-slate-900 hover:bg-slate-100";
  const on = "border-teal-800 bg-teal-50 text-teal-950";
  const tools: { tool: Tool; label: string; icon: ReactNode }[] = [
    { tool: "point", label: drawLabels.point, icon: <MapPin aria-hidden="true" className="size-5" /> },
    { tool: "linestring", label: drawLabels.line, icon: <Minus aria-hidden="true" className="size-5" /> },
    { tool: "polygon", label: drawLabels.area, icon: <Pentagon aria-hidden="true" className="size-5" /> },
    { tool: "select", label: drawLabels.edit, icon: <MousePointer2 aria-hidden="true" className="size-5" /> },
  ];
  const status = {
    point: drawLabels.drawingPoint,
    linestring: drawLabels.drawingLine,
    polygon: drawLabels.drawingArea,
    select: drawLabels.editing,
  }[tool];

  return (
    <div className="space-y-2">
      {readOnly ? null : (
        <>
          <p className="text-sm text-slate-800">{drawLabels.help}</p>
          <div role="toolbar" aria-label={drawLabels.toolbar} className="flex flex-wrap gap-2">
            {tools.map((x) => (
              <button
                key={x.tool}
                type="button"
                className={`${btn} ${tool === x.tool ? on : off}`}
                aria-pressed={tool === x.tool}
                disabled={!ready}
                onClick={() => setTool(x.tool)}
              >
                {x.icon}
                {x.label}
              </button>
            ))}
          </div>
        </>
      )}
      <div
        className="h-80 overflow-hidden rounded-xl border border-slate-300 bg-white sm:h-[28rem] [&_.maplibregl-canvas]:touch-none!"
        data-testid="feature-drawer"
      >
        <MapView config={config} labels={labels} bbox={frame} maplibreOnly onMapReady={readOnly ? undefined : onMapReady}>
          {(kit) => (
            <>
              {children?.(kit)}
              {readOnly ? <FeaturesLayer kit={kit} features={features} /> : null}
            </>
          )}
        </MapView>
      </div>
      <p className="sr-only" aria-live="polite">
        {ready ? status : ""}
      </p>
    </div>
  );
}

/** The saved features drawn as plain layers (no tools): for members who look but do not edit. */
export function FeaturesLayer({ kit, features, id = "features" }: { kit: MapKit; features: readonly DrawnFeature[]; id?: string }) {
  const data = {
    type: "FeatureCollection" as const,
    features: features.map((f) => ({ type: "Feature" as const, id: f.id, properties: { color: f.color }, geometry: f.geometry })),
  };
  return (
    <kit.GeoJsonLayer
      id={id}
      data={data}
      fill={["get", "color"]}
      fillOpacity={0.25}
      line={["get", "color"]}
      lineWidth={4}
      circle={["get", "color"]}
    />
  );
}
