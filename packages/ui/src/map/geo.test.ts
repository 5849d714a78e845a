import { describe, expect, it } from "vitest";
import { boundaryStats, formatGeoJson, previewGeometry } from "./geo";
import { controlLocale, initialView } from "./types";

const square = {
  type: "Polygon" as const,
  coordinates: [
    [
      [4.69, 50.87],
      [4.71, 50.87],
      [4.71, 50.89],
      [4.69, 50.89],
      [4.69, 50.87],
    ],
  ],
};

describe("map geometry helpers", () => {
  it("read a polygon from pasted text, a Feature or a one-feature collection, and nothing else", () => {
    expect(previewGeometry(JSON.stringify(square))).toEqual(square);
    expect(previewGeometry({ type: "Feature", properties: {}, geometry: square })).toEqual(square);
    expect(previewGeometry({ type: "FeatureCollection", features: [{ type: "Feature", geometry: square }] })).toEqual(square);
    expect(previewGeometry({ type: "Point", coordinates: [4.7, 50.88] })).toBeNull();
    expect(previewGeometry("{not json")).toBeNull();
    expect(previewGeometry("")).toBeNull();
  });

  it("measure a boundary: its box, area and corner points", () => {
    const s = boundaryStats(square);
    expect(s?.bbox).toEqual([4.69, 50.87, 4.71, 50.89]);
    expect(s?.points).toBe(4);
    // About 1.4 km x 2.2 km at this latitude.
    expect(s?.areaKm2).toBeGreaterThan(2.9);
    expect(s?.areaKm2).toBeLessThan(3.4);
  });

  it("format GeoJSON with one coordinate pair per line", () => {
    expect(formatGeoJson(square)).toContain("[4.69, 50.87]");
  });

  it("frame a box when there is one, else the tenant's centre and zoom; translate the controls", () => {
    const config = { baseMap: { kind: "plain" as const, id: "plain" as const }, center: { lat: 50.88, lng: 4.7 }, zoom: 13 };
    expect(initialView({ config, bbox: null })).toEqual({ longitude: 4.7, latitude: 50.88, zoom: 13 });
    expect(initialView({ config, bbox: [1, 2, 3, 4] })).toMatchObject({ bounds: [1, 2, 3, 4] });
    const locale = controlLocale({
      title: "Kaart",
      loading: "…",
      zoomIn: "Inzoomen",
      zoomOut: "Uitzoomen",
      resetBearing: "Noord",
      attribution: "Bron",
      gestureWindows: "w",
      gestureMac: "m",
      gestureMobile: "g",
      tilesUnavailable: "t",
      loadMap: "l",
      loadWhy: "y",
      loadAlways: "a",
      loadForget: "f",
      preview: "p",
    });
    expect(locale["NavigationControl.ZoomIn"]).toBe("Inzoomen");
    expect(Object.keys(locale)).toHaveLength(8);
  });
});
