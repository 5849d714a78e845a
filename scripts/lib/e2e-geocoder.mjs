// The geocoder of the end-to-end run: a local HTTP server speaking Nominatim's search API (ADR 8), since no geocoder
// can be reached from here. It knows one street of the demo municipality (Spoorweglaan, Zonnedal) and nothing else,
// so the background geocoding of imported or typed addresses finds nothing, as before, and address search
// (apps/web/e2e/partners-actors.spec.ts) has places to choose from. It runs as a process of its own
// (`node scripts/lib/e2e-geocoder.mjs <port>`, started by scripts/e2e.mjs): the run waits for Playwright synchronously,
// so a server inside the run's own process would not answer.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

/** The places the e2e geocoder knows, best first (display_name as Nominatim writes it). */
export const E2E_PLACES = [
  { lat: 50.8812, lng: 4.7001, label: "12, Spoorweglaan, Zonnedal, Vlaams-Brabant, 3000, België / Belgique / Belgien" },
  { lat: 50.8804, lng: 4.6988, label: "Spoorweglaan, Zonnedal, Vlaams-Brabant, 3000, België / Belgique / Belgien" },
  { lat: 50.9125, lng: 4.4321, label: "Spoorweglaan, Vilvoorde, Vlaams-Brabant, 1800, België / Belgique / Belgien" },
];

/** Starts the server on 127.0.0.1 (port 0: a free one); returns its base URL and a stop function. */
export async function startE2eGeocoder(port = 0) {
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://localhost");
    if (u.pathname !== "/search") {
      res.writeHead(404).end();
      return;
    }
    const q = (u.searchParams.get("q") ?? "").toLowerCase();
    const limit = Number(u.searchParams.get("limit") ?? 10) || 10;
    const places = q.includes("spoorweglaan") ? E2E_PLACES.slice(0, limit) : [];
    const body = places.map((p, i) => ({
      place_id: i + 1,
      licence: "Data © OpenStreetMap contributors, ODbL 1.0.",
      osm_type: "node",
      osm_id: i + 1,
      lat: String(p.lat),
      lon: String(p.lng),
      category: "place",
      type: "house",
      place_rank: 30,
      importance: 0.5 - i / 10,
      addresstype: "place",
      name: "",
      display_name: p.label,
    }));
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startE2eGeocoder(Number(process.argv[2] ?? 0));
  console.log(`geocoder listening on ${url}`);
}
