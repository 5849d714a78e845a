/**
 * Benchmark: people.list under load, over HTTP, against a bare route handler running the floor's SQL, in one run
 * (see docs/performance.md, "HTTP load").
 *
 *   npx tsx bench/http-load.ts [--largest 20000] [--connections 20] [--seconds 10] [--rounds 2] [--port 3230]
 *                              [--no-build] [--keep]
 *
 * 1. A scratch database `zorgzaam_bench_http_<timestamp>`, migrated and filled by the generator (3 tenants, the largest
 *    with --largest people), VACUUM ANALYZE.
 * 2. A production build of the web app (`npm run build -w @zorgzaam/web`, skipped with --no-build: then the existing
 *    build is used) and the web server (apps/web/server.mjs) with BENCH_ROUTES=1, which adds GET /api/bench/people (404 without it).
 * 3. A real session for an admin of the largest tenant: a server-side session row (core's createSession) and the
 *    Auth.js session cookie for it, signed with this run's AUTH_SECRET, exactly what a browser holds after sign-in.
 * 4. autocannon with --connections connections, --seconds per round, alternating (floor, procedure, Auth.js) for
 *    --rounds rounds:
 *      procedure  GET /api/trpc/people.list (first page of 25), signed in, tenant header: Auth.js session, the
 *                 session row check, tRPC, tenantProcedure, row-level security, the two statements, JSON
 *      floor      GET /api/bench/people: the same two statements (tenant written out, as the owner), no sign-in,
 *                 no tRPC, no transaction
 *      auth.js    GET /api/auth/session (signed in): the cost of the framework and of reading a session, for scale
 * 5. Prints requests/s, p50, p97.5, errors and non-2xx per target (means over the rounds), the ratios and the goals
 *    (throughput >= 0.6 x the floor's, p97.5 <= 2 x the floor's, 0 errors). It reports; it does not throw.
 *    Also the CPU each request cost the serving build's processes and the database's backends (from /proc, Linux): on
 *    a machine shared with other work, throughput follows whoever else wants the cores, CPU per request much less.
 *    "floor's CPU / its CPU" is the throughput ratio a CPU-bound machine would give the two.
 *
 * --before <repository root>: also serves that checkout's production build (built there beforehand, e.g. a worktree
 * of main) on --port + 1, on the same database with the same secret, and loads its floor and people.list in the same
 * rounds, interleaved with this build's. Each build's people.list is compared with its own floor: before and after in
 * one run, under the same load.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { migrateDatabase } from "../packages/core/src/db/migrate";
import { generateData, type GeneratedTenant } from "../scripts/generate/generate";
import { cpuBetween, cpuSnapshot, loadavg, printHeader } from "./lib/machine";
import { ownerQuery, withDatabase } from "./lib/scratch";
import { ms, table } from "./lib/stats";
import { buildWeb, scratchWebRun, sessionCookie, startWeb, webEnv } from "./lib/web";

const { values: args } = parseArgs({
  options: {
    largest: { type: "string", default: "20000" },
    connections: { type: "string", default: "20" },
    seconds: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    port: { type: "string", default: "3230" },
    seed: { type: "string", default: "bench" },
    server: { type: "string", default: "127.0.0.1:5432" },
    "no-build": { type: "boolean", default: false },
    before: { type: "string" },
    keep: { type: "boolean", default: false },
    profile: { type: "string" },
  },
});
const LARGEST = Number(args.largest);
const CONNECTIONS = Number(args.connections);
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const PORT = Number(args.port);
for (const [k, v] of Object.entries({ largest: LARGEST, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, port: PORT })) {
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${k} must be a whole number >= 1`);
}

const stamp = new Date()
  .toISOString()
  .replace(/[-:TZ.]/g, "")
  .slice(0, 17);
const DB = `zorgzaam_bench_http_${stamp}`;
const base = `http://127.0.0.1:${PORT}`;
const beforeBase = `http://127.0.0.1:${PORT + 1}`;
const env = webEnv({ db: DB, server: args.server, port: PORT, extra: { BENCH_ROUTES: "1" } });
// --profile <dir>: the served build writes V8 CPU profiles there (open them in Chrome DevTools, Performance tab).
const profileArgs = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args.profile)}`] : [];
// Core reads these once; set before it is imported (lazily, below).
const ownerUrl = env.DATABASE_OWNER_URL as string;
const appUrl = env.DATABASE_URL as string;
Object.assign(process.env, { DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, AUTH_SECRET: env.AUTH_SECRET, LOG_LEVEL: "warn" });

const t0 = performance.now();
const phase = (what: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${what}`);

const run = scratchWebRun({ db: DB, ownerUrl, keep: Boolean(args.keep) });
const cleanup = () => run.cleanup();

interface Target {
  name: string;
  /** The server it is sent to (this build's, or the --before build's). */
  base: string;
  path: string;
  headers: Record<string, string>;
  /** The answer is what the target is meant to answer (checked once before the load). */
  check: (status: number, body: string) => boolean;
}

