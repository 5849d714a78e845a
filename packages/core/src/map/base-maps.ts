/**
 * The base maps a tenant can choose, and which one it gets when it chose none ("auto"). One place for the services'
 * addresses, zoom ranges, coverage and the attribution each licence asks for; docs/decisions/0020-base-maps.md says
 * where each address comes from and how it was checked. Pure data and functions: the settings page, the map
 * procedures and the unit tests read the same list. The browser turns a `BaseMapSource` into a MapLibre style
 * (@zorgzaam/ui/map, style.ts).
 */

/** What a tenant can pick in its settings. `auto`: the platform default for the tenant's region (stored as null). */
export const BASE_MAP_CHOICES = ["auto", "cartoweb", "grb", "urbis", "osm", "custom", "mapbox", "plain"] as const;
export type BaseMapChoice = (typeof BASE_MAP_CHOICES)[number];

/** The presets that are tiles from a public service (everything but custom, mapbox and plain). */
export const RASTER_PRESETS = ["cartoweb", "grb", "urbis", "osm"] as const;
export type RasterPreset = (typeof RASTER_PRESETS)[number];

/** [west, south, east, north] in degrees. */
type Box = [number, number, number, number];

/** Raster tiles in Web Mercator (EPSG:3857), the only grid MapLibre draws. */
export interface RasterBaseMap {
  kind: "raster";
  /** The preset, or "custom" for a tile address the tenant typed. */
  id: RasterPreset | "custom";
  tiles: string[];
  tileSize: number;
  minzoom: number;
  maxzoom: number;
  /** Where the service has tiles: nothing is asked for outside it. */
  bounds: Box | null;
  /** HTML, shown in the map's attribution control (what the licence requires, with a link). */
  attribution: string;
}

/** What the browser draws under the tenant's own layers. */
export type BaseMapSource =
  | RasterBaseMap
  /** A MapLibre style document (JSON) at an address the tenant gave. */
  | { kind: "style"; id: "custom"; url: string }
  /** mapbox-gl with the tenant's token and (optionally) a Mapbox style. */
  | { kind: "mapbox"; id: "mapbox"; token: string; styleUrl: string | null }
  /** The plain background: no outside service at all. */
  | { kind: "plain"; id: "plain" };

const BELGIUM: Box = [2.38, 49.45, 6.5, 51.56];
const FLANDERS: Box = [2.5, 50.67, 5.95, 51.51];
const BRUSSELS: Box = [4.23, 50.76, 4.49, 50.92];

/**
 * The public services. `{z}/{x}/{y}` are MapLibre's tile placeholders; WMTS addresses put the row ({y}) before the
 * column ({x}).
 */
function preset(id: RasterPreset, locale: string): RasterBaseMap {
  switch (id) {
    case "cartoweb":
      // NGI/IGN CartoWeb.be "topo", WMTS REST in EPSG:3857 (tile matrices 7-17), whole of Belgium and its borders.
      return {
        kind: "raster",
        id,
        tiles: ["https://cartoweb.wmts.ngi.be/1.0.0/topo/default/3857/{z}/{y}/{x}.png"],
        tileSize: 256,
        minzoom: 7,
        maxzoom: 17,
        bounds: BELGIUM,
        attribution: '© <a href="https://www.ngi.be/website/gebruiksvoorwaarden-cartoweb-be/">NGI/IGN – CartoWeb.be</a>',
      };
    case "grb":
      // Digitaal Vlaanderen, GRB basiskaart (grb_bsk), WMTS KVP in the GoogleMapsVL matrix set (EPSG:3857), Flanders only.
      return {
        kind: "raster",
        id,
        tiles: [
          "https://geo.api.vlaanderen.be/GRB/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=grb_bsk&STYLE=&FORMAT=image/png&TILEMATRIXSET=GoogleMapsVL&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}",
        ],
        tileSize: 256,
        minzoom: 7,
        maxzoom: 20,
        bounds: FLANDERS,
        attribution: 'Bron: <a href="https://www.vlaanderen.be/digitaal-vlaanderen">Digitaal Vlaanderen</a> – GRB',
      };
    case "urbis": {
      // Paradigm (CIRB/CIBG) Brussels UrbIS base map through its GeoWebCache WMTS (REST, EPSG:900913 = 3857),
      // with street names in the tenant's language (Brussels is bilingual: Dutch, else French).
      const layer = locale === "nl" ? "urbisNL" : "urbisFR";
      return {
        kind: "raster",
        id,
        tiles: [
          `https://geoservices-urbis.irisnet.be/geowebcache/service/wmts/rest/${layer}/default/EPSG:900913/EPSG:900913:{z}/{y}/{x}?format=image/png`,
        ],
        tileSize: 256,
        minzoom: 9,
        maxzoom: 19,
        bounds: BRUSSELS,
        attribution: 'Brussels UrbIS®© – Distribution &amp; Copyright <a href="https://paradigm.brussels">Paradigm</a>',
      };
    }
    case "osm":
      // The OpenStreetMap Foundation's tile server: fine for a few users, its usage policy rules out heavy use.
      return {
        kind: "raster",
        id,
        tiles: ["https://tile.openstreetmap.org/{z}/{x}/{y}.png"],
        tileSize: 256,
        minzoom: 0,
        maxzoom: 19,
        bounds: null,
        attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      };
  }
}

