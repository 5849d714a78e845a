import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PNG } from "pngjs";

/**
 * A tile server on this machine, standing in for the base-map services (CartoWeb.be, GRB, UrbIS, OpenStreetMap),
 * which cannot be reached from here: it answers /tiles/{z}/{x}/{y}.png with a 256 px PNG (a dark grid on a sand
 * colour, nothing like the plain background), with CORS and no caching, and counts what it served.
 */
export interface TileServer {
  /** The tile address a tenant types in its settings. */
  template: string;
  served(): number;
  stop(): Promise<void>;
}

function tile(z: number): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let y = 0; y < 256; y++) {
    for (let x = 0; x < 256; x++) {
      const line = x % 32 < 4 || y % 32 < 4;
      const i = (y * 256 + x) * 4;
      png.data[i] = line ? 30 : 230;
      png.data[i + 1] = line ? 58 : 200 - (z % 4) * 10;
      png.data[i + 2] = line ? 138 : 120;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

export async function startTileServer(): Promise<TileServer> {
  let served = 0;
  const server: Server = createServer((req, res) => {
    const m = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(req.url ?? "");
    const headers = { "access-control-allow-origin": "*", "cache-control": "no-store" };
    if (!m) {
      res.writeHead(404, headers).end();
      return;
    }
    served++;
    res.writeHead(200, { ...headers, "content-type": "image/png" }).end(tile(Number(m[1])));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    template: `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png`,
    served: () => served,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
