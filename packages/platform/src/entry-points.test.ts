/**
 * What each process loads, read from the import graph (esbuild bundles each entry; our own packages are followed file
 * by file, every other package is recorded by name and not opened):
 * - a module's `./ui` and `./manifest` entries and its page files (`./pages/*`) reach no server code: no Prisma, BullMQ, ioredis, pg, tRPC's server,
 *   no Node builtin, and no file of core other than the pure ones modules may use in a browser;
 * - a module's `./manifest` entry reaches no React either;
 * - a module's `./home` entry (cards, home summary) reaches no client component, so the tenant home loads none;
 * - the worker's graph reaches no React, no Next.js and no file of a module's UI.
 * It fails when a bad import is added: tried once (2026-12-04) with `import { partnersRouter } from "./server/router"`
 * used in packages/plugins/partners/src/ui.ts, which failed "partners ./ui" naming @prisma/client, pg and core's
 * files; and the checks below are themselves tried on a small bad graph in the last test, so they cannot pass vacuously.
 */
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { modulePageFiles } from "@zorgzaam/core/page-files";
import { describe, expect, it } from "vitest";
import { manifests } from "./manifests";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Files of core a module's browser-safe entries may reach (pure data and functions, no dependencies). */
const PURE_CORE = new Set(["packages/core/src/limits.ts", "packages/core/src/i18n/locales.ts", "packages/core/src/figures/suppress.ts"]);
/**
 * Packages that are server code: the database, the queue, tRPC's server (its `observable` helper is shared with the
 * browser client), files, mail, PDF.
 */
const SERVER_PACKAGES =
  /^(@prisma\/|prisma$|\.prisma|pg$|pg-|@node-rs\/|bullmq$|ioredis$|@trpc\/server(?!\/observable$)|exceljs$|pdfkit$|sharp$|nodemailer$|smtp-server$|mailparser$|server-only$)/;
const NODE_BUILTIN = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const REACT = /^(react$|react\/|react-dom|next$|next\/|next-intl|use-intl(?!\/core$)|sonner$|maplibre-gl|cytoscape)/;

interface Graph {
  /** Our own source files reached, relative to the repository. */
  files: string[];
  /** Every other package imported anywhere in the graph (name as written, subpath dropped), and Node builtins. */
  packages: string[];
}

/** Packages whose subpaths differ in kind: tRPC's `observable` runs in browsers, use-intl's `core` has no React. */
const KEEP_SUBPATH = /^(@trpc\/server|use-intl)\//;
/** The package of an import ("@scope/name", "name"), with the subpath where it matters (KEEP_SUBPATH). */
const packageName = (spec: string) =>
  KEEP_SUBPATH.test(spec) ? spec : spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] ?? spec);

/** Follows @zorgzaam/* and relative imports; records every other import as a package, without opening it. */
function recordPackages(packages: Set<string>): Plugin {
  return {
    name: "record-packages",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith("@zorgzaam/")) return undefined;
        packages.add(NODE_BUILTIN.has(args.path) ? args.path : packageName(args.path));
        return { path: args.path, external: true };
      });
    },
  };
}

/** The import graph of one module specifier (a package entry point or a file), as esbuild follows it. */
async function graphOf(contents: string): Promise<Graph> {
  const packages = new Set<string>();
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    write: false,
    metafile: true,
    platform: "neutral",
    format: "esm",
    jsx: "automatic",
    loader: { ".json": "json" },
    logLevel: "silent",
    plugins: [recordPackages(packages)],
  });
  const files = Object.keys(result.metafile.inputs).filter((f) => f !== "entry.ts" && !f.startsWith("<stdin>"));
  return { files: files.map((f) => path.relative(ROOT, path.resolve(ROOT, f))).sort(), packages: [...packages].sort() };
}

/** What in a graph is server code, one line per offence. */
function serverCode(g: Graph): string[] {
  return [
    ...g.packages.filter((p) => NODE_BUILTIN.has(p)).map((p) => `Node builtin ${p}`),
    ...g.packages.filter((p) => SERVER_PACKAGES.test(p)).map((p) => `server package ${p}`),
    ...g.files.filter((f) => f.startsWith("packages/core/src/") && !PURE_CORE.has(f)).map((f) => `core file ${f}`),
    ...g.files.filter((f) => /^packages\/plugins\/[^/]+\/src\/server\.ts$/.test(f)).map((f) => `server entry ${f}`),
  ];
}

