"use client";
import { Redo2, Spline, SquareDashedMousePointer, Trash2, Undo2 } from "lucide-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { BoundaryLayer } from "./boundary-layer";
import { type Bbox, type BoundaryGeometry, boundaryStats } from "./geo";
import { MapView } from "./map-view";
import { type Draw, POINTER_DISTANCE, round, startTerraDraw } from "./terra";
import { BOUNDARY_FILL, BOUNDARY_LINE, type MapConfig, type MapLabels } from "./types";

type Polygon = Extract<BoundaryGeometry, { type: "Polygon" }>;

/** The drawer's interface strings, in the page's language (the caller translates them, as for MapLabels). */
export interface DrawLabels {
  /** Says what the buttons are for and how to draw (tap the corners, tap the first one to close). */
  help: string;
  draw: string;
  edit: string;
  undo: string;
  redo: string;
  clear: string;
  /** The toolbar's accessible name. */
  toolbar: string;
  /** Shown instead of the tools when the boundary cannot be drawn (several parts or holes: terra-draw edits one ring). */
  notDrawable: string;
  /** Live status while drawing and after each change. */
  drawing: string;
  editing: string;
}

export const DRAW_LABEL_KEYS = [
  "help",
  "draw",
  "edit",
  "undo",
  "redo",
  "clear",
  "toolbar",
  "notDrawable",
  "drawing",
  "editing",
] as const satisfies readonly (keyof DrawLabels)[];

/** The labels from a translator of a catalog namespace that has those keys. */
export function drawLabelsFrom(t: (key: (typeof DRAW_LABEL_KEYS)[number]) => string): DrawLabels {
  return Object.fromEntries(DRAW_LABEL_KEYS.map((k) => [k, t(k)])) as unknown as DrawLabels;
}

export interface BoundaryDrawerProps {
  config: MapConfig;
  labels: MapLabels;
  drawLabels: DrawLabels;
  /** The boundary as it stands (from the drawing, or typed, pasted or uploaded elsewhere on the page). */
  value: BoundaryGeometry | null;
  /** A finished drawing or edit: the polygon, or null when it was cleared. */
  onChange: (geometry: Polygon | null) => void;
  /** Framed on first render when there is no boundary yet (e.g. the tenant's neighbourhoods). */
  bbox?: Bbox | null;
}

type Mode = "polygon" | "select";

/** One outer ring without holes, the shape terra-draw's polygon mode edits. */
const drawable = (g: BoundaryGeometry | null): g is Polygon => g?.type === "Polygon" && g.coordinates.length === 1;

/**
 * Draw or edit a boundary on the tenant's base map with terra-draw and its MapLibre adapter: tap (or click) the
 * corners and tap the first one to close; then drag a corner to move it or the dot between two corners to add one;
 * undo and redo each step. Works with one finger on a phone (the map itself pans with two). The polygon goes to
 * `onChange` after each finished step; checking it (closed, not crossing itself) stays the server's (parseBoundary),
 * which the page also runs live. A boundary of several parts or with holes is shown but edited as GeoJSON only.
 * For modules too: buurtanalyse lets several people draw the same neighbourhood with it.
 */
