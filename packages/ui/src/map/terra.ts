/**
 * The one terra-draw set-up of the platform's maps, shared by the boundary drawer (one polygon, a neighbourhood) and
 * the feature drawer (points, lines and areas, e.g. a buurtanalyse's map): the sizes for fingers, the precision, the
 * MapLibre adapter and the part of terra-draw's API the drawers use. Loaded in the browser only (dynamic imports).
 */

/** Sizes for fingers: handles are drawn large and grabbed from 28 px away. */
export const POINTER_DISTANCE = 28;
/** terra-draw keeps 6 decimals (about 10 cm). */
export const COORDINATE_PRECISION = 6;

export const round = (x: number) => Math.round(x * 10 ** COORDINATE_PRECISION) / 10 ** COORDINATE_PRECISION;

export interface DrawFeature {
  id?: string | number;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}

/** The part of a TerraDraw instance the drawers use. */
export interface Draw {
  start(): void;
  stop(): void;
  setMode(m: string): void;
  getMode(): string;
  getModeState(): string;
  getSnapshot(): DrawFeature[];
  getSnapshotFeature(id: string | number): DrawFeature | undefined;
  addFeatures(f: unknown[]): { id?: string | number; valid: boolean }[];
  removeFeatures(ids: (string | number)[]): void;
  selectFeature(id: string | number): void;
  deselectFeature(id: string | number): void;
  clear(): void;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  on(event: string, cb: (...args: never[]) => void): void;
}

export type TerraDrawModule = typeof import("terra-draw");

/**
 * Starts terra-draw on a MapLibre map with the modes `modes` builds from the library, with undo and redo. A finger
 * that moves a little while tapping still places a corner rather than panning.
 */
export async function startTerraDraw(map: unknown, modes: (td: TerraDrawModule) => unknown[]): Promise<Draw> {
  const [td, { TerraDrawMapLibreGLAdapter }] = await Promise.all([import("terra-draw"), import("terra-draw-maplibre-gl-adapter")]);
  const draw = new td.TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({
      map: map as never,
      coordinatePrecision: COORDINATE_PRECISION,
      minPixelDragDistanceDrawing: 8,
    }),
    modes: modes(td) as never,
    undoRedo: { modeLevel: new td.TerraDrawModeUndoRedo(), sessionLevel: new td.TerraDrawSessionUndoRedo() },
  }) as unknown as Draw;
  draw.start();
  // Leaving the page by a link removes the map (a layout-effect cleanup) before the drawer's own cleanup stops
  // terra-draw, whose adapter then writes to sources that are gone and throws: the page would end on an error. With
  // the map gone there is nothing left to clean.
  const stop = draw.stop.bind(draw);
  draw.stop = () => {
    try {
      stop();
    } catch {
      // The map was removed first.
    }
  };
  return draw;
}
