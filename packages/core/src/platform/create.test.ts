/**
 * createPlatform is a pure function of its module list: two platforms do not see each other's modules, nothing is
 * registered by importing a module, and a list that cannot work (two ids, a missing or later dependency, two jobs
 * with one name, a job outside its module's scope) is refused at once, naming the problem.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "../jobs/define";
import { corePermissions } from "../permissions/registry";
import type { PlatformModule } from "./create";
import { createPlatform, installPlatform, installedPlatform } from "./index";

function mod(id: string, extra: { dependsOn?: string[]; jobs?: PlatformModule["server"]["jobs"] } = {}): PlatformModule {
  return {
    manifest: {
      id,
      name: { nl: id, fr: id, en: id },
      description: { nl: id, fr: id, en: id },
      icon: "layers",
      dependsOn: extra.dependsOn ?? [],
      permissions: [{ key: `${id}.things.view`, defaultRoles: ["admin"] }],
      settings: z.object({}),
      navigation: [],
    },
    server: {
      router: {} as PlatformModule["server"]["router"],
      jobs: extra.jobs ?? [],
      personalData: { models: [], export: async () => ({}), erase: async () => [] },
    },
    messages: { nl: { t: "nl" }, fr: { t: "fr" }, en: { t: "en" } },
  };
}

const job = (name: string) => defineJob({ name, payload: z.object({}), handler: async () => null });

describe("createPlatform", () => {
  it("derives permissions, jobs, catalogs and lookups from its modules only", () => {
    const ping = job("alpha.ping");
    const a = createPlatform([mod("alpha", { jobs: [ping] }), mod("beta", { dependsOn: ["alpha"] })]);
    const b = createPlatform([mod("gamma")]);
    expect(a.plugins.map((p) => p.manifest.id)).toEqual(["alpha", "beta"]);
    expect(a.plugin("beta")?.manifest.id).toBe("beta");
    expect(a.plugin("gamma")).toBeUndefined();
    expect(b.plugin("alpha")).toBeUndefined();
    expect(a.permissions.map((p) => p.key)).toEqual([...corePermissions.map((p) => p.key), "alpha.things.view", "beta.things.view"]);
    expect(b.permission("alpha.things.view")).toBeUndefined();
    expect(a.job("alpha.ping")).toBe(ping);
    expect(a.job("core.mail.send")).toBeDefined();
    expect(b.job("alpha.ping")).toBeUndefined();
    expect(a.catalogs.fr).toEqual({ alpha: { t: "fr" }, beta: { t: "fr" } });
    expect([...a.effectivePermissions(["admin"], [{ role: "admin", permission: "beta.things.view", granted: false }])]).toContain(
      "alpha.things.view",
    );
    expect(
      a.effectivePermissions(["admin"], [{ role: "admin", permission: "beta.things.view", granted: false }]).has("beta.things.view"),
    ).toBe(false);
    // A router per module under its id, next to core's.
    expect(Object.keys(a.router._def.record)).toEqual(expect.arrayContaining(["people", "modules", "alpha", "beta"]));
  });

  it("refuses a module list that cannot work, naming the problem", () => {
    expect(() => createPlatform([mod("alpha"), mod("alpha")])).toThrow(/Two modules use the id "alpha"/);
    expect(() => createPlatform([mod("beta", { dependsOn: ["alpha"] })])).toThrow(/depends on "alpha"/);
    expect(() => createPlatform([mod("beta", { dependsOn: ["alpha"] }), mod("alpha")])).toThrow(/depends on "alpha"/);
    expect(() => createPlatform([mod("alpha", { jobs: [job("alpha.x")] }), mod("beta", { jobs: [job("alpha.x")] })])).toThrow(
      /another scope|Two jobs/,
    );
    expect(() => createPlatform([mod("alpha", { jobs: [job("alpha.x")] })], { jobs: [job("alpha.x")] })).toThrow(/Two jobs use the name/);
    expect(() => createPlatform([mod("bad id")])).toThrow(/invalid manifest/);
  });
});

describe("the installed platform", () => {
  it("is set by an explicit installPlatform call only; importing modules and platforms installs nothing", async () => {
    // This file imported createPlatform and built platforms above: still none installed.
    expect(() => installedPlatform()).toThrow(/No platform installed/);
    const p = createPlatform([mod("alpha")]);
    expect(installPlatform(p)).toBe(p);
    expect(installedPlatform()).toBe(p);
  });
});