export function BoundaryDrawer({ config, labels, drawLabels, value, onChange, bbox }: BoundaryDrawerProps) {
  const drawRef = useRef<Draw | null>(null);
  /** What the drawing told the page since the page last set a boundary of its own: echoes of these are not reloaded. */
  const emitted = useRef<Set<string>>(new Set());
  /** The last boundary the drawer and the page agreed on (nothing is told twice in a row). */
  const last = useRef<string>("");
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const [mode, setModeState] = useState<Mode>(value ? "select" : "polygon");
  const [history, setHistory] = useState({ undo: false, redo: false });
  const [ready, setReady] = useState(false);
  const [unsupported, setUnsupported] = useState(() => value !== null && !drawable(value));
  // Framed once: on the boundary the page opened with, else on the caller's box, else the tenant's view.
  const [frame] = useState<Bbox | null>(() => (value ? (boundaryStats(value)?.bbox ?? null) : (bbox ?? null)));
  const valueRef = useRef(value);
  valueRef.current = value;

  const refreshHistory = useCallback(() => {
    const d = drawRef.current;
    if (d) setHistory({ undo: d.canUndo(), redo: d.canRedo() });
  }, []);

  /** The finished polygon in the store (one at most), told to the page unless it is what the page already has. */
  const emit = useCallback(() => {
    const d = drawRef.current;
    if (!d || d.getModeState() === "drawing") return;
    const polygon = d.getSnapshot().find((f) => f.geometry.type === "Polygon");
    const geometry = polygon ? ({ type: "Polygon", coordinates: polygon.geometry.coordinates } as Polygon) : null;
    const key = JSON.stringify(geometry);
    if (key === last.current) return;
    last.current = key;
    emitted.current.add(key);
    onChangeRef.current(geometry);
  }, []);

  const setMode = useCallback((m: Mode) => {
    const d = drawRef.current;
    if (!d) return;
    d.setMode(m);
    setModeState(m);
    if (m === "select") {
      const id = d.getSnapshot().find((f) => f.geometry.type === "Polygon")?.id;
      if (id !== undefined) d.selectFeature(id);
    }
  }, []);

  /** Puts the page's boundary in the store (replacing what is there) when it did not come from the drawing. */
  const load = useCallback(
    (g: BoundaryGeometry | null) => {
      const d = drawRef.current;
      const key = JSON.stringify(g);
      if (!d || emitted.current.has(key)) return;
      emitted.current = new Set();
      last.current = key;
      d.clear();
      // terra-draw keeps 6 decimals (about 10 cm); pasted boundaries often have more.
      const shape = drawable(g)
        ? { type: "Polygon", coordinates: [g.coordinates[0]?.map(([x, y]) => [round(x ?? 0), round(y ?? 0)])] }
        : null;
      const added = shape ? d.addFeatures([{ type: "Feature", geometry: shape, properties: { mode: "polygon" } }]) : [];
      const ok = added.length === 1 && added[0]?.valid === true;
      setUnsupported(g !== null && !ok);
      setMode(ok ? "select" : "polygon");
      refreshHistory();
    },
    [setMode, refreshHistory],
  );

  const onMapReady = useCallback(
    async (map: unknown) => {
      const draw = await startTerraDraw(map, (td) => {
        const polygon = new td.TerraDrawPolygonMode({
          pointerDistance: POINTER_DISTANCE,
          styles: {
            fillColor: BOUNDARY_FILL,
            fillOpacity: 0.2,
            outlineColor: BOUNDARY_LINE,
            outlineWidth: 3,
            closingPointWidth: 11,
            closingPointColor: "#ffffff",
            closingPointOutlineColor: BOUNDARY_LINE,
            closingPointOutlineWidth: 3,
            coordinatePointWidth: 8,
            coordinatePointColor: "#ffffff",
            coordinatePointOutlineColor: BOUNDARY_LINE,
            coordinatePointOutlineWidth: 3,
          },
        });
        const select = new td.TerraDrawSelectMode({
          pointerDistance: POINTER_DISTANCE,
          flags: { polygon: { feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: true } } } },
          styles: {
            selectedPolygonColor: BOUNDARY_FILL,
            selectedPolygonFillOpacity: 0.25,
            selectedPolygonOutlineColor: BOUNDARY_LINE,
            selectedPolygonOutlineWidth: 3,
            selectionPointWidth: 10,
            selectionPointColor: "#ffffff",
            selectionPointOutlineColor: BOUNDARY_LINE,
            selectionPointOutlineWidth: 3,
            midPointWidth: 6,
            midPointColor: BOUNDARY_LINE,
            midPointOutlineColor: "#ffffff",
            midPointOutlineWidth: 2,
          },
        });
        return [polygon, select];
      });
      drawRef.current = draw;
      draw.on("finish", ((_id: string | number, ctx: { action?: string }) => {
        if (ctx?.action === "draw") {
          // One boundary: a newly closed polygon replaces an older one.
          const snapshot = draw.getSnapshot().filter((f) => f.geometry.type === "Polygon");
          const older = snapshot.filter((f) => f.id !== _id).map((f) => f.id as string | number);
          if (older.length) draw.removeFeatures(older);
          setMode("select");
        }
        emit();
        refreshHistory();
      }) as never);
      // Changes come on every pointer move while a corner is dragged; the page hears of the result at "finish".
      draw.on("change", refreshHistory as never);
      draw.on("history", refreshHistory as never);
      emitted.current = new Set();
      last.current = "";
      load(valueRef.current);
      setReady(true);
    },
    [emit, load, refreshHistory, setMode],
  );

  // Typed, pasted or uploaded boundaries replace the drawing.
  useEffect(() => {
    if (ready) load(value);
  }, [ready, value, load]);

  useEffect(
    () => () => {
      drawRef.current?.stop();
      drawRef.current = null;
    },
    [],
  );

  const act = (f: (d: Draw) => void) => () => {
    const d = drawRef.current;
    if (!d) return;
    f(d);
    emit();
    refreshHistory();
  };

  const tool =
    "inline-flex min-h-11 items-center gap-2 rounded-lg border px-3 text-sm font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-slate-950 disabled:opacity-50";
  const off = "border-slate-400 bg-white text-slate-900 hover:bg-slate-100";
  const on = "border-teal-800 bg-teal-50 text-teal-950";
  const status = mode === "polygon" ? drawLabels.drawing : drawLabels.editing;

  return (
    <div className="space-y-2">
      {unsupported ? (
        <p className="text-sm text-slate-800">{drawLabels.notDrawable}</p>
      ) : (
        <>
          <p className="text-sm text-slate-800">{drawLabels.help}</p>
          <div role="toolbar" aria-label={drawLabels.toolbar} className="flex flex-wrap gap-2">
            <button
              type="button"
              className={`${tool} ${mode === "polygon" ? on : off}`}
              aria-pressed={mode === "polygon"}
              disabled={!ready}
              onClick={() => setMode("polygon")}
            >
              <Spline aria-hidden="true" className="size-5" />
              {drawLabels.draw}
            </button>
            <button
              type="button"
              className={`${tool} ${mode === "select" ? on : off}`}
              aria-pressed={mode === "select"}
              disabled={!ready}
              onClick={() => setMode("select")}
            >
              <SquareDashedMousePointer aria-hidden="true" className="size-5" />
              {drawLabels.edit}
            </button>
            <button type="button" className={`${tool} ${off}`} disabled={!ready || !history.undo} onClick={act((d) => d.undo())}>
              <Undo2 aria-hidden="true" className="size-5" />
              {drawLabels.undo}
            </button>
            <button type="button" className={`${tool} ${off}`} disabled={!ready || !history.redo} onClick={act((d) => d.redo())}>
              <Redo2 aria-hidden="true" className="size-5" />
              {drawLabels.redo}
            </button>
            <button
              type="button"
              className={`${tool} ${off}`}
              disabled={!ready || !value}
              onClick={act((d) => {
                d.clear();
                d.setMode("polygon");
                setModeState("polygon");
              })}
            >
              <Trash2 aria-hidden="true" className="size-5" />
              {drawLabels.clear}
            </button>
          </div>
        </>
      )}
      {/* One finger draws and drags corners here (the page does not scroll under it); two fingers move the map. */}
      <div
        className="h-80 overflow-hidden rounded-xl border border-slate-300 bg-white sm:h-96 [&_.maplibregl-canvas]:touch-none!"
        data-testid="boundary-drawer"
      >
        <MapView config={config} labels={labels} bbox={frame} maplibreOnly onMapReady={onMapReady}>
          {(kit) => (unsupported && value ? <BoundaryLayer kit={kit} geometry={value} /> : null)}
        </MapView>
      </div>
      <p className="sr-only" aria-live="polite">
        {ready ? status : ""}
      </p>
    </div>
  );
}

/** The polygon a drawing gives. */
export type DrawnPolygon = Polygon;
