import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsBrotli, precompressDir, precompressedStatic } from "../../precompressed.mjs";

describe("acceptsBrotli (Accept-Encoding, RFC 9110)", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["gzip, deflate, br, zstd", true],
    ["BR", true],
    ["br;q=0.5, gzip", true],
    ["br;q=0", false],
    ["br; q=0.000", false],
    ["gzip, deflate", false],
    ["identity", false],
    ["*", true],
    ["gzip, *;q=0.1", true],
    ["*;q=0", false],
    ["br;q=0, *", false],
    ["", false],
  ])("%j -> %s", (header, accepted) => {
    expect(acceptsBrotli(header)).toBe(accepted);
  });
  it("reads a header sent several times, and its absence", () => {
    expect(acceptsBrotli(["gzip", "br"])).toBe(true);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});

describe("precompressed static files", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "zz-precompress-"));
  const script = `${"export const text = 'Zorgzame buurt, caring neighbourhood';\n".repeat(200)}`;
  let server: http.Server;
  let port = 0;
  let summary: Awaited<ReturnType<typeof precompressDir>>;
  let served = 0;

  beforeAll(async () => {
    mkdirSync(path.join(dir, "chunks"), { recursive: true });
    mkdirSync(path.join(dir, "media"), { recursive: true });
    writeFileSync(path.join(dir, "chunks/app.js"), script);
    writeFileSync(path.join(dir, "chunks/tiny.js"), "export {};\n");
    writeFileSync(path.join(dir, "chunks/style.css"), `${"main { color: teal; }\n".repeat(100)}`);
    // Not text: left alone whatever its size.
    writeFileSync(path.join(dir, "media/photo.png"), Buffer.alloc(4096, 7));
    summary = await precompressDir(dir);
    const files = precompressedStatic(dir, "/_next/static/");
    served = files.size;
    server = http.createServer((req, res) => {
      if (files.handle(req, res)) return;
      // Everything not answered from the list falls through, as to Next in server.mjs.
      res.writeHead(404, { "x-fell-through": "yes" });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  /** A raw request (the path as written, no decoding), so the bytes on the wire and the headers are what the test sees. */
  function get(url: string, headers: Record<string, string>, method = "GET") {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path: url, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("compresses the text files of 1 kB and more, and nothing else", () => {
    expect(existsSync(path.join(dir, "chunks/app.js.br"))).toBe(true);
    expect(existsSync(path.join(dir, "chunks/style.css.br"))).toBe(true);
    expect(existsSync(path.join(dir, "chunks/tiny.js.br"))).toBe(false);
    expect(existsSync(path.join(dir, "media/photo.png.br"))).toBe(false);
    expect(summary.files).toBe(2);
    expect(served).toBe(2);
    expect(summary.brotliBytes).toBeLessThan(summary.bytes / 10);
  });

  it("answers a browser that accepts brotli with the .br file, which decodes to the original", async () => {
    const r = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip, deflate, br" });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe("br");
    expect(r.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(r.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(r.headers.vary).toBe("Accept-Encoding");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(Number(r.headers["content-length"])).toBe(readFileSync(path.join(dir, "chunks/app.js.br")).length);
    expect(brotliDecompressSync(r.body).toString()).toBe(script);
    const css = await get("/_next/static/chunks/style.css?v=1", { "accept-encoding": "br" });
    expect(css.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(brotliDecompressSync(css.body).toString()).toContain("color: teal");
  });

  it("answers HEAD with the headers only", async () => {
    const r = await get("/_next/static/chunks/app.js", { "accept-encoding": "br" }, "HEAD");
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe("br");
    expect(r.body.length).toBe(0);
  });

  it.each([
    ["no brotli accepted", "/_next/static/chunks/app.js", { "accept-encoding": "gzip" }, "GET"],
    ["brotli refused with q=0", "/_next/static/chunks/app.js", { "accept-encoding": "br;q=0, gzip" }, "GET"],
    ["a range", "/_next/static/chunks/app.js", { "accept-encoding": "br", range: "bytes=0-10" }, "GET"],
    ["a POST", "/_next/static/chunks/app.js", { "accept-encoding": "br" }, "POST"],
    ["a file without .br", "/_next/static/chunks/tiny.js", { "accept-encoding": "br" }, "GET"],
    ["the .br file by its own name", "/_next/static/chunks/app.js.br", { "accept-encoding": "br" }, "GET"],
    ["a path outside the list", "/_next/static/chunks/../chunks/app.js", { "accept-encoding": "br" }, "GET"],
    ["an encoded path", "/_next/static/chunks/%61pp.js", { "accept-encoding": "br" }, "GET"],
    ["another prefix", "/static/chunks/app.js", { "accept-encoding": "br" }, "GET"],
  ])("leaves %s to Next", async (_what, url, headers, method) => {
    const r = await get(url, headers, method);
    expect(r.headers["x-fell-through"]).toBe("yes");
  });
});
