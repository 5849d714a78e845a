// MapLibre loads its web worker from a URL; we serve it from our own origin (no CDN, works offline, fits the CSP).
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const pkg = require.resolve("maplibre-gl/package.json");
const src = path.join(path.dirname(pkg), "dist/maplibre-gl-worker.mjs");
mkdirSync("public", { recursive: true });
copyFileSync(src, "public/maplibre-gl-worker.mjs");
