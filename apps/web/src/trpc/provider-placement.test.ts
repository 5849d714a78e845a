/**
 * The tRPC + TanStack Query provider is not in the root layout (so pages without such forms do not load it): every
 * page under src/app that renders a file calling useTRPC or useTRPCClient (directly or through the files it imports
 * by relative path) must sit below a layout.tsx that provides it (TrpcProvider). A form added in a new segment
 * without that layout fails here, naming the page and the form, instead of breaking at runtime.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../app");
const USES = /\buseTRPC(Client)?\s*\(/;
const PROVIDES = /\bTrpcProvider\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Whether a layout.tsx on the way from the file's folder up to src/app provides the tRPC client. */
function provided(file: string): boolean {
  for (let dir = path.dirname(file); dir.startsWith(APP); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (existsSync(layout) && PROVIDES.test(readFileSync(layout, "utf8"))) return true;
  }
  return false;
}

/** The files of src/app each file imports by relative path ("./x", "../x"). */
function relativeImports(file: string, all: Set<string>): string[] {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].flatMap((m) => {
    const base = path.resolve(path.dirname(file), m[1] ?? "");
    return [`${base}.tsx`, `${base}.ts`, path.join(base, "index.ts")].filter((f) => all.has(f)).slice(0, 1);
  });
}

/** The pages (and layouts) whose graph reaches `file` through relative imports. */
function pagesReaching(file: string, importers: Map<string, string[]>): string[] {
  const seen = new Set<string>([file]);
  const todo = [file];
  for (let f = todo.pop(); f; f = todo.pop()) {
    for (const by of importers.get(f) ?? []) {
      if (seen.has(by)) continue;
      seen.add(by);
      todo.push(by);
    }
  }
  return [...seen].filter((f) => /\/(page|layout)\.tsx$/.test(f));
}

describe("TrpcProvider placement", () => {
  const all = files(APP);
  const set = new Set(all);
  const importers = new Map<string, string[]>();
  for (const f of all) for (const to of relativeImports(f, set)) importers.set(to, [...(importers.get(to) ?? []), f]);
  const users = all.filter((f) => USES.test(readFileSync(f, "utf8")));

  it("every page with a form that calls the API through TanStack Query has the provider in a layout above it", () => {
    expect(users.length).toBeGreaterThan(10);
    const missing = users.flatMap((u) =>
      pagesReaching(u, importers)
        .filter((p) => !provided(p))
        .map((p) => `${path.relative(APP, p)} renders ${path.relative(APP, u)}`),
    );
    expect(users.every((u) => pagesReaching(u, importers).length > 0)).toBe(true);
    expect(missing).toEqual([]);
  });

  it("finds a missing provider (a file at the top of src/app has none above it)", () => {
    expect(provided(path.join(APP, "page.tsx"))).toBe(false);
    expect(provided(path.join(APP, "t/[slug]/(app)/members/invite-form.tsx"))).toBe(true);
  });
});
