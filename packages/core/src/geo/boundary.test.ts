import { describe, expect, it } from "vitest";
import { z } from "zod";
import { serverMessages } from "../i18n/index";
import { fieldMessages } from "../i18n/zod";
import { BoundaryError, type BoundaryProblem, boundaryInput, parseBoundary } from "./boundary";

type Ring = [number, number][];
const box = (lon: number, lat: number, w: number, h: number): Ring => [
  [lon, lat],
  [lon + w, lat],
  [lon + w, lat + h],
  [lon, lat + h],
  [lon, lat],
];
const polygon = (...rings: Ring[]) => ({ type: "Polygon", coordinates: rings });
const square = polygon(box(4.3, 50.8, 0.1, 0.1));

/** The problem code parseBoundary reports for an input (or "ok"). */
function problemOf(input: unknown): BoundaryProblem | "ok" {
  try {
    parseBoundary(input);
    return "ok";
  } catch (e) {
    if (e instanceof BoundaryError) return e.problem;
    throw e;
  }
}

describe("parseBoundary", () => {
  it("accepts a polygon, a feature and a one-feature collection", () => {
    expect(parseBoundary(square).type).toBe("Polygon");
    expect(parseBoundary({ type: "Feature", properties: {}, geometry: square }).type).toBe("Polygon");
    expect(parseBoundary(JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", geometry: square }] })).type).toBe(
      "Polygon",
    );
  });

  it("accepts a polygon with a hole inside it, and a multipolygon", () => {
    expect(problemOf(polygon(box(4.3, 50.8, 0.1, 0.1), box(4.32, 50.82, 0.02, 0.02).reverse() as Ring))).toBe("ok");
    expect(problemOf({ type: "MultiPolygon", coordinates: [[box(4.3, 50.8, 0.01, 0.01)], [box(4.4, 50.8, 0.01, 0.01)]] })).toBe("ok");
  });

  it("refuses points, open rings, bow-ties, out-of-range coordinates and text", () => {
    expect(() => parseBoundary({ type: "Point", coordinates: [4, 50] })).toThrow(/vlak/);
    expect(() =>
      parseBoundary(
        polygon([
          [4, 50],
          [5, 50],
          [5, 51],
          [4, 51],
        ] as Ring),
      ),
    ).toThrow(/gesloten/);
    expect(() =>
      parseBoundary(
        polygon([
          [4.3, 50.8],
          [4.4, 50.9],
          [4.4, 50.8],
          [4.3, 50.9],
          [4.3, 50.8],
        ]),
      ),
    ).toThrow(/snijdt/);
    expect(() =>
      parseBoundary(
        polygon([
          [400, 50],
          [5, 50],
          [5, 51],
          [400, 50],
        ] as Ring),
      ),
    ).toThrow(/WGS84/);
    expect(() => parseBoundary("not json")).toThrow(/JSON/);
    expect(() => parseBoundary({ type: "FeatureCollection", features: [] })).toThrow(/0 vormen/);
  });

  it("refuses a hole outside its shell, and one that crosses it", () => {
    expect(problemOf(polygon(box(4.3, 50.8, 0.1, 0.1), box(4.5, 50.8, 0.02, 0.02)))).toBe("holeOutside");
    expect(problemOf(polygon(box(4.3, 50.8, 0.1, 0.1), box(4.39, 50.85, 0.05, 0.02)))).toBe("holeOutside");
    // In a multipolygon, each hole belongs to its own shell: inside the other part does not count.
    expect(
      problemOf({
        type: "MultiPolygon",
        coordinates: [[box(4.3, 50.8, 0.01, 0.01), box(4.401, 50.801, 0.002, 0.002)], [box(4.4, 50.8, 0.01, 0.01)]],
      }),
    ).toBe("holeOutside");
    expect(() => parseBoundary(polygon(box(4.3, 50.8, 0.1, 0.1), box(4.5, 50.8, 0.02, 0.02)))).toThrow(/gat in de vorm/);
  });

  it("refuses rings without area: all points on one line, or on one spot", () => {
    const line: Ring = [
      [4.3, 50.8],
      [4.35, 50.85],
      [4.4, 50.9],
      [4.3, 50.8],
    ];
    expect(problemOf(polygon(line))).toBe("zeroArea");
    expect(
      problemOf(
        polygon([
          [4.3, 50.8],
          [4.3, 50.8],
          [4.3, 50.8],
          [4.3, 50.8],
        ] as Ring),
      ),
    ).toBe("zeroArea");
    // A flat hole in a good shell too.
    expect(
      problemOf(
        polygon(box(4.3, 50.8, 0.1, 0.1), [
          [4.32, 50.82],
          [4.33, 50.82],
          [4.34, 50.82],
          [4.32, 50.82],
        ]),
      ),
    ).toBe("zeroArea");
    expect(() => parseBoundary(polygon(line))).toThrow(/geen oppervlakte/);
    // A very small but real area is fine (a few metres).
    expect(problemOf(polygon(box(4.3, 50.8, 0.00005, 0.00005)))).toBe("ok");
  });

  it("refuses coordinates outside Belgium, naming the point", () => {
    const paris = polygon(box(2.3, 48.8, 0.05, 0.05));
    expect(problemOf(paris)).toBe("outsideBelgium");
    expect(() => parseBoundary(paris)).toThrow("Het punt 2.3, 48.8 ligt niet in België.");
    expect(problemOf(polygon(box(0, 0, 1, 1)))).toBe("outsideBelgium");
    // Border neighbourhoods fit: De Panne (west), Arlon (south), Meerssen side of Voeren (east), Hoogstraten (north).
    for (const [lon, lat] of [
      [2.545, 51.09],
      [5.81, 49.5],
      [5.9, 50.75],
      [4.76, 51.49],
    ] as const)
      expect(problemOf(polygon(box(lon, lat, 0.01, 0.01))), `${lon},${lat}`).toBe("ok");
  });

  it("hints that latitude and longitude are swapped when swapping them would fit", () => {
    const swapped = polygon(box(50.8, 4.3, 0.1, 0.1));
    expect(problemOf(swapped)).toBe("swapped");
    expect(() => parseBoundary(swapped)).toThrow(/omwisselt/);
    const e = (() => {
      try {
        parseBoundary(swapped);
      } catch (err) {
        return err as BoundaryError;
      }
    })();
    expect(e?.params).toEqual({ lon: "50.8", lat: "4.3" });
    expect(e?.messageIn("fr")).toMatch(/^Le point 50\.8, 4\.3 n'est pas en Belgique, mais il le serait en inversant/);
    expect(e?.messageIn("en")).toMatch(/^The point 50\.8, 4\.3 is not in Belgium, but it would be with the two numbers swapped/);
  });

  it("has every problem in nl, fr and en, and says it in the caller's language through the zod schema", () => {
    expect(Object.keys(serverMessages.nl.boundary)).toHaveLength(14);
    const schema = z.object({ boundary: boundaryInput });
    const r = schema.safeParse({ boundary: polygon(box(50.8, 4.3, 0.1, 0.1)) });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(fieldMessages(r.error, "nl").boundary).toMatch(/^Het punt 50\.8, 4\.3 ligt niet in België, maar wel/);
    expect(fieldMessages(r.error, "fr").boundary).toMatch(/^Le point 50\.8, 4\.3/);
    expect(fieldMessages(r.error, "en").boundary).toMatch(/^The point 50\.8, 4\.3/);
  });
});
