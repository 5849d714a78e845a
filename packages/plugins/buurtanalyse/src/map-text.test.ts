import { describe, expect, it } from "vitest";
import { geometryFromText, geometryToText } from "./map-text";

describe("positions as text (the keyboard alternative to drawing)", () => {
  it("reads a point as latitude, longitude, with a comma, spaces or a semicolon and decimal commas", () => {
    expect(geometryFromText("point", "50.8466, 4.3528", 10)).toEqual({ geometry: { type: "Point", coordinates: [4.3528, 50.8466] } });
    expect(geometryFromText("point", "  50.8466 4.3528 ", 10)).toEqual({ geometry: { type: "Point", coordinates: [4.3528, 50.8466] } });
    expect(geometryFromText("point", "50,8466; 4,3528", 10)).toEqual({ geometry: { type: "Point", coordinates: [4.3528, 50.8466] } });
  });

  it("closes an area and writes it back without the closing repeat", () => {
    const r = geometryFromText("area", "50.1, 4.1\n50.2, 4.1\n\n50.2, 4.2\n", 10);
    expect(r).toEqual({
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [4.1, 50.1],
            [4.1, 50.2],
            [4.2, 50.2],
            [4.1, 50.1],
          ],
        ],
      },
    });
    if ("geometry" in r) expect(geometryToText(r.geometry)).toBe("50.1, 4.1\n50.2, 4.1\n50.2, 4.2");
  });

  it("names the line it cannot read, and says how many points a shape needs", () => {
    expect(geometryFromText("line", "50.1, 4.1\nhier\n", 10)).toEqual({ problem: { kind: "line", line: 2 } });
    expect(geometryFromText("line", "50.1, 4.1", 10)).toEqual({ problem: { kind: "count", min: 2 } });
    expect(geometryFromText("point", "50.1, 4.1\n50.2, 4.2", 10)).toEqual({ problem: { kind: "count", min: 1 } });
    expect(geometryFromText("point", "95, 4.1", 10)).toEqual({ problem: { kind: "line", line: 1 } });
    expect(geometryFromText("line", "1,1\n2,2\n3,3", 2)).toEqual({ problem: { kind: "tooMany", max: 2 } });
  });
});
