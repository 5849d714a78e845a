import { describe, expect, it } from "vitest";
import type { MapPoint } from "../../server/map/codec";
import { boundsOf, buildIndex, MAX_ZOOM } from "./cluster";

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

function point(i: number, lat: number, lng: number, status: MapPoint["status"] = "intensive"): MapPoint {
  return { id: `p${i}`, name: `Actor ${i}`, lat, lng, status, kind: "organisation", sector: null, missing: false, coarsened: false };
}

/** A seeded spread of points around Brussels (about 10 × 7 km). */
function brussels(n: number): MapPoint[] {
  let s = 42;
  const r = () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
  return Array.from({ length: n }, (_, i) => point(i, 50.8 + r() * 0.07, 4.3 + r() * 0.14, i % 2 ? "dormant" : "intensive"));
}

const statusColour = (p: MapPoint) => (p.status === "intensive" ? 0 : 2);

describe("clusters", () => {
  it("group nearby points when zoomed out and lose none of them", () => {
    const pts = brussels(2000);
    const index = buildIndex(pts, statusColour);
    const far = index.markers(WORLD, 10);
    const counted = far.reduce((n, m) => n + (m.type === "cluster" ? m.count : 1), 0);
    expect(counted).toBe(pts.length);
    expect(far.length).toBeLessThan(50);
    // Zoomed in fully, every point stands alone.
    const near = index.markers(WORLD, MAX_ZOOM + 1);
    expect(near.length).toBe(pts.length);
    expect(near.every((m) => m.type === "point")).toBe(true);
  });

  it("keep a colour only when all its points share it", () => {
    const same = buildIndex([point(1, 50.85, 4.35), point(2, 50.85001, 4.35001)], statusColour).markers(WORLD, 5);
    expect(same).toMatchObject([{ type: "cluster", count: 2, colour: 0 }]);
    const mixed = buildIndex([point(1, 50.85, 4.35), point(2, 50.85001, 4.35001, "dormant")], statusColour).markers(WORLD, 5);
    expect(mixed).toMatchObject([{ type: "cluster", count: 2, colour: -1 }]);
  });

  it("tell the zoom at which a cluster opens, and only show what is in view", () => {
    const pts = [point(1, 50.85, 4.35), point(2, 50.851, 4.351), point(3, 51.2, 4.4)];
    const index = buildIndex(pts, () => 0);
    const cluster = index.markers(WORLD, 8).find((m) => m.type === "cluster");
    if (cluster?.type !== "cluster") throw new Error("expected a cluster");
    expect(index.expansionZoom(cluster.id)).toBeGreaterThan(8);
    const antwerp = index.markers([4.3, 51.1, 4.5, 51.3], 12);
    expect(antwerp).toMatchObject([{ type: "point", index: 2 }]);
  });

  it("handle 10^4 points quickly enough for a phone", () => {
    const pts = brussels(10_000);
    const t0 = performance.now();
    const index = buildIndex(pts, statusColour);
    const markers = index.markers([4.3, 50.8, 4.44, 50.87], 13);
    const took = performance.now() - t0;
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.length).toBeLessThan(400);
    expect(took).toBeLessThan(1500);
  });

  it("frame the points", () => {
    expect(boundsOf([])).toBeNull();
    expect(
      boundsOf([
        { lat: 50.8, lng: 4.3 },
        { lat: 50.9, lng: 4.4 },
      ]),
    ).toEqual([4.3, 50.8, 4.4, 50.9]);
    const one = boundsOf([{ lat: 50.85, lng: 4.35 }]);
    expect(one?.[0]).toBeLessThan(4.35);
    expect(one?.[3]).toBeGreaterThan(50.85);
  });
});
