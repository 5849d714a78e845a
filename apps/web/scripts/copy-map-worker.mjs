// MapLibre loads its web worker from a URL; we serve it from our own origin (no CDN, works offline, fits the CSP).
// maplibre-gl is a dependency of @zorgzaam/ui (the map component), so it is resolved from there.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const ui = path.resolve(import.meta.dirname, "../../../packages/ui/package.json");
const require = createRequire(ui);
const pkg = require.resolve("maplibre-gl/package.json");
const src = path.join(path.dirname(pkg), "dist/maplibre-gl-worker.mjs");
mkdirSync("public", { recursive: true });
copyFileSync(src, "public/maplibre-gl-worker.mjs");
