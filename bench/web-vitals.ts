/**
 * Benchmark: web vitals of the main pages of each role, with Lighthouse and Debian's Chromium, signed in (see
 * docs/performance.md, "Web vitals").
 *
 *   npx tsx bench/web-vitals.ts [--port 3240] [--no-build] [--only <text>] [--desktop-only | --mobile-only] [--keep]
 *                               [--scripts]  (also list each script a page loaded, with its compressed size)
 *                               [--why]  (also name the LCP element and the elements that shifted, as Lighthouse does)
 *                               [--lhr <dir>]  (also write each Lighthouse report as JSON there: the LCP's phases,
 *                                               the request chain, every request's bytes)
 *                               [--throttling simulate|devtools]  (simulate, Lighthouse's default: slow 4G and the 4x CPU
 *                                               are replayed on a fast local run; devtools: the page really loads
 *                                               through Chromium's throttled network and CPU, slower to run but free
 *                                               of the simulation's race, see docs/performance.md)
 *                               [--cpu-multiplier <n>|calibrated]  (the mobile run's CPU slowdown, default Lighthouse's
 *                                               4, meant for a desktop-class host; calibrated: the multiplier that
 *                                               Lighthouse's CPU throttling calculator gives for this host's
 *                                               benchmark index, measured by a first Lighthouse run)
 *
 * 1. A scratch database `zorgzaam_bench_web_<timestamp>`, migrated and seeded with the demo data (prisma/seed.ts).
 * 2. A production build of the web app (skipped with --no-build: the existing build is used) and the web server (apps/web/server.mjs, as `npm start`).
 * 3. For each route below, a real session of a demo member with that role in `brussel-noord` (a server-side session
 *    row and the Auth.js cookie for it), then Lighthouse's performance audit, mobile (its default: a mid-range phone,
 *    slow 4G, 4x CPU slowdown) and desktop (its desktop preset), Chromium with the flags of playwright.config.ts.
 * 4. Prints per route and form factor: LCP, TBT, CLS, the JavaScript transferred on first load (compressed bytes of
 *    every script the page loaded), the page's final URL (to see a redirect to sign-in), and the goals: JS <= 150 kB
 *    without a map, <= 350 kB with one; mobile LCP < 2.5 s; TBT < 200 ms; CLS < 0.05. It reports; it does not throw.
 *
 * Lighthouse simulates throttling from a fast local run, so absolute figures depend on the machine's load; compare
 * routes within one run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrateDatabase } from "../packages/core/src/db/migrate";
import { loadavg, printHeader } from "./lib/machine";
import { ownerQuery, withDatabase } from "./lib/scratch";
import { percentile, table } from "./lib/stats";
import { buildWeb, runCommand, scratchWebRun, sessionCookie, startWeb, webEnv } from "./lib/web";

const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: "3240" },
    server: { type: "string", default: "127.0.0.1:5432" },
    only: { type: "string" },
    "desktop-only": { type: "boolean", default: false },
    "mobile-only": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    scripts: { type: "boolean", default: false },
    why: { type: "boolean", default: false },
    lhr: { type: "string" },
    throttling: { type: "string", default: "simulate" },
    "cpu-multiplier": { type: "string", default: "4" },
  },
});
if (args.throttling !== "simulate" && args.throttling !== "devtools") throw new Error("--throttling is simulate or devtools");
const THROTTLING = args.throttling as "simulate" | "devtools";
/** Lighthouse's mobile CPU slowdown (its default 4), or "calibrated": the multiplier for this host (see calibrated()). */
const CPU_MULTIPLIER = args["cpu-multiplier"] === "calibrated" ? "calibrated" : Number(args["cpu-multiplier"]);
if (CPU_MULTIPLIER !== "calibrated" && !(CPU_MULTIPLIER >= 1 && CPU_MULTIPLIER <= 20))
  throw new Error("--cpu-multiplier is a number from 1 to 20, or calibrated");
const PORT = Number(args.port);
const TENANT = "brussel-noord";

/**
 * The main pages of each role; `map` pages have a budget of their own. Public pages (role null: no session) are the
 * tenant's public site at /<slug>/… with the public budget of issue 11: JS <= 60 kB, mobile LCP < 2.0 s, TBT < 100 ms,
 * Lighthouse accessibility 100.
 */
