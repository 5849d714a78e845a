// Brotli for the build's static files (ADR 0042). Plain JavaScript: server.mjs and the build script load it with
// node, before and without anything compiled.
//
// Next's own server compresses with gzip only. Its scripts and styles (/_next/static/…, content-hashed, cached for a
// year) are compressed once at build time with brotli at its highest quality, 14 % fewer bytes than gzip on the
// scripts every page loads; the server hands out the `.br` file to a browser that accepts brotli and leaves every
// other request to Next as before.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const brotli = promisify(zlib.brotliCompress);

/** What is compressed: text that the browser loads; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|json|svg|txt)$/;
/** Under this size the headers weigh more than the bytes saved. */
const MIN_BYTES = 1024;

const CONTENT_TYPES = {
  ".js": "application/javascript; charset=UTF-8",
  ".mjs": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=UTF-8",
};

/** Every file under dir, as paths relative to it with forward slashes. */
function filesUnder(dir, prefix = "") {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : e.isFile() ? [`${prefix}${e.name}`] : [],
  );
}

/**
 * Writes `<file>.br` next to every compressible file of dir (at least 1 kB, and only where brotli makes it smaller).
 * Run after the build; the compressions run on libuv's thread pool, so all cores work.
 * @param {string} dir
 * @returns {Promise<{ files: number; bytes: number; brotliBytes: number }>}
 */
export async function precompressDir(dir) {
  const files = filesUnder(dir).filter((f) => COMPRESSIBLE.test(f));
  const done = await Promise.all(
    files.map(async (rel) => {
      const file = path.join(dir, rel);
      const body = await readFile(file);
      if (body.length < MIN_BYTES) return null;
      const br = await brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        },
      });
      if (br.length >= body.length) return null;
      writeFileSync(`${file}.br`, br);
      return { bytes: body.length, brotliBytes: br.length };
    }),
  );
  const made = done.filter((d) => d !== null);
  return {
    files: made.length,
    bytes: made.reduce((n, d) => n + d.bytes, 0),
    brotliBytes: made.reduce((n, d) => n + d.brotliBytes, 0),
  };
}

/**
 * Whether an Accept-Encoding header accepts brotli: `br` (or `*`) listed with a weight above 0 (RFC 9110, 12.5.3).
 * @param {string | string[] | undefined} header
 */
export function acceptsBrotli(header) {
  if (!header) return false;
  const text = Array.isArray(header) ? header.join(",") : header;
  let star = false;
  for (const part of text.split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    const accepted = Number.isFinite(weight) && weight > 0;
    if (name === "br") return accepted;
    if (name === "*") star = accepted;
  }
  return star;
}

/**
 * A request handler for the precompressed files of staticDir under urlPrefix: answers (and returns true) a GET or HEAD
 * of a file that has a `.br` when the browser accepts brotli; returns false for anything else, which the caller hands
 * to Next. The files are listed once, here: a request names an entry of that list or is not ours (no path is built
 * from the URL). Ranges and conditional requests stay Next's (the `.br` answer has no validators: the names carry
 * their content's hash and are cached for a year).
 * @param {string} staticDir
 * @param {string} urlPrefix
 * @returns {{ size: number; handle: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => boolean }}
 */
export function precompressedStatic(staticDir, urlPrefix) {
  /** @type {Map<string, { file: string; length: number; type: string; body?: Buffer }>} */
  const index = new Map();
  for (const rel of filesUnder(staticDir)) {
    if (!rel.endsWith(".br")) continue;
    const original = rel.slice(0, -3);
    const type = CONTENT_TYPES[path.extname(original)];
    if (!type) continue;
    const file = path.join(staticDir, rel);
    index.set(`${urlPrefix}${original}`, { file, length: statSync(file).size, type });
  }
  const handle = (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (req.headers.range) return false;
    const url = req.url ?? "";
    const q = url.indexOf("?");
    const entry = index.get(q === -1 ? url : url.slice(0, q));
    if (!entry || !acceptsBrotli(req.headers["accept-encoding"])) return false;
    res.writeHead(200, {
      "Content-Type": entry.type,
      "Content-Encoding": "br",
      "Content-Length": entry.length,
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else {
      // Kept once read: all of them together are about 1.5 MB, and a request then costs no file system call.
      entry.body ??= readFileSync(entry.file);
      res.end(entry.body);
    }
    return true;
  };
  return { size: index.size, handle };
}
