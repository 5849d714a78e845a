/**
 * State that ties a request together must be one per process, not one per copy of a module. Next bundles core (and
 * the modules) into several server chunks, each with its own copy of every module-level variable. An
 * AsyncLocalStorage or a Symbol made at module level exists once per copy: a value set through one copy is invisible
 * to another. That made every procedure of the production build fail once (the request connection, ADR 0039), and
 * with the sensitive-field guard it would fail open: a guarded client without its request's state hides nothing.
 *
 * So, in every package's and the web app's source: an AsyncLocalStorage is made only as `globalThis.__zorgzaam… ??=`,
 * and a symbol only with `Symbol.for` (the process-wide registry). Caches that any copy can rebuild (WeakMaps,
 * memoised values) are not concerned.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SOURCE_DIRS = ["apps/web/src", "apps/worker/src", "packages/core/src", "packages/ui/src", "packages/platform/src"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(p);
    return /\.(ts|tsx|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const pluginDirs = readdirSync(path.join(ROOT, "packages/plugins"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => `packages/plugins/${e.name}/src`);

/** Lines that make per-copy request state: an AsyncLocalStorage not kept on globalThis, or an unregistered symbol. */
function perCopyState(text: string): { line: number; text: string; why: string }[] {
  const found: { line: number; text: string; why: string }[] = [];
  text.split("\n").forEach((l, i) => {
    const code = l.replace(/\/\/.*$/, "");
    if (/new AsyncLocalStorage\b/.test(code) && !/globalThis|\.__zorgzaam\w+\s*\?\?=/.test(code))
      found.push({ line: i + 1, text: l.trim(), why: "an AsyncLocalStorage per module copy (keep it on globalThis.__zorgzaam…)" });
    if (/(^|[^.\w])Symbol\s*\(/.test(code)) found.push({ line: i + 1, text: l.trim(), why: "a symbol per module copy (use Symbol.for)" });
  });
  return found;
}

describe("request state is one per process", () => {
  const files = [...SOURCE_DIRS, ...pluginDirs].flatMap((d) => sourceFiles(path.join(ROOT, d)));

  it("reads the sources of every package and module", () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files.some((f) => f.endsWith("sensitive/guard.ts"))).toBe(true);
    expect(files.some((f) => f.endsWith("db/request-connection.ts"))).toBe(true);
  });

  it("no AsyncLocalStorage or symbol is made per module copy", () => {
    const problems = files.flatMap((f) =>
      perCopyState(readFileSync(f, "utf8")).map((p) => `${path.relative(ROOT, f)}:${p.line}: ${p.why}: ${p.text}`),
    );
    expect(problems).toEqual([]);
  });

  it("finds what it looks for", () => {
    expect(perCopyState("const store = new AsyncLocalStorage<State>();")).toHaveLength(1);
    expect(perCopyState('export const MARK = Symbol("mark");')).toHaveLength(1);
    expect(perCopyState("g.__zorgzaamGuard ??= new AsyncLocalStorage<State>();")).toHaveLength(0);
    expect(perCopyState('export const MARK = Symbol.for("zorgzaam.mark");')).toHaveLength(0);
    expect(perCopyState("// a new AsyncLocalStorage() in a comment")).toHaveLength(0);
  });
});
