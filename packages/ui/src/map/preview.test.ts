import { describe, expect, it } from "vitest";
import { decideLoad } from "../on-demand";
import { areasPath, mercator, PREVIEW_WIDTH, previewBounds, previewProjection, projectPoints } from "./preview";

const square = {
  type: "Feature" as const,
  properties: {},
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [4.34, 50.85],
        [4.36, 50.85],
        [4.36, 50.87],
        [4.34, 50.87],
        [4.34, 50.85],
      ],
    ],
  },
};

describe("map preview (Web Mercator, no tiles)", () => {
  it("projects as the map does: Greenwich and the equator in the middle, north up, Mercator's stretch near the poles", () => {
    expect(mercator(0, 0)).toEqual([0.5, 0.5]);
    expect(mercator(-180, 0)[0]).toBe(0);
    const [, yBrussels] = mercator(4.35, 50.85);
    expect(yBrussels).toBeLessThan(0.5);
    // One degree of latitude is longer in Mercator at 60° than at 10°.
    const step = (lat: number) => mercator(0, lat)[1] - mercator(0, lat + 1)[1];
    expect(step(60)).toBeGreaterThan(step(10) * 1.9);
    // The poles are clamped (no infinity).
    expect(Number.isFinite(mercator(0, 90)[1])).toBe(true);
  });

  it("fits a box into the preview's width, keeps its shape and a margin, and tells points outside", () => {
    const p = previewProjection([4.34, 50.85, 4.36, 50.87]);
    expect(p.width).toBe(PREVIEW_WIDTH);
    // 0.02° of longitude is 0.02° of latitude × cos(50.86°) on the ground: the box is higher than wide (about 1.58).
    expect(p.height / p.width).toBeGreaterThan(1.5);
    expect(p.height / p.width).toBeLessThan(1.65);
    const centre = p.project(4.35, 50.86);
    expect(centre?.[0]).toBeCloseTo(200, 0);
    expect(centre?.[1]).toBeCloseTo(p.height / 2, 0);
    const corner = p.project(4.34, 50.87);
    expect(corner?.[0]).toBeGreaterThan(10);
    expect(corner?.[1]).toBeGreaterThan(10);
    expect(p.project(4.5, 50.86)).toBeNull();
    expect(p.project(Number.NaN, 50.86)).toBeNull();
  });

  it("gives a single point a box of its own (about 500 m), with the point in the middle", () => {
    const p = previewProjection([4.35, 50.86, 4.35, 50.86]);
    expect(p.height).toBeGreaterThan(0);
    const [x, y] = p.project(4.35, 50.86) ?? [0, 0];
    expect(x).toBeCloseTo(200, 6);
    expect(y).toBeCloseTo(p.height / 2, 0);
  });

  it("frames the data when the page gives no box, and nothing when there is no data", () => {
    expect(previewBounds({ points: [{ lat: 50.8, lng: 4.3 }], areas: square })).toEqual([4.3, 50.8, 4.36, 50.87]);
    expect(previewBounds({ points: [] })).toBeNull();
    expect(previewBounds({ points: [{ lat: Number.NaN, lng: 4 }] })).toBeNull();
  });

  it("draws areas as one closed path (holes included) and leaves other geometry out", () => {
    const p = previewProjection([4.34, 50.85, 4.36, 50.87]);
    const d = areasPath(
      {
        type: "FeatureCollection",
        features: [square, { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [4.35, 50.86] } }],
      },
      p,
    );
    expect(d.startsWith("M")).toBe(true);
    expect(d.match(/Z/g)).toHaveLength(1);
    // Five corners, the last equal to the first: four segments plus the move.
    expect(d.match(/[ML]/g)).toHaveLength(5);
    expect(areasPath(null, p)).toBe("");
  });

  it("drops corners that fall on the same spot, so a detailed boundary stays a short path", () => {
    const dense = Array.from({ length: 2001 }, (_, i) => [4.34 + (0.02 * i) / 2000, 50.85]);
    const p = previewProjection([4.34, 50.85, 4.36, 50.87]);
    const d = areasPath({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [dense] } }, p);
    expect(d.match(/[ML]/g)?.length).toBeLessThan(700);
  });

  it("keeps one point per spot and none outside the box", () => {
    const p = previewProjection([4.34, 50.85, 4.36, 50.87]);
    const points = [
      { id: "a", lat: 50.86, lng: 4.35 },
      { id: "b", lat: 50.86, lng: 4.35 },
      { id: "c", lat: 50.851, lng: 4.341 },
      { id: "d", lat: 51.2, lng: 4.4 },
    ];
    expect(projectPoints(points, p).map((x) => x.point.id)).toEqual(["a", "c"]);
  });
});

describe("when a heavy part loads (ADR 0035)", () => {
  const base = { wide: false, saveData: false, remembered: false, loadedThisVisit: false };
  it("loads right away on a wide screen, waits for a tap on a phone", () => {
    expect(decideLoad({ ...base, wide: true })).toBe("load");
    expect(decideLoad(base)).toBe("wait");
  });
  it("waits on a wide screen too when the browser asks to save data", () => {
    expect(decideLoad({ ...base, wide: true, saveData: true })).toBe("wait");
  });
  it("loads when the person chose 'always' on this device (and says why), or loaded it before in this tab", () => {
    expect(decideLoad({ ...base, remembered: true })).toBe("load-remembered");
    expect(decideLoad({ ...base, saveData: true, remembered: true })).toBe("load-remembered");
    expect(decideLoad({ ...base, loadedThisVisit: true })).toBe("load");
    // The choice stays visible (with its undo button) after the part loaded; undone, the part stays loaded.
    expect(decideLoad({ ...base, remembered: true, loadedThisVisit: true })).toBe("load-remembered");
  });
});
