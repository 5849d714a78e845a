// Build step after `next build` (package.json): a brotli copy of the build's scripts and styles, which server.mjs
// serves to browsers that accept it (precompressed.mjs, ADR 0042).
import path from "node:path";
import { precompressDir } from "../precompressed.mjs";

const dir = path.resolve(import.meta.dirname, "../.next/static");
const started = performance.now();
const r = await precompressDir(dir);
if (r.files === 0) {
  console.error(`precompress: nothing to compress in ${dir}; run next build first`);
  process.exit(1);
}
const kB = (n) => `${Math.round(n / 1000)} kB`;
console.log(
  `precompress: ${r.files} files, ${kB(r.bytes)} -> ${kB(r.brotliBytes)} with brotli, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
