/**
 * The forms of the web app and the modules call procedures through `useCall` over the platform's client, with plain
 * React state: TanStack Query (and tRPC's binding to it) cost some 20 kB of compressed JS on every page with a form,
 * for a cache the pages do not need (after a change they refresh their server components). Neither may come back
 * silently: no source file under apps/web/src or packages/<name>/src (plugins included) imports them.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const FORBIDDEN =
  /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["'](@tanstack\/react-query|@trpc\/tanstack-react-query|@tanstack\/query-core)(?:\/[^"']*)?["']/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === "node_modules" || e.name.startsWith(".")) return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(tsx?|mjs|js)$/.test(e.name) ? [p] : [];
  });
}

/** Every src folder of a package, at packages/<name>/src or packages/<group>/<name>/src. */
function packageSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === "node_modules" || e.name.startsWith(".")) continue;
      const p = path.join(dir, e.name);
      if (e.name === "src") out.push(p);
      else if (depth < 2) walk(p, depth + 1);
    }
  };
  walk(path.join(ROOT, "packages"), 0);
  return out;
}

describe("no query cache library in the browser code", () => {
  const sources = [path.join(ROOT, "apps/web/src"), ...packageSources()];
  // This file names them in its own examples.
  const all = sources.flatMap(files).filter((f) => f !== import.meta.filename);

  it("looks at the web app and every package (plugins included)", () => {
    expect(sources.some((s) => s.endsWith(path.join("packages", "ui", "src")))).toBe(true);
    expect(sources.some((s) => s.includes(path.join("packages", "plugins")))).toBe(true);
    expect(all.length).toBeGreaterThan(100);
  });

  it("no file imports @tanstack/react-query or @trpc/tanstack-react-query", () => {
    const offenders = all.filter((f) => FORBIDDEN.test(readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it("recognises such an import", () => {
    expect(FORBIDDEN.test('import { useMutation } from "@tanstack/react-query";')).toBe(true);
    expect(FORBIDDEN.test("import { createTRPCContext } from '@trpc/tanstack-react-query';")).toBe(true);
    expect(FORBIDDEN.test('const q = await import("@tanstack/react-query");')).toBe(true);
    expect(FORBIDDEN.test('import { useCall } from "@zorgzaam/ui";')).toBe(false);
  });
});
