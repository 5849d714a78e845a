import { describe, expect, it } from "vitest";
import { neighbourhoodsAt } from "./places";

const square = (west: number, south: number, size: number) => ({
  type: "Polygon" as const,
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

describe("neighbourhoodsAt", () => {
  const areas = [
    { id: "centrum", area: square(4.69, 50.875, 0.01) },
    { id: "molenwijk", area: square(4.7, 50.875, 0.01) },
  ];
  it("finds the neighbourhood a point lies in, none outside, both on a shared border", () => {
    expect(neighbourhoodsAt(areas, 50.88, 4.695)).toEqual(["centrum"]);
    expect(neighbourhoodsAt(areas, 50.88, 4.705)).toEqual(["molenwijk"]);
    expect(neighbourhoodsAt(areas, 50.9, 4.695)).toEqual([]);
    expect(neighbourhoodsAt(areas, 50.88, 4.7)).toEqual(["centrum", "molenwijk"]);
  });
  it("reads MultiPolygons", () => {
    const multi = {
      id: "twee-delen",
      area: { type: "MultiPolygon" as const, coordinates: [square(4.6, 50.8, 0.01).coordinates, square(4.8, 50.8, 0.01).coordinates] },
    };
    expect(neighbourhoodsAt([multi], 50.805, 4.805)).toEqual(["twee-delen"]);
    expect(neighbourhoodsAt([multi], 50.805, 4.705)).toEqual([]);
  });
});
