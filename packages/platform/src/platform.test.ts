/**
 * The installation's platform: importing it (and with it every module) registers nothing; createAppPlatform builds a
 * platform of every module of the registry, in order, whose router mounts each module under its id.
 */
import { installedPlatform } from "@zorgzaam/core";
import { describe, expect, it } from "vitest";
import { createAppPlatform, modules as plugins } from "./index";

describe("@zorgzaam/platform", () => {
  it("installs nothing when imported", () => {
    expect(plugins.length).toBeGreaterThanOrEqual(2);
    expect(() => installedPlatform()).toThrow(/No platform installed/);
  });

  it("builds the platform of every registered module", () => {
    const platform = createAppPlatform();
    expect(platform.plugins.map((p) => p.manifest.id)).toEqual(plugins.map((p) => p.manifest.id));
    for (const p of plugins) {
      expect(platform.router._def.record, p.manifest.id).toHaveProperty(p.manifest.id);
      for (const job of p.server.jobs) expect(platform.job(job.name)).toBe(job);
      for (const perm of p.manifest.permissions) expect(platform.permission(perm.key)).toBe(perm);
    }
    expect(() => installedPlatform()).toThrow(/No platform installed/);
  });
});