interface Round {
  /** CPU ms per request of the serving build's processes (the web server), and of the database's backends. */
  webCpu: number;
  dbCpu: number;
  rps: number;
  p50: number;
  p975: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/**
 * CPU of the server of a target (its process group) and of the scratch database's backends.
 * Targets are loaded one at a time, so what these processes spend during a round is that target's.
 */
function cpuNow(t: Target) {
  const pgid = (t.base === base ? run.web : run.other)?.pid ?? -1;
  return {
    web: cpuSnapshot((p) => p.pgrp === pgid),
    db: cpuSnapshot((p) => p.cmdline.startsWith("postgres:") && p.cmdline.includes(` ${DB} `)),
  };
}

function load(t: Target): Promise<Round> {
  const before = cpuNow(t);
  return new Promise((resolve, reject) => {
    autocannon(
      { url: `${t.base}${t.path}`, headers: t.headers, connections: CONNECTIONS, duration: SECONDS },
      (err: Error | null, r: autocannon.Result) => {
        if (err) return reject(err);
        const after = cpuNow(t);
        const n = Math.max(1, r.requests.total);
        resolve({
          webCpu: cpuBetween(before.web, after.web) / n,
          dbCpu: cpuBetween(before.db, after.db) / n,
          rps: r.requests.average,
          p50: r.latency.p50,
          p975: r.latency.p97_5,
          errors: r.errors + r.timeouts,
          non2xx: r.non2xx,
          requests: r.requests.total,
        });
      },
    );
  });
}

async function main() {
  printHeader("HTTP load benchmark (people.list through the web server, against a bare route with the floor's SQL)");

  // 1. Scratch database.
  const exists = await ownerQuery(withDatabase(ownerUrl, "postgres"), "SELECT 1 FROM pg_database WHERE datname = $1", [DB]);
  if (exists.rowCount) throw new Error(`database ${DB} already exists`);
  run.created = true;
  await migrateDatabase({ ownerUrl, appUrl });
  const generated = await generateData({
    ownerUrl,
    tenants: 3,
    largest: LARGEST,
    seed: args.seed,
    analyze: false,
    log: (l) => phase(`  ${l}`),
  });
  await ownerQuery(ownerUrl, "VACUUM ANALYZE");
  phase(`scratch database ${DB} migrated and filled`);
  const tenant = generated.tenants[0] as GeneratedTenant;
  const admin = tenant.members.find((m) => m.roles.includes("admin"));
  if (!admin) throw new Error("the generator made no admin");

  // 2. Build and start.
  if (!args["no-build"]) {
    phase("building the web app (production)");
    await buildWeb(env);
    phase("built");
  }
  run.web = await startWeb(PORT, env, undefined, profileArgs);
  phase(`web server on port ${PORT} (BENCH_ROUTES=1)`);
  if (args.before) {
    run.other = await startWeb(PORT + 1, { ...env, APP_URL: beforeBase }, args.before);
    phase(`web server of the --before build (${args.before}) on port ${PORT + 1}`);
  }

  // 3. A real session: the row and the cookie Auth.js sets after sign-in.
  const core = await import("@zorgzaam/core");
  const s = await core.createSession({ userId: admin.userId, method: "password" });
  const cookie = await sessionCookie({ id: admin.userId, email: admin.email }, s.id, env.AUTH_SECRET as string);
  const listInput = encodeURIComponent(JSON.stringify({ json: { page: 1, pageSize: 25 } }));
  const targetsOf = (server: string, label: string): Target[] => [
    {
      name: `floor (bare route)${label}`,
      base: server,
      path: `/api/bench/people?tenantId=${tenant.id}`,
      headers: {},
      check: (st, body) => st === 200 && (JSON.parse(body) as { items: unknown[] }).items.length === 25,
    },
    {
      name: `people.list (tRPC)${label}`,
      base: server,
      path: `/api/trpc/people.list?input=${listInput}`,
      headers: { cookie, "x-zorgzaam-tenant": tenant.slug },
      check: (st, body) =>
        st === 200 && (JSON.parse(body) as { result: { data: { json: { items: unknown[] } } } }).result.data.json.items.length === 25,
    },
    {
      name: `Auth.js session${label}`,
      base: server,
      path: "/api/auth/session",
      headers: { cookie },
      check: (st, body) => st === 200 && body.includes(admin.email),
    },
  ];
  const targets = [...targetsOf(base, ""), ...(args.before ? targetsOf(beforeBase, ", before") : [])];
  for (const t of targets) {
    const r = await fetch(`${t.base}${t.path}`, { headers: t.headers });
    const body = await r.text();
    if (!t.check(r.status, body)) throw new Error(`${t.name}: unexpected answer ${r.status} ${body.slice(0, 300)}`);
    // Warm up: compile paths, fill pools.
    await load({ ...t }).catch(() => {});
  }
  phase(`signed in as ${admin.email} (admin of ${tenant.slug}, ${tenant.people} people); every target answers; warmed up`);

  // 4. Load, alternating targets round by round.
  const results = new Map<string, Round[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of round % 2 ? [...targets].reverse() : targets) {
      const r = await load(t);
      results.set(t.name, [...(results.get(t.name) ?? []), r]);
      phase(
        `round ${round + 1}: ${t.name} ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p97.5 ${r.p975} ms, errors ${r.errors}, non-2xx ${r.non2xx}, ` +
          `CPU per request: web ${r.webCpu.toFixed(2)} ms, database ${r.dbCpu.toFixed(2)} ms`,
      );
    }
  }
  phase(`load average ${loadavg()}`);