const ROUTES: {
  role: string | null;
  path: string;
  name: string;
  map?: boolean;
  /** Another demo tenant (a module switched on only there). */
  tenant?: string;
  /** A path found in the seeded data (an id, a signed link); null: the page cannot be measured on this seed. */
  find?: () => Promise<string | null>;
}[] = [
  // Every public page (issue 11): core's, then each module's (Buurtanalyse is switched on in zonnedal only).
  { role: null, path: "", name: "public home" },
  { role: null, path: "/contact", name: "public contact form" },
  { role: null, path: "/contact/received?ref=K7QM-2XPA", name: "public contact receipt" },
  { role: null, path: "/privacy", name: "public privacy notice" },
  { role: null, path: "/burenhulp", name: "public ask/offer form (burenhulp)" },
  { role: null, path: "/burenhulp/received?side=ask&ref=K7QM-2XPA", name: "public ask/offer receipt (burenhulp)" },
  { role: null, path: "/burenhulp/follow-up", name: "public follow-up (burenhulp)", find: followUpPath },
  { role: null, path: "/bevragingen", name: "public surveys (bevragingen)" },
  { role: null, path: "/bevragingen/s", name: "public survey form (bevragingen)", find: openSurveyPath },
  { role: null, path: "/bevragingen/received?followUp=yes&ref=K7QM-2XPA", name: "public survey receipt (bevragingen)" },
  { role: null, path: "/buurtanalyse", name: "public summaries (buurtanalyse)", tenant: "zonnedal" },
  { role: null, path: "/buurtanalyse", name: "public summary (buurtanalyse)", tenant: "zonnedal", find: summaryPath },
  { role: "admin", path: "", name: "home (admin)" },
  { role: "admin", path: "/people", name: "people (admin)" },
  { role: "admin", path: "/members", name: "members (admin)" },
  { role: "admin", path: "/settings", name: "settings (admin)" },
  { role: "admin", path: "/profile", name: "profile (admin)" },
  { role: "regie", path: "/partners", name: "partner map (regie)", map: true },
  { role: "regie", path: "/partners/network", name: "network graph (regie)" },
  { role: "field_worker", path: "/people", name: "people (field worker)" },
  { role: "partner", path: "/partners", name: "partner map (partner)", map: true },
  { role: "volunteer", path: "", name: "home (volunteer)" },
  { role: "volunteer", path: "/reflectie", name: "reflectie (volunteer)" },
  { role: "regie", path: "/burenhulp", name: "burenhulp requests (regie)" },
  { role: "regie", path: "/bevragingen", name: "bevragingen surveys (regie)" },
  { role: "regie", path: "/buurtanalyse", name: "buurtanalyse (regie)" },
  // Module pages below the start page (a route per page since ADR 0038): a list, a form, a figures page.
  { role: "volunteer", path: "/reflectie/sessions", name: "reflectie sessions (volunteer)" },
  { role: "regie", path: "/reflectie/sessions/new", name: "reflectie new session form (regie)" },
  { role: "regie", path: "/burenhulp/new", name: "burenhulp intake form (regie)" },
  { role: "regie", path: "/burenhulp/figures", name: "burenhulp figures (regie)" },
  { role: "regie", path: "/partners/gaps", name: "partner gaps (regie)" },
];
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const stamp = new Date()
  .toISOString()
  .replace(/[-:TZ.]/g, "")
  .slice(0, 17);
const DB = `zorgzaam_bench_web_${stamp}`;
const env = webEnv({ db: DB, server: args.server, port: PORT });
const ownerUrl = env.DATABASE_OWNER_URL as string;
Object.assign(process.env, {
  DATABASE_URL: env.DATABASE_URL,
  DATABASE_OWNER_URL: ownerUrl,
  AUTH_SECRET: env.AUTH_SECRET,
  LOG_LEVEL: "warn",
});

