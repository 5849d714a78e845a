// Makes src/app/favicon.ico from src/app/icon.svg (16, 32 and 48 px PNGs in one ICO file), locally with sharp (which
// Next.js already installs); nothing is downloaded. Run after changing the icon: node apps/web/scripts/make-favicon.mjs
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const app = path.resolve(import.meta.dirname, "../src/app");
const svg = readFileSync(path.join(app, "icon.svg"));
const sizes = [16, 32, 48];
const pngs = await Promise.all(sizes.map((s) => sharp(svg, { density: 384 }).resize(s, s).png().toBuffer()));

// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNG data.
const header = Buffer.alloc(6 + 16 * sizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // 1 = icon
header.writeUInt16LE(sizes.length, 4);
let offset = header.length;
sizes.forEach((s, i) => {
  const e = 6 + 16 * i;
  header.writeUInt8(s, e);
  header.writeUInt8(s, e + 1);
  header.writeUInt8(0, e + 2); // no palette
  header.writeUInt8(0, e + 3);
  header.writeUInt16LE(1, e + 4); // colour planes
  header.writeUInt16LE(32, e + 6); // bits per pixel
  header.writeUInt32LE(pngs[i].length, e + 8);
  header.writeUInt32LE(offset, e + 12);
  offset += pngs[i].length;
});
writeFileSync(path.join(app, "favicon.ico"), Buffer.concat([header, ...pngs]));
console.log(`wrote ${path.join(app, "favicon.ico")} (${offset} bytes)`);
