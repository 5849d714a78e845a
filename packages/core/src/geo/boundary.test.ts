import { describe, expect, it } from "vitest";
import { parseBoundary } from "./boundary";

const square = {
  type: "Polygon",
  coordinates: [
    [
      [4.3, 50.8],
      [4.4, 50.8],
      [4.4, 50.9],
      [4.3, 50.9],
      [4.3, 50.8],
    ],
  ],
};

describe("parseBoundary", () => {
  it("accepts a polygon, a feature and a one-feature collection", () => {
    expect(parseBoundary(square).type).toBe("Polygon");
    expect(parseBoundary({ type: "Feature", properties: {}, geometry: square }).type).toBe("Polygon");
    expect(parseBoundary(JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", geometry: square }] })).type).toBe(
      "Polygon",
    );
  });
  it("refuses points, open rings, bow-ties, out-of-range coordinates and text", () => {
    expect(() => parseBoundary({ type: "Point", coordinates: [4, 50] })).toThrow(/vlak/);
    expect(() =>
      parseBoundary({
        type: "Polygon",
        coordinates: [
          [
            [4, 50],
            [5, 50],
            [5, 51],
            [4, 51],
          ],
        ],
      }),
    ).toThrow(/gesloten/);
    expect(() =>
      parseBoundary({
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [1, 0],
            [0, 1],
            [0, 0],
          ],
        ],
      }),
    ).toThrow(/snijdt/);
    expect(() =>
      parseBoundary({
        type: "Polygon",
        coordinates: [
          [
            [400, 50],
            [5, 50],
            [5, 51],
            [400, 50],
          ],
        ],
      }),
    ).toThrow(/WGS84/);
    expect(() => parseBoundary("not json")).toThrow(/JSON/);
    expect(() => parseBoundary({ type: "FeatureCollection", features: [] })).toThrow(/0 vormen/);
  });
});
