import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { manifests } from "@zorgzaam/platform/manifests";
import { describe, expect, it } from "vitest";
import {
  GENERATED_MARK,
  modulePackages,
  pageRouteSource,
  ROUTES_DIR,
  routeFiles,
  UNKNOWN_PATH,
  unknownRouteSource,
  writeModuleRoutes,
} from "../../module-routes.mjs";

const root = path.resolve(import.meta.dirname, "../../../..");
const pluginsDir = path.join(root, "packages/plugins");

/** The page files of a module, listed here on their own (not through core's modulePageFiles): folder below src/pages. */
function pageFolders(moduleDir: string): string[] {
  const dir = path.join(moduleDir, "src/pages");
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === "page.tsx")
    .map((f) => path.dirname(f).split(path.sep).join("/"))
    .map((d) => (d === "." ? "" : d))
    .sort();
}

/** A module package in a scratch folder, with page files at these keys. */
function scratchModule(plugins: string, id: string, keys: string[]) {
  mkdirSync(path.join(plugins, id), { recursive: true });
  writeFileSync(
    path.join(plugins, id, "package.json"),
    JSON.stringify({ name: `@x/plugin-${id}`, exports: { "./ui": "./src/ui.ts", "./pages/*": "./src/pages/*" } }),
  );
  for (const key of keys) {
    const dir = path.join(plugins, id, "src/pages", ...(key ? key.split("/") : []));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "page.tsx"), "export const page = {};\n");
  }
}

describe("a route per module page (module-routes.mjs)", () => {
  const modules = modulePackages(pluginsDir);

  it("finds every installed module's package, by the id its URL uses", () => {
    const found = modules.map((m) => m.id);
    for (const m of manifests) expect(found).toContain(m.id);
  });

  it("the generated routes are the page files, one each, plus the unknown-path route of each module", () => {
    for (const m of modules) {
      const keys = pageFolders(path.join(pluginsDir, m.id));
      expect(keys.length, m.id).toBeGreaterThan(3);
      const routes = [...routeFiles([m]).keys()].sort();
      const want = [...keys.map((k) => [m.id, k, "page.tsx"].filter(Boolean).join("/")), `${m.id}/${UNKNOWN_PATH}/page.tsx`].sort();
      expect(routes, m.id).toEqual(want);
    }
  });

  it("a page's route imports that page file and nothing else of any module", () => {
    const names = modules.map((m) => m.name);
    for (const m of modules) {
      for (const p of m.pages) {
        const text = pageRouteSource(m, p);
        const imports = [...text.matchAll(/from "([^"]+)"/g)].map((x) => x[1]);
        expect(imports).toEqual([`${m.name}/${p.file.replace(/^src\//, "")}`, "@/lib/module-page"]);
        expect(text).toContain(`renderModulePage(${JSON.stringify(m.id)}, page, props)`);
        for (const n of names.filter((n) => n !== m.name)) expect(text).not.toContain(n);
      }
      // The unknown-path route imports nothing of the module: not enabled, or 404.
      const unknown = unknownRouteSource(m);
      expect(unknown).not.toContain(m.name);
      expect(unknown).toContain(`renderModulePage(${JSON.stringify(m.id)}, null, props)`);
    }
  });

  it("refuses a page path Next would read otherwise, naming it", () => {
    const plugins = path.join(mkdtempSync(path.join(tmpdir(), "routes-")), "plugins");
    scratchModule(plugins, "alpha", ["", "things/[id]", "things/[key]/edit", "(group)", "x/[slug]"]);
    expect(() => modulePackages(plugins)).toThrow(
      [
        "Module pages that cannot be routes:",
        'alpha: page "(group)": segment "(group)" must be a lower-case name (a-z, 0-9, -) or a [parameter]',
        'alpha: page "things/[key]/edit": [key] beside [id] at "things/" (one parameter name per place)',
        'alpha: page "x/[slug]": parameter [slug] is the web app\'s own',
      ].join("\n"),
    );
  });

  it("writes a route per page, leaves unchanged files alone, removes what is gone (and the one-route-per-module layout)", () => {
    const web = mkdtempSync(path.join(tmpdir(), "routes-"));
    const plugins = path.join(web, "plugins");
    scratchModule(plugins, "alpha", ["", "things", "things/[id]"]);
    scratchModule(plugins, "beta", [""]);
    // A package without page files' export gets no route.
    mkdirSync(path.join(plugins, "lib"), { recursive: true });
    writeFileSync(path.join(plugins, "lib", "package.json"), JSON.stringify({ name: "@x/lib", exports: { "./ui": "./src/ui.ts" } }));
    // The layout before ADR 0038.
    const base = path.join(web, ROUTES_DIR);
    mkdirSync(path.join(base, "alpha", "[[...path]]"), { recursive: true });
    writeFileSync(path.join(base, "alpha", "[[...path]]", "page.tsx"), "old");

    expect(writeModuleRoutes(web, plugins)).toEqual([
      "alpha/[...path]/page.tsx",
      "alpha/page.tsx",
      "alpha/things/[id]/page.tsx",
      "alpha/things/page.tsx",
      "beta/[...path]/page.tsx",
      "beta/page.tsx",
    ]);
    const file = (rel: string) => path.join(base, ...rel.split("/"));
    expect(readFileSync(file("alpha/things/[id]/page.tsx"), "utf8")).toContain('from "@x/plugin-alpha/pages/things/[id]/page.tsx"');
    expect(readFileSync(file("alpha/page.tsx"), "utf8").startsWith(GENERATED_MARK)).toBe(true);
    expect(existsSync(path.join(base, "alpha", "[[...path]]"))).toBe(false);
    expect(existsSync(path.join(base, "lib"))).toBe(false);

    writeFileSync(path.join(plugins, "beta", "package.json"), "{}");
    expect(writeModuleRoutes(web, plugins)).not.toContain("beta/page.tsx");
    expect(existsSync(path.join(base, "beta"))).toBe(false);
    expect(existsSync(file("alpha/things/page.tsx"))).toBe(true);
  });
});
