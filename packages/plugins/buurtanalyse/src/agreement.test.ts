import { describe, expect, it } from "vitest";
import { type Area, agreement, hectares, normalise } from "./agreement";

/** A rectangle in Brussels, in steps of 0.001° (about 70 m east–west, 111 m north–south). */
const box = (x0: number, y0: number, x1: number, y1: number): Area => {
  const at = (x: number, y: number) => [4.35 + x / 1000, 50.85 + y / 1000];
  return { type: "Polygon", coordinates: [[at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)]] };
};
const d = (label: string, geometry: unknown) => ({ label, geometry });
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(0.02);

describe("agreement of drawings", () => {
  it("no drawings: nothing in any band", () => {
    const r = agreement([]);
    expect(r.drawings).toBe(0);
    expect(r.bands.all.geometry).toBeNull();
    expect(r.bands.most.hectares).toBe(0);
    expect(r.anyone).toBeNull();
    expect(r.onlyOne).toEqual([]);
  });

  it("one drawing is drawn by all, and nobody differs", () => {
    const a = box(0, 0, 2, 2);
    const r = agreement([d("An", a)]);
    expect(r.drawings).toBe(1);
    near(r.bands.all.hectares, hectares(a));
    expect(r.bands.most.geometry).toBeNull();
    expect(r.bands.some.geometry).toBeNull();
    expect(r.onlyOne).toEqual([]);
  });

  it("two equal drawings agree fully", () => {
    const r = agreement([d("An", box(0, 0, 2, 2)), d("Bo", box(0, 0, 2, 2))]);
    near(r.bands.all.hectares, hectares(box(0, 0, 2, 2)));
    expect(r.bands.most.geometry).toBeNull();
    expect(r.onlyOne).toEqual([]);
  });

  it("three overlapping drawings: the bands split the union, the core is what all three drew", () => {
    const r = agreement([d("An", box(0, 0, 2, 2)), d("Bo", box(1, 0, 3, 2)), d("Cas", box(1, 1, 3, 3))]);
    expect(r.drawings).toBe(3);
    expect(r.mostFrom).toBe(2);
    near(r.bands.all.hectares, hectares(box(1, 1, 2, 2)));
    // Drawn by two of three: [1,2]×[0,1] (An, Bo) and [2,3]×[1,2] (Bo, Cas).
    near(r.bands.most.hectares, hectares(box(1, 0, 2, 1)) + hectares(box(2, 1, 3, 2)));
    const union = hectares(box(0, 0, 3, 3)) - hectares(box(0, 2, 1, 3));
    near(r.bands.all.hectares + r.bands.most.hectares + r.bands.some.hectares, union);
    near(hectares(r.atLeastHalf), r.bands.all.hectares + r.bands.most.hectares);
    // What each drew alone: An the left column, Bo the bottom right corner, Cas the top row.
    expect(r.onlyOne.map((o) => o.label).sort()).toEqual(["An", "Bo", "Cas"]);
    near(r.onlyOne.find((o) => o.label === "Bo")?.hectares ?? 0, hectares(box(2, 0, 3, 1)));
    near(r.onlyOne.find((o) => o.label === "An")?.hectares ?? 0, hectares(box(0, 0, 1, 2)));
    near(r.onlyOne.find((o) => o.label === "Cas")?.hectares ?? 0, hectares(box(1, 2, 3, 3)));
  });

  it("disjoint drawings: no common core, each drew its part alone", () => {
    const r = agreement([d("An", box(0, 0, 1, 1)), d("Bo", box(5, 5, 6, 6))]);
    expect(r.bands.all.geometry).toBeNull();
    // Of two, one is half: "most" is everything drawn (by one of the two), "some" is empty.
    near(r.bands.most.hectares, hectares(box(0, 0, 1, 1)) + hectares(box(5, 5, 6, 6)));
    expect(r.bands.some.geometry).toBeNull();
    expect(r.onlyOne).toHaveLength(2);
    expect(r.anyone?.type).toBe("MultiPolygon");
  });

  it("a drawing with a hole and one that fills it do not overlap", () => {
    const outer = box(0, 0, 4, 4).coordinates[0];
    const hole = [...(box(1, 1, 3, 3).coordinates[0] ?? [])].reverse();
    const ring = { type: "Polygon", coordinates: [outer ?? [], hole] } as Area;
    const r = agreement([d("An", ring), d("Bo", box(1, 1, 3, 3))]);
    expect(r.bands.all.geometry).toBeNull();
    near(hectares(r.anyone), hectares(box(0, 0, 4, 4)));
  });

  it("what is not an area is left out and named", () => {
    const flat = {
      type: "Polygon",
      coordinates: [
        [
          [4.35, 50.85],
          [4.36, 50.85],
          [4.37, 50.85],
          [4.35, 50.85],
        ],
      ],
    };
    const r = agreement([
      d("line", {
        type: "LineString",
        coordinates: [
          [4.35, 50.85],
          [4.36, 50.86],
        ],
      }),
      d("null", null),
      d("text", "a square"),
      d("broken", {
        type: "Polygon",
        coordinates: [
          [
            [4.35, "x"],
            [4.36, 50.85],
          ],
        ],
      }),
      d("flat", flat),
      d("good", box(0, 0, 1, 1)),
    ]);
    expect(r.drawings).toBe(1);
    expect(r.skipped).toEqual(["line", "null", "text", "broken", "flat"]);
    near(r.bands.all.hectares, hectares(box(0, 0, 1, 1)));
  });

  it("a ring that crosses itself (a bow tie) is resolved, not refused", () => {
    const at = (x: number, y: number) => [4.35 + x / 1000, 50.85 + y / 1000];
    const bowtie = { type: "Polygon", coordinates: [[at(0, 0), at(2, 2), at(2, 0), at(0, 2), at(0, 0)]] };
    const n = normalise(bowtie);
    expect(n).not.toBeNull();
    expect(hectares(n)).toBeGreaterThan(0);
    near(hectares(n), hectares(box(0, 0, 2, 2)) / 2);
  });

  it("many drawings: the bands still add up to what anyone drew, in reasonable time", () => {
    const many = Array.from({ length: 40 }, (_, i) => d(`p${i}`, box(i % 7, (i * 3) % 5, (i % 7) + 8, ((i * 3) % 5) + 6)));
    const started = Date.now();
    const r = agreement(many);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.drawings).toBe(40);
    expect(r.mostFrom).toBe(20);
    near(r.bands.all.hectares + r.bands.most.hectares + r.bands.some.hectares, hectares(r.anyone));
    expect(r.bands.all.hectares).toBeGreaterThan(0);
  }, 30_000);
});
