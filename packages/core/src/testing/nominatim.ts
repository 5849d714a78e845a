import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A place the fake geocoder answers with. */
export interface FakePlace {
  lat: number;
  lng: number;
  /** Its display_name (default: the query). */
  label?: string;
}

export interface FakeNominatim {
  url: string;
  requests: {
    q: string;
    format: string | null;
    userAgent: string | undefined;
    acceptLanguage: string | undefined;
    countrycodes: string | null;
    limit: string | null;
    viewbox: string | null;
    bounded: string | null;
  }[];
  /** Answer for a query: a place or several (best first), null or [] when not found; or a status code to fail with. */
  answer: (q: string) => FakePlace | FakePlace[] | null | number;
  close(): Promise<void>;
}

/**
 * A geocoder on this machine, played by a real HTTP server speaking Nominatim's search API (ADR 8): GET
 * /search?q=…&format=jsonv2 answers a JSON array like the real one, cut to `limit`. It records every request.
 */
export async function startNominatim(answer: FakeNominatim["answer"]): Promise<FakeNominatim> {
  const state: FakeNominatim = { url: "", requests: [], answer, close: async () => {} };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const u = new URL(req.url ?? "/", "http://localhost");
    if (u.pathname !== "/search") {
      res.writeHead(404).end();
      return;
    }
    const q = u.searchParams.get("q") ?? "";
    const p = (k: string) => u.searchParams.get(k);
    state.requests.push({
      q,
      format: p("format"),
      userAgent: req.headers["user-agent"],
      acceptLanguage: req.headers["accept-language"],
      countrycodes: p("countrycodes"),
      limit: p("limit"),
      viewbox: p("viewbox"),
      bounded: p("bounded"),
    });
    const a = state.answer(q);
    if (typeof a === "number") {
      res.writeHead(a, { "content-type": "application/json" }).end(JSON.stringify({ error: "unavailable" }));
      return;
    }
    const places = (a === null ? [] : Array.isArray(a) ? a : [a]).slice(0, Number(p("limit") ?? 10) || 10);
    const body = places.map((place, i) => ({
      place_id: i + 1,
      licence: "Data © OpenStreetMap contributors, ODbL 1.0.",
      osm_type: "node",
      osm_id: i + 1,
      lat: String(place.lat),
      lon: String(place.lng),
      category: "place",
      type: "house",
      place_rank: 30,
      importance: 0.1,
      addresstype: "place",
      name: "",
      display_name: place.label ?? q,
      boundingbox: [String(place.lat - 0.0001), String(place.lat + 0.0001), String(place.lng - 0.0001), String(place.lng + 0.0001)],
    }));
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