/** What in a graph is UI code: React and Next.js, or a module's UI files. */
function uiCode(g: Graph): string[] {
  return [
    ...g.packages.filter((p) => REACT.test(p)).map((p) => `UI package ${p}`),
    ...g.files.filter((f) => /^packages\/plugins\/[^/]+\/src\/(ui\/|ui\.ts)/.test(f) || f.endsWith(".tsx")).map((f) => `UI file ${f}`),
  ];
}

/**
 * A module's files in a graph that are client components (they start with "use client"). The @zorgzaam/ui barrel is
 * left out: esbuild follows all of it, the web build takes only what is used (optimizePackageImports).
 */
function clientComponents(g: Graph): string[] {
  return g.files.filter(
    (f) =>
      f.startsWith("packages/plugins/") && /\.tsx?$/.test(f) && /^\s*["']use client["']/.test(readFileSync(path.join(ROOT, f), "utf8")),
  );
}

describe("each process loads only what it runs", () => {
  const ids = manifests.map((m) => m.id);

  it.each(ids)("%s ./ui reaches no server code", async (id) => {
    const g = await graphOf(`export * from "@zorgzaam/plugin-${id}/ui";`);
    expect(g.files).toContain(`packages/plugins/${id}/src/ui.ts`);
    expect(serverCode(g)).toEqual([]);
  });

  it.each(ids)("%s page files (./pages/*) reach no server code", async (id) => {
    const pages = modulePageFiles(path.join(ROOT, "packages/plugins", id));
    const g = await graphOf(
      pages.map((p, i) => `export { page as p${i} } from "@zorgzaam/plugin-${id}/${p.file.replace(/^src\//, "")}";`).join("\n"),
    );
    // The walk found every page file, the module's pages and React, so an empty graph cannot pass.
    for (const p of pages) expect(g.files).toContain(`packages/plugins/${id}/${p.file}`);
    expect(g.files.filter((f) => f.startsWith(`packages/plugins/${id}/src/ui/`)).length).toBeGreaterThan(5);
    expect(g.packages).toContain("react");
    expect(serverCode(g)).toEqual([]);
  });

  it.each(ids)("%s ./manifest reaches neither server code nor React", async (id) => {
    const g = await graphOf(`export * from "@zorgzaam/plugin-${id}/manifest";`);
    expect(g.files).toContain(`packages/plugins/${id}/src/manifest.ts`);
    expect(serverCode(g)).toEqual([]);
    expect(uiCode(g)).toEqual([]);
  });

  it.each(ids)("%s ./home reaches no server code and no client component", async (id) => {
    const g = await graphOf(`export * from "@zorgzaam/plugin-${id}/home";`);
    expect(g.files).toContain(`packages/plugins/${id}/src/home.ts`);
    expect(serverCode(g)).toEqual([]);
    expect(clientComponents(g)).toEqual([]);
  });

  it("the worker reaches no React and no module UI", async () => {
    const g = await graphOf(`import "./apps/worker/src/main.ts";`);
    for (const id of ids) expect(g.files, id).toContain(`packages/plugins/${id}/src/server.ts`);
    expect(g.packages).toContain("bullmq");
    expect(uiCode(g)).toEqual([]);
  });

  it("the checks find server code and UI code where it is (a bad graph)", async () => {
    const bad = await graphOf(`export * from "@zorgzaam/core/plugin"; export * from "@zorgzaam/plugin-${ids[0]}/pages/page.tsx";`);
    const found = serverCode(bad).join("\n");
    expect(found).toMatch(/server package @prisma\//);
    expect(found).toMatch(/core file packages\/core\/src\/plugin\.ts/);
    expect(found).toMatch(/Node builtin node:/);
    expect(uiCode(bad).join("\n")).toMatch(/UI package react/);
    expect(clientComponents(bad).length).toBeGreaterThan(0);
  });
});
