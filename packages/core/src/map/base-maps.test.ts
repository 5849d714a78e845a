import { describe, expect, it } from "vitest";
import { type BaseMapSource, RASTER_PRESETS, regionalPreset, resolveBaseMap, type TenantMapRow } from "./base-maps";

const leuven = { mapCenterLat: 50.88, mapCenterLng: 4.7 };
const brussels = { mapCenterLat: 50.85, mapCenterLng: 4.35 };
const row = (over: Partial<TenantMapRow> = {}): TenantMapRow => ({
  mapBaseMap: null,
  mapStyleUrl: null,
  mapAttribution: null,
  mapboxToken: null,
  defaultLocale: "nl",
  ...leuven,
  ...over,
});
const region = { choice: "region" as const, styleUrl: "" };
const raster = (b: BaseMapSource) => {
  if (b.kind !== "raster") throw new Error(`expected raster tiles, got ${b.kind}`);
  return b;
};

describe("base maps", () => {
  it("give a tenant that chose nothing the map of its region: UrbIS in Brussels, CartoWeb.be elsewhere", () => {
    expect(regionalPreset({ lat: 50.85, lng: 4.35 })).toBe("urbis");
    expect(regionalPreset({ lat: 50.88, lng: 4.7 })).toBe("cartoweb");
    expect(regionalPreset({ lat: 51.05, lng: 3.72 })).toBe("cartoweb");
    expect(resolveBaseMap(row(), region).id).toBe("cartoweb");
    expect(resolveBaseMap(row(brussels), region).id).toBe("urbis");
  });

  it("follow the installation's default: one preset, plain, or its own style", () => {
    expect(resolveBaseMap(row(brussels), { choice: "grb", styleUrl: "" }).id).toBe("grb");
    expect(resolveBaseMap(row(), { choice: "plain", styleUrl: "" })).toEqual({ kind: "plain", id: "plain" });
    expect(resolveBaseMap(row(), { choice: "region", styleUrl: "https://tiles.example.test/style.json" })).toEqual({
      kind: "style",
      id: "custom",
      url: "https://tiles.example.test/style.json",
    });
    // A tenant's explicit choice wins over the default.
    expect(resolveBaseMap(row({ mapBaseMap: "osm" }), { choice: "plain", styleUrl: "" }).id).toBe("osm");
  });

  it("describe every preset as Web Mercator tiles from its service, with coverage and attribution", () => {
    const urls = Object.fromEntries(
      RASTER_PRESETS.map((id) => {
        const b = raster(resolveBaseMap(row({ mapBaseMap: id }), region));
        expect(b.tiles[0]).toMatch(/^https:\/\//);
        expect(b.tiles[0]).toContain("{z}");
        expect(b.attribution.length).toBeGreaterThan(10);
        expect(b.maxzoom).toBeGreaterThan(b.minzoom);
        return [id, b.tiles[0]];
      }),
    );
    expect(urls.cartoweb).toBe("https://cartoweb.wmts.ngi.be/1.0.0/topo/default/3857/{z}/{y}/{x}.png");
    expect(urls.grb).toContain("https://geo.api.vlaanderen.be/GRB/wmts?");
    expect(urls.grb).toContain("LAYER=grb_bsk&");
    expect(urls.grb).toContain("TILEMATRIXSET=GoogleMapsVL&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}");
    expect(urls.urbis).toContain("/rest/urbisNL/default/EPSG:900913/EPSG:900913:{z}/{y}/{x}");
    expect(urls.osm).toBe("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    expect(raster(resolveBaseMap(row({ mapBaseMap: "urbis", defaultLocale: "fr" }), region)).tiles[0]).toContain("/urbisFR/");
    expect(raster(resolveBaseMap(row({ mapBaseMap: "osm" }), region)).attribution).toContain("OpenStreetMap");
  });

  it("read a custom address as tiles when it has {z}/{x}/{y}, else as a style; the attribution stays text", () => {
    const tiles = raster(
      resolveBaseMap(
        row({ mapBaseMap: "custom", mapStyleUrl: "http://127.0.0.1:9/t/{z}/{x}/{y}.png", mapAttribution: "<b>Stad</b> & co" }),
        region,
      ),
    );
    expect(tiles.tiles).toEqual(["http://127.0.0.1:9/t/{z}/{x}/{y}.png"]);
    expect(tiles.attribution).toBe("&#60;b&#62;Stad&#60;/b&#62; &#38; co");
    expect(resolveBaseMap(row({ mapBaseMap: "custom", mapStyleUrl: "https://x.test/style.json" }), region).kind).toBe("style");
    // A choice that lacks its setting falls back to the plain background rather than failing.
    expect(resolveBaseMap(row({ mapBaseMap: "custom" }), region).kind).toBe("plain");
    expect(resolveBaseMap(row({ mapBaseMap: "mapbox" }), region).kind).toBe("plain");
  });

  it("keep Mapbox for a tenant that brought a token before presets existed", () => {
    expect(resolveBaseMap(row({ mapboxToken: "pk.x" }), region)).toEqual({ kind: "mapbox", id: "mapbox", token: "pk.x", styleUrl: null });
    expect(resolveBaseMap(row({ mapboxToken: "pk.x", mapBaseMap: "grb" }), region).id).toBe("grb");
  });
});
