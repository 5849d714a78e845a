import { env } from "@zorgzaam/core/plugin";

/**
 * The geocoder client: Nominatim's search API (`/search?format=jsonv2`), which a self-hosted Nominatim and several
 * compatible services speak (ADR 8). One request at a time per process, at least GEOCODER_MIN_INTERVAL_MS apart, with
 * the configured User-Agent, as Nominatim's usage policy asks.
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

/** The point of an address in Belgium, or null when the geocoder does not know it. Throws GeocoderUnavailable. */
export async function geocode(q: GeocodeQuery): Promise<{ lat: number; lng: number } | null> {
  const e = env();
  if (!e.GEOCODER_URL) throw new GeocoderUnavailable("no geocoder configured");
  const url = new URL("search", e.GEOCODER_URL.endsWith("/") ? e.GEOCODER_URL : `${e.GEOCODER_URL}/`);
  const place = [q.postcode, q.city].filter(Boolean).join(" ");
  url.searchParams.set("q", [q.address, place].filter(Boolean).join(", "));
  url.searchParams.set("format", "jsonv2");
  url.searchParams.set("limit", "1");
  // The platform serves neighbourhoods in Flanders and Brussels.
  url.searchParams.set("countrycodes", "be");
  await slot(e.GEOCODER_MIN_INTERVAL_MS);
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { "User-Agent": e.GEOCODER_USER_AGENT, Accept: "application/json", "Accept-Language": "nl,fr,en" },
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
  const first = body[0] as { lat?: unknown; lon?: unknown } | undefined;
  if (!first) return null;
  const lat = Number(first.lat);
  const lng = Number(first.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat: Math.round(lat * 1e7) / 1e7, lng: Math.round(lng * 1e7) / 1e7 };
}
