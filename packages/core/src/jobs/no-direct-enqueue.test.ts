import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sourceFiles as scanSource } from "../testing/source-files";

// A module enqueues jobs with ctx.enqueue only (procedures, hooks, job handlers): the job is written to the outbox in
// the caller's transaction and stamped with the tenant and the module (jobs/outbox.ts). `enqueue` itself talks to
// Redis directly, outside any transaction and without the stamps, so it is for platform code (the worker,
// housekeeping, tests). Schedules are declared (PluginServer.schedules) and kept by core, so a module does not call
// schedule/unschedule or touch the queue either. This test reads every module's source (tests and test helpers
// left out) and fails on an import of any of these from core.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const PLUGINS = path.join(ROOT, "packages/plugins");
const SOURCE = /\.(ts|tsx)$/;
const TEST_FILE = /(\.test\.tsx?$|(^|\/)(test-helpers|test-support|testing)\.ts$)/;
const FORBIDDEN = new Set(["enqueue", "schedule", "unschedule", "getQueue", "withQueue", "relayOutboxOnce"]);

function sourceFiles(dir: string): string[] {
  return scanSource([path.relative(ROOT, dir)], { pattern: SOURCE, skip: ["node_modules"] }).filter((rel) => !TEST_FILE.test(rel));
}

/** The names a file imports (values, not types) from @zorgzaam/core or one of its files, and namespace imports' uses. */
function forbiddenImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*["']@zorgzaam\/core(\/[^"']*)?["']/g)) {
    if (m[1]) continue;
    for (const spec of (m[2] ?? "").split(",")) {
      const s = spec.trim();
      if (!s || s.startsWith("type ")) continue;
      const name = s.split(/\s+as\s+/)[0]?.trim() ?? "";
      if (FORBIDDEN.has(name)) found.push(name);
    }
  }
  for (const m of code.matchAll(/import\s+\*\s+as\s+(\w+)\s+from\s*["']@zorgzaam\/core(\/[^"']*)?["']/g)) {
    for (const name of FORBIDDEN) if (new RegExp(`\\b${m[1]}\\.${name}\\b`).test(code)) found.push(`${m[1]}.${name}`);
  }
  for (const m of code.matchAll(/(?:from\s*|import\(\s*)["'](bullmq)["']/g)) found.push(m[1] ?? "bullmq");
  return found;
}

describe("modules enqueue through ctx.enqueue only", () => {
  const files = sourceFiles(PLUGINS);

  it("the check finds what it looks for", () => {
    expect(forbiddenImports(`import { defineJob, enqueue } from "@zorgzaam/core";`)).toEqual(["enqueue"]);
    expect(forbiddenImports(`import { enqueue as e } from "@zorgzaam/core/jobs/index";`)).toEqual(["enqueue"]);
    expect(forbiddenImports(`import { schedule,\n  unschedule } from "@zorgzaam/core";`)).toEqual(["schedule", "unschedule"]);
    expect(forbiddenImports(`import * as core from "@zorgzaam/core";\ncore.enqueue(job, {});`)).toEqual(["core.enqueue"]);
    expect(forbiddenImports(`import { Queue } from "bullmq";`)).toEqual(["bullmq"]);
    // Types and ctx.enqueue are fine.
    expect(forbiddenImports(`import { type Enqueue, defineJob } from "@zorgzaam/core";\nawait ctx.enqueue(job, {});`)).toEqual([]);
    expect(forbiddenImports(`import type { Enqueue } from "@zorgzaam/core";`)).toEqual([]);
  });

  it("no module source file imports enqueue, schedule or the queue", () => {
    // Two modules with a few hundred files: a broken walk that finds nothing would pass without checking anything.
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.startsWith("packages/plugins/partners/"))).toBe(true);
    expect(files.some((f) => f.startsWith("packages/plugins/reflectie/"))).toBe(true);
    const problems = files.flatMap((f) =>
      forbiddenImports(readFileSync(path.join(ROOT, f), "utf8")).map((name) => `${f}: imports ${name}`),
    );
    expect(problems).toEqual([]);
  });
});
