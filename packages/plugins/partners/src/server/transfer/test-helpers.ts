/**
 * Helpers for the import/export integration tests (imported by *.int.test.ts only): a geocoder played by a real local
 * HTTP server speaking Nominatim's /search API, and the steps of an import as the page takes them.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { waitUntil } from "@zorgzaam/core/testing";
import type { partners } from "../test-support";

type Api = ReturnType<typeof partners>;

export interface FakeNominatim {
  url: string;
  requests: { q: string; format: string | null; userAgent: string | undefined; countrycodes: string | null }[];
  /** Answer for a query (null: not found); or a status code to fail with. */
  answer: (q: string) => { lat: number; lng: number } | null | number;
  close(): Promise<void>;
}

/** A local Nominatim: GET /search?q=…&format=jsonv2 answers a JSON array like the real one. */
export async function startNominatim(answer: FakeNominatim["answer"]): Promise<FakeNominatim> {
  const state: FakeNominatim = { url: "", requests: [], answer, close: async () => {} };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const u = new URL(req.url ?? "/", "http://localhost");
    if (u.pathname !== "/search") {
      res.writeHead(404).end();
      return;
    }
    const q = u.searchParams.get("q") ?? "";
    state.requests.push({
      q,
      format: u.searchParams.get("format"),
      userAgent: req.headers["user-agent"],
      countrycodes: u.searchParams.get("countrycodes"),
    });
    const a = state.answer(q);
    if (typeof a === "number") {
      res.writeHead(a, { "content-type": "application/json" }).end(JSON.stringify({ error: "unavailable" }));
      return;
    }
    const body = a
      ? [
          {
            place_id: 1,
            licence: "Data © OpenStreetMap contributors, ODbL 1.0.",
            osm_type: "node",
            osm_id: 1,
            lat: String(a.lat),
            lon: String(a.lng),
            category: "place",
            type: "house",
            place_rank: 30,
            importance: 0.1,
            addresstype: "place",
            name: "",
            display_name: q,
            boundingbox: [String(a.lat - 0.0001), String(a.lat + 0.0001), String(a.lng - 0.0001), String(a.lng + 0.0001)],
          },
        ]
      : [];
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** Uploads a file and previews it with the proposed mapping (or with changes to it). */
export async function uploadAndPreview(
  api: Api,
  fileName: string,
  bytes: Uint8Array,
  change?: (m: Awaited<ReturnType<Api["transfer"]["get"]>>["mapping"]) => void,
) {
  const up = await api.transfer.upload({ fileName, contentBase64: Buffer.from(bytes).toString("base64") });
  const got = await api.transfer.get({ id: up.id });
  const mapping = structuredClone(got.mapping);
  change?.(mapping);
  const preview = await api.transfer.preview({ id: up.id, mapping });
  return { id: up.id, upload: up, got, preview };
}

/** Starts the import and polls its status like the progress bar does, until it is done or failed. */
export async function startAndWait(api: Api, id: string, timeoutMs = 25_000) {
  await api.transfer.start({ id });
  const seen: number[] = [];
  let last: Awaited<ReturnType<Api["transfer"]["status"]>> | undefined;
  await waitUntil(
    async () => {
      last = await api.transfer.status({ id });
      seen.push(last.progress);
      return last.status === "done" || last.status === "failed" || last.status === "previewed";
    },
    timeoutMs,
    "the import job",
  );
  return { status: last as NonNullable<typeof last>, seen };
}
