// The web app's production server: Next's request handler, with the build's scripts and styles served as brotli
// (precompressed.mjs, ADR 0042). What `next start` does otherwise: `node server.mjs [-p <port>] [-H <hostname>]`
// in apps/web (the port also from PORT, default 3000; all interfaces unless -H names one).
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { precompressedStatic } from "./precompressed.mjs";

const { values: args } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`server.mjs: the port must be a whole number from 0 to 65535, not "${args.port ?? process.env.PORT}"`);
  process.exit(1);
}
// As `next start`: a production server whatever the shell says (set before Next is loaded).
process.env.NODE_ENV = "production";
const dir = import.meta.dirname;
const { default: next } = await import("next");
const app = next({ dev: false, dir, hostname: args.hostname ?? "localhost", port });
const handle = app.getRequestHandler();
const brotli = precompressedStatic(path.join(dir, ".next/static"), "/_next/static/");

const server = createServer((req, res) => {
  if (brotli.handle(req, res)) return;
  handle(req, res).catch((err) => {
    console.error(`Failed to handle request for ${req.url}`, err);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
await app.prepare();
await new Promise((resolve) => {
  // Next keeps the process alive on an uncaught error: a port in use must stop it, as it stops `next start`.
  server.once("error", (err) => {
    console.error(`Failed to start server: ${err.message}`);
    process.exit(1);
  });
  if (args.hostname) server.listen(port, args.hostname, () => resolve(undefined));
  else server.listen(port, () => resolve(undefined));
});
const address = server.address();
const listening = typeof address === "object" && address ? address.port : port;
console.log(
  `✓ Ready on http://${args.hostname ?? "localhost"}:${listening} (${brotli.size} static files as brotli${brotli.size ? "" : ": none found, run the build"})`,
);

let closing = false;
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    // Open keep-alive connections would hold close() up: Next's own start exits at once too.
    server.close();
    server.closeAllConnections();
    Promise.resolve(app.close())
      .catch((err) => console.error(err))
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}