/** A follow-up link of a confirmed match in the demo (signed as the mail's link is). */
async function followUpPath(): Promise<string | null> {
  const r = await ownerQuery(
    ownerUrl,
    `SELECT f."id", f."tenantId" FROM "BurenhulpFollowUp" f JOIN "Tenant" t ON t."id" = f."tenantId" WHERE t."slug" = $1 LIMIT 1`,
    [TENANT],
  );
  const row = r.rows[0] as { id: string; tenantId: string } | undefined;
  if (!row) return null;
  const { followUpLink } = await import("../packages/plugins/burenhulp/src/server/follow-up");
  const u = new URL(followUpLink(TENANT, row.tenantId, row.id));
  return `/burenhulp/follow-up${u.search}`;
}

/** The answer form of an open survey with a published version. */
async function openSurveyPath(): Promise<string | null> {
  const r = await ownerQuery(
    ownerUrl,
    `SELECT s."id" FROM "BevragingenSurvey" s JOIN "Tenant" t ON t."id" = s."tenantId"
     WHERE t."slug" = $1 AND s."status" = 'open' AND s."publishedVersionId" IS NOT NULL LIMIT 1`,
    [TENANT],
  );
  const id = (r.rows[0] as { id: string } | undefined)?.id;
  return id ? `/bevragingen/s/${id}` : null;
}

/** A published residents' summary of Buurtanalyse (zonnedal). */
async function summaryPath(): Promise<string | null> {
  const r = await ownerQuery(
    ownerUrl,
    `SELECT s."id" FROM "BuurtanalyseSummary" s JOIN "Tenant" t ON t."id" = s."tenantId"
     WHERE t."slug" = 'zonnedal' AND s."publishedAt" IS NOT NULL LIMIT 1`,
    [],
  );
  const id = (r.rows[0] as { id: string } | undefined)?.id;
  return id ? `/buurtanalyse/${id}` : null;
}

