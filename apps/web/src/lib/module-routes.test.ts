import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { manifests } from "@zorgzaam/platform/manifests";
import { describe, expect, it } from "vitest";
import { GENERATED_MARK, modulePackages, routeSource, writeModuleRoutes } from "../../module-routes.mjs";

const root = path.resolve(import.meta.dirname, "../../../..");
const pluginsDir = path.join(root, "packages/plugins");

describe("one route per module (module-routes.mjs)", () => {
  it("finds every installed module's package, by the id its URL uses", () => {
    const found = modulePackages(pluginsDir).map((m) => m.id);
    for (const m of manifests) expect(found).toContain(m.id);
  });

  it("a module's route imports that module's UI and no other module", () => {
    for (const m of modulePackages(pluginsDir)) {
      const text = routeSource(m);
      expect(text).toContain(`from "${m.name}/ui"`);
      expect(text).toContain(`renderModulePage(${JSON.stringify(m.id)}, ui, props)`);
      const others = modulePackages(pluginsDir).filter((o) => o.id !== m.id);
      for (const o of others) expect(text).not.toContain(o.name);
    }
  });

  it("writes a route per module, leaves unchanged files alone and removes the route of a module that is gone", () => {
    const web = mkdtempSync(path.join(tmpdir(), "routes-"));
    const plugins = path.join(web, "plugins");
    for (const id of ["alpha", "beta"]) {
      mkdirSync(path.join(plugins, id), { recursive: true });
      writeFileSync(
        path.join(plugins, id, "package.json"),
        JSON.stringify({ name: `@x/plugin-${id}`, exports: { "./ui": "./src/ui.ts" } }),
      );
    }
    // A package without a UI entry gets no route.
    mkdirSync(path.join(plugins, "lib"), { recursive: true });
    writeFileSync(path.join(plugins, "lib", "package.json"), JSON.stringify({ name: "@x/lib", exports: {} }));

    expect(writeModuleRoutes(web, plugins)).toEqual(["alpha", "beta"]);
    const route = (id: string) => path.join(web, "src/app/t/[slug]/(app)/(modules)", id, "[[...path]]/page.tsx");
    expect(readFileSync(route("alpha"), "utf8").startsWith(GENERATED_MARK)).toBe(true);
    expect(existsSync(route("lib"))).toBe(false);

    writeFileSync(path.join(plugins, "beta", "package.json"), "{}");
    expect(writeModuleRoutes(web, plugins)).toEqual(["alpha"]);
    expect(existsSync(route("beta"))).toBe(false);
    expect(existsSync(route("alpha"))).toBe(true);
  });
});
