import { describe, expect, it } from "vitest";
import { boundariesArea } from "./area";

describe("the tenant's area", () => {
  it("is the box around every boundary, polygons and multipolygons, and null without any", () => {
    const a = {
      type: "Polygon",
      coordinates: [
        [
          [4.69, 50.87],
          [4.71, 50.87],
          [4.71, 50.89],
          [4.69, 50.87],
        ],
      ],
    };
    const b = {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [4.8, 50.9],
            [4.82, 50.9],
            [4.82, 50.95],
            [4.8, 50.9],
          ],
        ],
      ],
    };
    expect(boundariesArea([a, null, b])).toEqual([4.69, 50.87, 4.82, 50.95]);
    expect(boundariesArea([null, null])).toBeNull();
    expect(boundariesArea([])).toBeNull();
  });
});