const t0 = performance.now();
const phase = (what: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${what}`);

const run = scratchWebRun({ db: DB, ownerUrl, keep: Boolean(args.keep) });
const cleanup = () => run.cleanup();

interface Vitals {
  lcp: number;
  tbt: number;
  cls: number;
  jsBytes: number;
  finalUrl: string;
  scripts: { url: string; bytes: number }[];
  /** What Lighthouse names as the LCP element and the shifted elements (--why): "score  selector  snippet". */
  why: string[];
}

/** A DOM node as Lighthouse describes it in an audit's details. */
interface AuditNode {
  type?: string;
  selector?: string;
  snippet?: string;
}
type AuditItem = { resourceType?: string; transferSize?: number; url?: string; node?: AuditNode; score?: number; items?: AuditItem[] };
type Audits = Record<string, { numericValue?: number; details?: { items?: AuditItem[] } }>;

/** The LCP element and the shifted elements, from Lighthouse 12's audits "largest-contentful-paint-element" and "layout-shifts". */
function whyOf(audits: Audits): string[] {
  const describe = (n: AuditNode | undefined) => `${n?.selector ?? "?"}  ${(n?.snippet ?? "").slice(0, 120)}`;
  const lcp = (audits["largest-contentful-paint-element"]?.details?.items ?? [])
    .flatMap((i) => i.items ?? [i])
    .filter((i) => i.node)
    .map((i) => `LCP element  ${describe(i.node)}`);
  const shifts = (audits["layout-shifts"]?.details?.items ?? []).map((i) => `shift ${(i.score ?? 0).toFixed(3)}  ${describe(i.node)}`);
  return [...lcp.slice(0, 1), ...shifts];
}

/**
 * The CPU slowdown that makes this host behave like Lighthouse's reference phone, from its benchmark index: the
 * formula of Lighthouse's CPU throttling calculator (github.com/patrickhulce/lighthouse-cpu-throttling-calculator, linked
 * from Lighthouse's docs/throttling.md): 4x is meant for a host of index 1533; 2x for 800; 1x for 150.
 */
export function calibrated(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}
let cpuMultiplier = CPU_MULTIPLIER === "calibrated" ? 4 : CPU_MULTIPLIER;
/** Lighthouse's benchmark index of this host, one per measurement (printed with the results). */
const benchmarkIndexes: number[] = [];

async function measure(url: string, cookie: string, desktop: boolean, name: string): Promise<Vitals & { a11y: number }> {
  // Lighthouse now and then loses the trace of a load (NO_NAVSTART): then once more, so a route is not left without a figure.
  const first = await measureOnce(url, cookie, desktop, name);
  if (!Number.isNaN(first.lcp)) return first;
  console.log("  (measured again)");
  return measureOnce(url, cookie, desktop, name);
}

async function measureOnce(url: string, cookie: string, desktop: boolean, name: string): Promise<Vitals & { a11y: number }> {
  const lighthouse = (await import("lighthouse")).default;
  const { throttling } = await import("lighthouse/core/config/constants.js");
  const chromeLauncher = await import("chrome-launcher");
  const desktopConfig = (await import("lighthouse/core/config/desktop-config.js")).default;
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: { Cookie: cookie },
        throttlingMethod: THROTTLING,
        // The desktop preset's own CPU setting (1x) stays.
        ...(desktop ? {} : { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: cpuMultiplier } }),
      },
      desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`no Lighthouse result for ${url}`);
    if (args.lhr) {
      mkdirSync(args.lhr, { recursive: true });
      const file = `${name.replace(/[^a-z0-9]+/gi, "-")}-${desktop ? "desktop" : "mobile"}.json`;
      writeFileSync(path.join(args.lhr, file), JSON.stringify(result.lhr));
    }
    const audits = result.lhr.audits as unknown as Audits;
    // Why a figure is missing (Lighthouse's own words), rather than a silent NaN.
    const why =
      result.lhr.runtimeError?.message ?? (audits["largest-contentful-paint"] as { errorMessage?: string } | undefined)?.errorMessage;
    if (why) console.log(`  ${url}: ${why}`);
    const scripts = audits["resource-summary"]?.details?.items?.find((i) => i.resourceType === "script");
    benchmarkIndexes.push(result.lhr.environment.benchmarkIndex);
    return {
      lcp: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      tbt: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      jsBytes: scripts?.transferSize ?? 0,
      finalUrl: result.lhr.finalDisplayedUrl,
      scripts: (audits["network-requests"]?.details?.items ?? [])
        .filter((i) => i.resourceType === "Script")
        .map((i) => ({ url: new URL(i.url ?? "", url).pathname, bytes: i.transferSize ?? 0 }))
        .sort((a, b) => b.bytes - a.bytes),
      a11y: result.lhr.categories.accessibility?.score ?? Number.NaN,
      why: whyOf(audits),
    };
  } finally {
    chrome.kill();
  }
}

async function main() {
  printHeader(
    `web vitals (Lighthouse, Debian's Chromium, signed in; throttling: ${THROTTLING}, mobile CPU ${CPU_MULTIPLIER}${CPU_MULTIPLIER === "calibrated" ? "" : "x"})`,
  );
  const exists = await ownerQuery(withDatabase(ownerUrl, "postgres"), "SELECT 1 FROM pg_database WHERE datname = $1", [DB]);
  if (exists.rowCount) throw new Error(`database ${DB} already exists`);
  run.created = true;
  await migrateDatabase({ ownerUrl, appUrl: env.DATABASE_URL as string });
  await runCommand("npx", ["tsx", "prisma/seed.ts"], env);
  phase(`scratch database ${DB} migrated and seeded`);
  if (!args["no-build"]) {
    phase("building the web app (production)");
    await buildWeb(env);
  }
  run.web = await startWeb(PORT, env);
  phase(`web server on port ${PORT}`);
  if (CPU_MULTIPLIER === "calibrated") {
    // Three loads of the sign-in page (no session needed): the median benchmark index decides the multiplier.
    for (let i = 0; i < 3; i++) await measureOnce(`http://127.0.0.1:${PORT}/signin`, "", false, "calibration");
    const index = percentile(benchmarkIndexes.splice(0), 50);
    cpuMultiplier = Math.round(calibrated(index) * 10) / 10;
    phase(`benchmark index ${index.toFixed(0)}: mobile CPU slowdown ${cpuMultiplier}x (Lighthouse's default 4x is for index 1533)`);
  }

  const core = await import("@zorgzaam/core");
  const members = await ownerQuery(
    ownerUrl,
    `SELECT u."id", u."email", m."roles" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" JOIN "Tenant" t ON t."id" = m."tenantId"
     WHERE t."slug" = $1 ORDER BY u."email"`,
    [TENANT],
  );
  const cookies = new Map<string, string>();
  for (const role of new Set(ROUTES.map((r) => r.role))) {
    if (role === null) continue;
    const u = members.rows.find((m) => (m.roles as string[]).includes(role)) as { id: string; email: string } | undefined;
    if (!u) throw new Error(`no demo member with role ${role} in ${TENANT}`);
    const s = await core.createSession({ userId: u.id, method: "password" });
    cookies.set(role, await sessionCookie(u, s.id, env.AUTH_SECRET as string));
  }

  const forms = args["desktop-only"] ? [true] : args["mobile-only"] ? [false] : [false, true];
  const routes = ROUTES.filter((r) => !args.only || r.name.includes(args.only) || r.path.includes(args.only));
  const rows: string[][] = [["route", "form", "LCP s", "TBT ms", "CLS", "JS kB", "goals", "final URL"]];
  for (const r of routes) {
    const pub = r.role === null;
    const path = r.find ? await r.find() : r.path;
    if (path === null) {
      rows.push([r.name, "-", "", "", "", "", "not in the seed", ""]);
      continue;
    }
    const slug = r.tenant ?? TENANT;
    const url = pub ? `http://127.0.0.1:${PORT}/${slug}${path}` : `http://127.0.0.1:${PORT}/t/${slug}${path}`;
    const cookie = r.role === null ? "" : (cookies.get(r.role) ?? "");
    // One unmeasured visit compiles nothing in production, but fills the server's caches and pools.
    const warm = await fetch(url, { headers: { cookie }, redirect: "manual" });
    // A public page that does not answer 200 (off, "not found") is not the page meant: not measured.
    if (pub && warm.status !== 200) {
      rows.push([r.name, "-", "", "", "", "", `HTTP ${warm.status}`, path]);
      continue;
    }
    for (const desktop of forms) {
      const v = await measure(url, cookie, desktop, r.name);
      const kB = v.jsBytes / 1000;
      const jsGoal = pub ? 60 : r.map ? 350 : 150;
      const missed = [
        kB > jsGoal ? `JS>${jsGoal}kB` : "",
        !desktop && v.lcp >= (pub ? 2000 : 2500) ? "LCP" : "",
        v.tbt >= (pub ? 100 : 200) ? "TBT" : "",
        v.cls >= 0.05 ? "CLS" : "",
        pub && v.a11y < 1 ? `a11y ${Math.round(v.a11y * 100)}` : "",
        v.finalUrl.includes("/signin") ? "SIGNED OUT" : "",
      ].filter(Boolean);
      rows.push([
        r.name,
        desktop ? "desktop" : "mobile",
        (v.lcp / 1000).toFixed(2),
        v.tbt.toFixed(0),
        v.cls.toFixed(3),
        kB.toFixed(0),
        missed.length ? `miss: ${missed.join(" ")}` : "all met",
        new URL(v.finalUrl).pathname,
      ]);
      phase(
        `${r.name} ${desktop ? "desktop" : "mobile"}: LCP ${(v.lcp / 1000).toFixed(2)} s, TBT ${v.tbt.toFixed(0)} ms, CLS ${v.cls.toFixed(3)}, JS ${kB.toFixed(0)} kB, a11y ${Math.round(v.a11y * 100)}`,
      );
      if (args.scripts) for (const x of v.scripts) console.log(`    ${(x.bytes / 1000).toFixed(1).padStart(7)} kB  ${x.url}`);
      if (args.why) for (const line of v.why) console.log(`    ${line}`);
    }
  }
  console.log(`\nLoad average ${loadavg()}. JS: compressed bytes of the scripts loaded on first visit.`);
  console.log(
    `Mobile CPU slowdown ${cpuMultiplier}x; this host's Lighthouse benchmark index ${percentile(benchmarkIndexes, 50).toFixed(0)} (median; ` +
      `min ${Math.min(...benchmarkIndexes).toFixed(0)}, max ${Math.max(...benchmarkIndexes).toFixed(0)}), for which Lighthouse's calculator gives ` +
      `${calibrated(percentile(benchmarkIndexes, 50)).toFixed(1)}x.\n`,
  );
  console.log(table(rows));
  await cleanup();
  phase("done");
}

main()
  .catch((e) => {
    console.error(`benchmark failed: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup().catch(() => {});
    process.exit();
  });
