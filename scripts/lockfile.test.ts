import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// `npm ci` installs from the committed package-lock.json and refuses a lock that lacks a package npm would place. The
// native tools ship one optional package per platform (@dbmate/linux-x64, @swc/core-darwin-arm64, …); a lock written
// by an npm that could not see some of them (the registry this project is built against serves only some platforms
// of some versions) leaves them out, and then `npm ci` fails, or installs without the binary on that platform. So:
// every optional dependency a locked package declares has its own entry in the lock, found the way Node resolves it
// (next to the package, or in a node_modules folder above it). An entry may lack its integrity only when the registry
// had no such version to read it from (the dbmate platforms of the pinned version); npm then checks nothing for that
// package, so those are named here and nowhere else.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

type Entry = {
  version?: string;
  integrity?: string;
  optional?: boolean;
  link?: boolean;
  inBundle?: boolean;
  optionalDependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, Entry>;
};

/** Lock entries known to lack an integrity: platform packages of a version the registry did not serve. */
const WITHOUT_INTEGRITY = new Set(
  ["darwin-arm64", "darwin-x64", "linux-arm", "linux-arm64", "linux-ia32", "win32-x64"].map((p) => `node_modules/@dbmate/${p}`),
);

/** The lock key Node would load `name` from, for the package at `from`, or null. */
function resolve(from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const key = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (!base) return null;
    const i = base.lastIndexOf("/node_modules/");
    base = i < 0 ? "" : base.slice(0, i);
  }
}

describe("package-lock.json", () => {
  const entries = Object.entries(lock.packages);
  const optional = entries.flatMap(([from, e]) => Object.keys(e.optionalDependencies ?? {}).map((name) => ({ from, name })));

  it("has an entry for every platform package that a locked package declares", () => {
    expect(lock.lockfileVersion).toBe(3);
    // Biome, dbmate, esbuild, Next's SWC, Tailwind's oxide, lightningcss, rollup, sharp: well over a hundred.
    expect(optional.length).toBeGreaterThan(100);
    const missing = optional.filter(({ from, name }) => !resolve(from, name)).map(({ from, name }) => `${from || "(root)"} -> ${name}`);
    expect(missing).toEqual([]);
  });

  // Bundled packages come inside their parent's tarball (inBundle), so they have no integrity of their own.
  it("records an integrity for every registry package, apart from the named exceptions", () => {
    const without = entries
      .filter(([key, e]) => key.includes("node_modules/") && !e.link && !e.inBundle && !e.integrity)
      .map(([key]) => key)
      .sort();
    expect(without).toEqual([...WITHOUT_INTEGRITY].sort());
  });
});
