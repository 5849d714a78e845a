import { env } from "../env";

/**
 * The geocoder client: Nominatim's search API (`/search?format=jsonv2`), which a self-hosted Nominatim and several
 * compatible services speak (ADR 8). Used in the background (a module turning stored addresses into points) and
 * interactively (a person searching an address to place a point: `geo.search`). One request at a time per process, at
 * least GEOCODER_MIN_INTERVAL_MS apart, with the configured User-Agent, as Nominatim's usage policy asks; only
 * addresses in Belgium.
 */

export class GeocoderUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GeocoderUnavailable";
  }
}

export interface GeocodeQuery {
  address: string;
  postcode: string | null;
  city: string | null;
}

/** One place the geocoder found: its name as the geocoder writes it, and its point. */
export interface GeocodedPlace {
  label: string;
  lat: number;
  lng: number;
}

let nextSlot = 0;
/** Waits for this process's next request slot (requests are spaced, never sent in parallel bursts). */
async function slot(intervalMs: number): Promise<void> {
  const now = Date.now();
  const at = Math.max(now, nextSlot);
  nextSlot = at + intervalMs;
  if (at > now) await new Promise((r) => setTimeout(r, at - now));
}

export function geocoderConfigured(): boolean {
  return Boolean(env().GEOCODER_URL);
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/** Asks the geocoder's /search; the answer's places (those with a usable point). Throws GeocoderUnavailable. */
async function search(params: Record<string, string>, acceptLanguage: string): Promise<GeocodedPlace[]> {
  const e = env();
  if (!e.GEOCODER_URL) throw new GeocoderUnavailable("no geocoder configured");
  const url = new URL("search", e.GEOCODER_URL.endsWith("/") ? e.GEOCODER_URL : `${e.GEOCODER_URL}/`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  url.searchParams.set("format", "jsonv2");
  // The platform serves neighbourhoods in Belgium.
  url.searchParams.set("countrycodes", "be");
  await slot(e.GEOCODER_MIN_INTERVAL_MS);
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { "User-Agent": e.GEOCODER_USER_AGENT, Accept: "application/json", "Accept-Language": acceptLanguage },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    throw new GeocoderUnavailable(`geocoder not reachable: ${(err as Error).message}`);
  }
  if (!res.ok) throw new GeocoderUnavailable(`geocoder answered HTTP ${res.status}`);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new GeocoderUnavailable("geocoder answered something that is not JSON");
  }
  if (!Array.isArray(body)) throw new GeocoderUnavailable("geocoder answered something that is not a result list");
  const places: GeocodedPlace[] = [];
  for (const item of body as { lat?: unknown; lon?: unknown; display_name?: unknown }[]) {
    const lat = Number(item?.lat);
    const lng = Number(item?.lon);
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) continue;
    const label = typeof item.display_name === "string" ? item.display_name.slice(0, 300) : "";
    places.push({ label, lat: round7(lat), lng: round7(lng) });
  }
  return places;
}

/** The point of a stored address in Belgium, or null when the geocoder does not know it. Throws GeocoderUnavailable. */
export async function geocode(q: GeocodeQuery): Promise<{ lat: number; lng: number } | null> {
  const place = [q.postcode, q.city].filter(Boolean).join(" ");
  const [first] = await search({ q: [q.address, place].filter(Boolean).join(", "), limit: "1" }, "nl,fr,en");
  return first ? { lat: first.lat, lng: first.lng } : null;
}

/** At most this many places per interactive search. */
export const ADDRESS_SEARCH_RESULTS = 5;

/**
 * The places matching what a person typed, best first (at most ADDRESS_SEARCH_RESULTS), in Belgium, those in `near`
 * ([west, south, east, north], the tenant's area) preferred but others not excluded. Labels in `locale` where the
 * geocoder has them. Throws GeocoderUnavailable.
 */
export async function searchAddresses(
  q: string,
  opts: { near?: [number, number, number, number] | null; locale: string },
): Promise<GeocodedPlace[]> {
  const params: Record<string, string> = { q, limit: String(ADDRESS_SEARCH_RESULTS), addressdetails: "0" };
  // Nominatim's viewbox is <x1>,<y1>,<x2>,<y2> (lng,lat of two corners); without bounded=1 it only ranks.
  if (opts.near) params.viewbox = opts.near.join(",");
  const places = await search(params, `${opts.locale},nl,fr,en`);
  return places.slice(0, ADDRESS_SEARCH_RESULTS);
}