/** The regions a tenant is created in, and where its map opens until the admin sets its own centre. */
export const REGIONS = ["flanders", "brussels"] as const;
export type Region = (typeof REGIONS)[number];
export const REGION_VIEW: Record<Region, { mapCenterLat: number; mapCenterLng: number; mapZoom: number }> = {
  flanders: { mapCenterLat: 51.0, mapCenterLng: 4.3, mapZoom: 8 },
  brussels: { mapCenterLat: 50.846, mapCenterLng: 4.352, mapZoom: 12 },
};

/** True inside the Brussels-Capital Region's box (the region is small and nearly square; a box is enough here). */
export function inBrussels(center: { lat: number; lng: number }): boolean {
  const [w, s, e, n] = BRUSSELS;
  return center.lng >= w && center.lng <= e && center.lat >= s && center.lat <= n;
}

/**
 * The base map of a tenant that chose none: Brussels tenants get UrbIS (the region's own map, in its language);
 * every other tenant CartoWeb (all of Belgium, every zoom from the municipality to the street, one licence). GRB is
 * the more detailed choice for Flemish streets and buildings, offered as a preset.
 */
export function regionalPreset(center: { lat: number; lng: number }): RasterPreset {
  return inBrussels(center) ? "urbis" : "cartoweb";
}

/** A tile address ({z}, {x}, {y}) as opposed to the address of a style document. */
export const isTileTemplate = (url: string) => url.includes("{z}") && url.includes("{x}") && url.includes("{y}");

export interface TenantMapRow {
  mapBaseMap: string | null;
  mapStyleUrl: string | null;
  mapAttribution: string | null;
  mapboxToken: string | null;
  mapCenterLat: number;
  mapCenterLng: number;
  defaultLocale: string;
}

/** The installation's default for tenants on "auto" (env MAP_BASE_MAP and MAP_STYLE_URL). */
export interface BaseMapDefault {
  /** "region" or one preset, or "plain". */
  choice: "region" | RasterPreset | "plain";
  /** When set, tenants on "auto" get this style or tile address instead. */
  styleUrl: string;
}

function custom(url: string, attribution: string | null): BaseMapSource {
  if (!isTileTemplate(url)) return { kind: "style", id: "custom", url };
  return {
    kind: "raster",
    id: "custom",
    tiles: [url],
    tileSize: 256,
    minzoom: 0,
    maxzoom: 19,
    bounds: null,
    // The tenant's own words; the browser shows them as text (attribution is the one HTML field we write ourselves).
    attribution: escapeHtml(attribution ?? ""),
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the tenant's maps draw underneath, from its settings and the installation's default. */
export function resolveBaseMap(t: TenantMapRow, fallback: BaseMapDefault): BaseMapSource {
  const choice = (BASE_MAP_CHOICES as readonly string[]).includes(t.mapBaseMap ?? "") ? (t.mapBaseMap as BaseMapChoice) : "auto";
  const locale = t.defaultLocale;
  switch (choice) {
    case "cartoweb":
    case "grb":
    case "urbis":
    case "osm":
      return preset(choice, locale);
    case "custom":
      return t.mapStyleUrl ? custom(t.mapStyleUrl, t.mapAttribution) : { kind: "plain", id: "plain" };
    case "mapbox":
      return t.mapboxToken
        ? { kind: "mapbox", id: "mapbox", token: t.mapboxToken, styleUrl: t.mapStyleUrl }
        : { kind: "plain", id: "plain" };
    case "plain":
      return { kind: "plain", id: "plain" };
    case "auto": {
      // Tenants from before presets existed that brought a Mapbox token keep Mapbox.
      if (t.mapBaseMap === null && t.mapboxToken) return { kind: "mapbox", id: "mapbox", token: t.mapboxToken, styleUrl: t.mapStyleUrl };
      if (fallback.styleUrl) return custom(fallback.styleUrl, null);
      if (fallback.choice === "plain") return { kind: "plain", id: "plain" };
      const center = { lat: t.mapCenterLat, lng: t.mapCenterLng };
      return preset(fallback.choice === "region" ? regionalPreset(center) : fallback.choice, locale);
    }
  }
}
