// `npm test`: everything, on fresh test databases: lint, types, unit, integration, end-to-end.
// Prints one closing line "N passed, N failed" and exits non-zero when anything failed.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { checkServices, fail, installIfNeeded, root, run, step } from "./lib/setup.mjs";

installIfNeeded();
const only = process.argv.slice(2);
const want = (stage) => only.length === 0 || only.includes(stage);
const started = Date.now();
const results = []; // { stage, passed, failed }
let typesChecked = false;

function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, "utf8"));
  return {
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + (r.numTotalTestSuites && r.success === false && r.numFailedTests === 0 ? 1 : 0),
  };
}

const out = path.join(root, ".zorgzaam/test-results");
rmSync(out, { recursive: true, force: true });

if (want("lint")) {
  step("Lint and format check (Biome)");
  const code = run("npx", ["biome", "ci", "."], { allowFail: true });
  results.push({ stage: "lint", passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
}

if (want("types")) {
  step("Type check (every package)");
  const a = run("npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"], {
    allowFail: true,
    env: { TURBO_TELEMETRY_DISABLED: "1" },
  });
  const b = run("npx", ["tsc", "--noEmit", "-p", "tsconfig.json"], { allowFail: true });
  results.push({ stage: "types", passed: a === 0 && b === 0 ? 1 : 0, failed: a === 0 && b === 0 ? 0 : 1 });
  // The types of this checkout were just checked (apps/web's typecheck is what `next build` checks): the end-to-end
  // build skips its own type check (apps/web/next.config.ts).
  if (a === 0 && b === 0) typesChecked = true;
}

if (want("unit") || want("integration") || want("e2e")) {
  step("Checking PostgreSQL and Redis");
  await checkServices({
    ownerUrl: "postgres://postgres@127.0.0.1:5432/postgres",
    redisUrl: process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379",
  });
}

for (const project of ["unit", "integration"]) {
  if (!want(project)) continue;
  step(`${project === "unit" ? "Unit" : "Integration"} tests (Vitest${project === "integration" ? ", real PostgreSQL and Redis" : ""})`);
  const file = path.join(out, `${project}.json`);
  const code = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], {
    allowFail: true,
  });
  const counts = vitestCounts(file) ?? { passed: 0, failed: 1 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  results.push({ stage: project, ...counts });
}

if (want("e2e")) {
  step("End-to-end tests (Playwright, Chromium, production build)");
  const file = path.join(out, "e2e.json");
  const code = run("node", ["scripts/e2e.mjs", file], { allowFail: true, env: typesChecked ? { BUILD_TYPES_CHECKED: "1" } : {} });
  let counts = { passed: 0, failed: 1 };
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, "utf8"));
    counts = { passed: r.stats?.expected ?? 0, failed: (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0) };
    printSpecTimes(r);
  }
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  results.push({ stage: "e2e", ...counts });
}

/**
 * The browser tests' time per spec file (the sum of its tests' runs, retries included), slowest first: the suite's
 * time is mostly theirs, and a slower run can then be compared file by file with an earlier one.
 */
function printSpecTimes(report) {
  const perFile = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      const ms = (spec.tests ?? []).flatMap((t) => t.results ?? []).reduce((n, res) => n + (res.duration ?? 0), 0);
      perFile.set(spec.file, (perFile.get(spec.file) ?? 0) + ms);
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  for (const s of report.suites ?? []) walk(s);
  if (perFile.size === 0) return;
  console.log("\nBrowser tests by spec file (seconds, slowest first):");
  for (const [file, ms] of [...perFile].sort((a, b) => b[1] - a[1])) console.log(`  ${String(Math.round(ms / 1000)).padStart(5)}  ${file}`);
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log("\nSummary");
for (const r of results) console.log(`  ${r.stage.padEnd(12)} ${r.passed} passed, ${r.failed} failed`);
console.log(`  time         ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
if (results.length === 0) fail("No test stage ran.");
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