  // 5. Report.
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const summary = new Map(
    [...results].map(([name, rs]) => [
      name,
      {
        webCpu: mean(rs.map((r) => r.webCpu)),
        dbCpu: mean(rs.map((r) => r.dbCpu)),
        rps: mean(rs.map((r) => r.rps)),
        p50: mean(rs.map((r) => r.p50)),
        p975: mean(rs.map((r) => r.p975)),
        errors: rs.reduce((a, r) => a + r.errors, 0),
        non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
        requests: rs.reduce((a, r) => a + r.requests, 0),
      },
    ]),
  );
  console.log(
    `\n${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per target; tenant ${tenant.slug} (${tenant.people} people); ` +
      "means over the rounds\n",
  );
  const floor = summary.get("floor (bare route)");
  const proc = summary.get("people.list (tRPC)");
  // Each build's targets against that build's floor.
  const ownFloor = (name: string) => summary.get(name.endsWith(", before") ? "floor (bare route), before" : "floor (bare route)");
  console.log(
    table([
      [
        "target",
        "requests",
        "req/s",
        "p50 ms",
        "p97.5 ms",
        "errors",
        "non-2xx",
        "req/s vs its floor",
        "p97.5 vs its floor",
        "web CPU ms/req",
        "db CPU ms/req",
        "floor's CPU / its CPU",
      ],
      ...[...summary].map(([name, x]) => [
        name,
        String(x.requests),
        x.rps.toFixed(0),
        ms(x.p50),
        ms(x.p975),
        String(x.errors),
        String(x.non2xx),
        ownFloor(name) ? `${(x.rps / (ownFloor(name)?.rps ?? 1)).toFixed(2)}x` : "-",
        ownFloor(name) ? `${(x.p975 / (ownFloor(name)?.p975 ?? 1)).toFixed(2)}x` : "-",
        x.webCpu.toFixed(2),
        x.dbCpu.toFixed(2),
        ownFloor(name) ? `${(((ownFloor(name)?.webCpu ?? 0) + (ownFloor(name)?.dbCpu ?? 0)) / (x.webCpu + x.dbCpu)).toFixed(2)}x` : "-",
      ]),
    ]),
  );
  if (floor && proc) {
    const goals = [
      [proc.rps >= 0.6 * floor.rps, `throughput ${proc.rps.toFixed(0)} req/s >= 0.6 x floor ${floor.rps.toFixed(0)}`],
      [proc.p975 <= 2 * floor.p975, `p97.5 ${ms(proc.p975)} ms <= 2 x floor ${ms(floor.p975)} ms`],
      [proc.errors + proc.non2xx === 0, `0 errors (${proc.errors} errors, ${proc.non2xx} non-2xx)`],
    ] as const;
    console.log("\nGoals (issue 9):");
    for (const [ok, what] of goals) console.log(`  ${ok ? "PASS" : "FAIL"}  people.list: ${what}`);
  }
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
