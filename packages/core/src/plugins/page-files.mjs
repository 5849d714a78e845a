// A module's staff pages are files: packages/plugins/<id>/src/pages/<path>/page.tsx, each exporting `page` (its
// component, permission and title key; core's `PluginPage`). The folder is the one page table (ADR 0038): the web
// app's generator writes a Next route per file (apps/web/module-routes.mjs), the contract tests load the same files
// (core/testing/module-pages.ts). Plain JavaScript, so that next.config.ts can read it before anything is compiled.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** The folder of a module's pages, below the module's package folder. */
export const PAGES_DIR = "src/pages";
/** The file of one page in its folder. */
export const PAGE_FILE = "page.tsx";

const STATIC = /^[a-z0-9][a-z0-9-]*$/;
const DYNAMIC = /^\[([a-z][a-zA-Z0-9]*)\]$/;
/** Parameter names the web app's route already has (the tenant) or keeps for unknown paths. */
const RESERVED = new Set(["slug", "path"]);

/**
 * A module's pages: one entry per `page.tsx` below src/pages, keyed by its folder ("" for the start page,
 * "sessions/[id]/report"), with the file's path relative to the package folder. Sorted by key.
 */
export function modulePageFiles(moduleDir) {
  const root = path.join(moduleDir, PAGES_DIR);
  const out = [];
  const walk = (segments) => {
    const dir = path.join(root, ...segments);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk([...segments, entry.name]);
      else if (entry.name === PAGE_FILE) out.push({ key: segments.join("/"), file: [PAGES_DIR, ...segments, PAGE_FILE].join("/") });
    }
  };
  if (existsSync(root)) walk([]);
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * What is wrong with a module's page keys, one line each: a segment Next would read otherwise (route groups,
 * private folders, catch-alls) or that is not a plain lower-case name or `[param]`; a reserved or repeated parameter;
 * two parameters of different names at the same place (Next refuses "sessions/[id]" beside "sessions/[key]/x").
 */
export function pageKeyProblems(keys) {
  const out = [];
  const paramAt = new Map();
  for (const key of keys) {
    if (key === "") continue;
    const names = new Set();
    key.split("/").forEach((seg, i, all) => {
      const dyn = DYNAMIC.exec(seg);
      if (!dyn && !STATIC.test(seg)) {
        out.push(`page "${key}": segment "${seg}" must be a lower-case name (a-z, 0-9, -) or a [parameter]`);
        return;
      }
      if (!dyn?.[1]) return;
      const name = dyn[1];
      if (RESERVED.has(name)) out.push(`page "${key}": parameter [${name}] is the web app's own`);
      if (names.has(name)) out.push(`page "${key}": parameter [${name}] appears twice`);
      names.add(name);
      const at = all.slice(0, i).join("/");
      const other = paramAt.get(at);
      if (other && other !== name) out.push(`page "${key}": [${name}] beside [${other}] at "${at}/" (one parameter name per place)`);
      else paramAt.set(at, name);
    });
  }
  return out;
}
