import { describe, expect, it } from "vitest";
import { BASE_SOURCE, maplibreStyle } from "./style";
import { OFFLINE_STYLE } from "./types";

describe("base map style", () => {
  it("puts raster tiles over the plain background, with their zoom range, coverage and attribution", () => {
    const style = maplibreStyle({
      kind: "raster",
      id: "cartoweb",
      tiles: ["https://t.test/{z}/{y}/{x}.png"],
      tileSize: 256,
      minzoom: 7,
      maxzoom: 17,
      bounds: [2, 49, 7, 52],
      attribution: "© NGI",
    });
    if (typeof style === "string") throw new Error("expected a style object");
    expect(style.layers.map((l) => l.id)).toEqual(["bg", BASE_SOURCE]);
    expect((style.sources as Record<string, unknown>)[BASE_SOURCE]).toMatchObject({
      type: "raster",
      minzoom: 7,
      maxzoom: 17,
      bounds: [2, 49, 7, 52],
      attribution: "© NGI",
    });
  });

  it("passes a style address on, and gives the plain background for plain (and for Mapbox, which mapbox-gl draws)", () => {
    expect(maplibreStyle({ kind: "style", id: "custom", url: "https://s.test/style.json" })).toBe("https://s.test/style.json");
    expect(maplibreStyle({ kind: "plain", id: "plain" })).toBe(OFFLINE_STYLE);
    expect(maplibreStyle({ kind: "mapbox", id: "mapbox", token: "pk", styleUrl: null })).toBe(OFFLINE_STYLE);
  });
});
