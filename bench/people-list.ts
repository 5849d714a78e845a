/**
 * Benchmark: people.list at 10^5 people, against its floors (see docs/performance.md).
 *
 *   npx tsx bench/people-list.ts [--largest 100000] [--tenants 3] [--iterations 200] [--warmup 20]
 *                                [--explain] [--proposal <name> ...] [--keep]
 *
 * --proposal applies a candidate schema change from bench/lib/proposals.ts to the scratch databases first
 * (parallel-safe-rls; the trigram index, LEAKPROOF ILIKE and InitPlan policies are migrations now); --explain prints EXPLAIN ANALYZE of each query as the app
 * role; --keep leaves the scratch databases for a closer look (drop them yourself).
 *
 * Creates a scratch database, migrates it, fills it with the generator, and measures on the largest tenant, in one
 * run and interleaved (so machine noise hits every variant alike):
 *   procedure  people.list through tRPC createCaller as an admin member, app role, row-level security on
 *   floor      the same page + count in raw SQL as the owner (tenant predicate written out)
 *   no-RLS     the same procedure on a copy of the database with row-level security disabled, the tenant filter
 *              applied by the application instead (what isolation would cost without RLS)
 * then checks the budgets of shared/quality.md and the goals of issue 9 and prints PASS/FAIL (it reports; it does not
 * throw). Budgets: p95 <= 2 x floor p95 + 5 ms, RLS cost (p50) < 20 %. Goals: p95 <= 1.5 x floor p95 + 2 ms, RLS cost
 * (p50) < 10 %, tenantProcedure with an empty handler <= 1.0 ms p50 and <= 2.5 ms p95.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { dropDatabase, migrateDatabase } from "../packages/core/src/db/migrate";
import { generateData, type GeneratedTenant } from "../scripts/generate/generate";
import { countSql, floorList, type ListInput, type ListResult, pageSql } from "./lib/people-queries";
import { PROPOSALS } from "./lib/proposals";
import { copyDatabase, ownerQuery, quoteIdent, withDatabase } from "./lib/scratch";
import { loadavg, printHeader } from "./lib/machine";
import { ms, percentile, table } from "./lib/stats";

const { values: args } = parseArgs({
  options: {
    largest: { type: "string", default: "100000" },
    tenants: { type: "string", default: "3" },
    iterations: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    seed: { type: "string", default: "bench" },
    server: { type: "string", default: "127.0.0.1:5432" },
    explain: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    proposal: { type: "string", multiple: true, default: [] },
  },
});
const LARGEST = Number(args.largest);
const TENANTS = Number(args.tenants);
const ITERATIONS = Number(args.iterations);
const WARMUP = Number(args.warmup);
for (const [k, v] of Object.entries({ largest: LARGEST, tenants: TENANTS, iterations: ITERATIONS })) {
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${k} must be a whole number >= 1`);
}
if (!Number.isInteger(WARMUP) || WARMUP < 0) throw new Error("--warmup must be a whole number >= 0");
const proposals = (args.proposal ?? []).map((name) => {
  const p = PROPOSALS[name];
  if (!p) throw new Error(`unknown --proposal ${name} (known: ${Object.keys(PROPOSALS).join(", ")})`);
  return p;
});

const stamp = new Date()
  .toISOString()
  .replace(/[-:TZ.]/g, "")
  .slice(0, 17);
const DB = `zorgzaam_bench_${stamp}`;
const DB_NORLS = `${DB}_norls`;
const ownerUrl = `postgres://postgres@${args.server}/${DB}`;
const appUrl = `postgres://zorgzaam_app:zorgzaam_app@${args.server}/${DB}`;
const ownerNoRlsUrl = withDatabase(ownerUrl, DB_NORLS);
const appNoRlsUrl = withDatabase(appUrl, DB_NORLS);

// appDb() reads DATABASE_URL once; it must name the app role before core is imported (core is imported lazily below).
process.env.DATABASE_URL = appUrl;
process.env.DATABASE_OWNER_URL = ownerUrl;
process.env.LOG_LEVEL ??= "warn";

const t0 = performance.now();
const phase = (what: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${what}`);

type Variant = "procedure" | "floor" | "noRls";
const VARIANTS: Variant[] = ["procedure", "floor", "noRls"];

interface Query {
  name: string;
  input: ListInput;
}

let created: string[] = [];
let cleanup: (() => Promise<void>) | undefined;

async function dropAll() {
  if (args.keep) {
    if (created.length) console.log(`Kept scratch databases (--keep): ${created.join(", ")}`);
    return;
  }
  for (const db of created.reverse()) {
    await dropDatabase(withDatabase(ownerUrl, db)).catch((e) => console.error(`could not drop ${db}: ${(e as Error).message}`));
  }
  if (created.length) console.log(`Dropped scratch databases: ${created.join(", ")}`);
  created = [];
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void (cleanup?.() ?? Promise.resolve())
      .catch(() => {})
      .then(dropAll)
      .finally(() => process.exit(130));
  });
}

async function main() {
  printHeader("people.list benchmark");

  // 1. Scratch database, migrated and filled. Never adopt (and later drop) a database this run did not create.
  const exists = await ownerQuery(withDatabase(ownerUrl, "postgres"), "SELECT 1 FROM pg_database WHERE datname = $1", [DB]);
  if (exists.rowCount) throw new Error(`database ${DB} already exists`);
  created.push(DB);
  await migrateDatabase({ ownerUrl, appUrl });
  const pgVersion = (await ownerQuery(ownerUrl, "SHOW server_version")).rows[0]?.server_version as string;
  console.log(`postgres: ${pgVersion}; scratch database ${DB}`);
  phase("migrated");
  const generated = await generateData({
    ownerUrl,
    tenants: TENANTS,
    largest: LARGEST,
    seed: args.seed,
    analyze: false,
    log: (line) => phase(`  ${line}`),
  });
  // VACUUM as well as ANALYZE: sets the visibility map (index-only scans, as on a settled production table) and
  // keeps autovacuum from waking up in the middle of the measurements.
  await ownerQuery(ownerUrl, "VACUUM ANALYZE");
  phase("generated, VACUUM ANALYZE done");
  for (const p of proposals) {
    for (const sql of p.sql) await ownerQuery(ownerUrl, sql);
    phase(`proposal ${p.name} applied: ${p.description}`);
  }

  const tenant = generated.tenants[0] as GeneratedTenant;
  const admin = tenant.members.find((m) => m.roles.includes("admin"));
  if (!admin) throw new Error("the generator made no admin");
  const busiest = await ownerQuery(
    ownerUrl,
    `SELECT "neighbourhoodId" AS id, count(*)::int AS n FROM "Person" WHERE "tenantId" = $1 AND "neighbourhoodId" IS NOT NULL
     GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    [tenant.id],
  );
  const nbh = busiest.rows[0] as { id: string; n: number };
  const queries: Query[] = [
    { name: "first page", input: { page: 1, pageSize: 25 } },
    { name: 'search "jan"', input: { search: "jan", page: 1, pageSize: 25 } },
    { name: "neighbourhood", input: { neighbourhoodId: nbh.id, page: 1, pageSize: 25 } },
    { name: "kind volunteer", input: { kind: "volunteer", page: 1, pageSize: 25 } },
    { name: "page 50", input: { page: 50, pageSize: 25 } },
  ];

  // 2. The no-RLS copy: a byte-for-byte copy (same rows, pages, statistics) with row-level security disabled.
  // people.list has no tenant predicate of its own (row-level security supplies it), so on this copy the tenant
  // filter is added by the application instead (a Prisma query extension, below): that is the alternative RLS is
  // measured against.
  created.push(DB_NORLS);
  await copyDatabase(ownerUrl, DB, DB_NORLS);
  const tables = await ownerQuery(
    ownerNoRlsUrl,
    `SELECT c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE s.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenantId' AND NOT a.attisdropped)
     ORDER BY 1`,
  );
  const tableNames = tables.rows.map((r) => r.relname as string);
  await ownerQuery(
    ownerNoRlsUrl,
    tableNames.map((t) => `ALTER TABLE ${quoteIdent(t)} DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY`).join(";\n"),
  );
  phase(`no-RLS copy ${DB_NORLS}: RLS disabled on ${tableNames.length} tables (${tableNames.join(", ")})`);

  // 3. Clients. Core is imported only now, after DATABASE_URL names the app role.
  const core = await import("@zorgzaam/core");
  const { createAppPlatform } = await import("../packages/platform/src/index");
  const platform = core.installPlatform(createAppPlatform());
  const appRouter = platform.router;
  const rlsDb = core.createPrisma(appUrl, 2);
  const noRlsBase = core.createPrisma(appNoRlsUrl, 2);
  // The application-side tenant filter: every read of a tenant-owned model gets "tenantId" = <tenant> added, as
  // an application without RLS would have to do.
  const tenantModels = new Set(tableNames);
  const reads = new Set(["findMany", "findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow", "count", "aggregate", "groupBy"]);
  // withRequestSide: the request's Prisma client (ADR 0039) gets the same filter.
  const noRlsDb = core.withRequestSide(noRlsBase, (base) =>
    base.$extends({
      query: {
        $allModels: {
          $allOperations({ model, operation, args, query }) {
            if (!tenantModels.has(model) || !reads.has(operation)) return query(args);
            const a = args as { where?: object };
            const where = operation.startsWith("findUnique")
              ? { ...a.where, tenantId: tenant.id }
              : { AND: [a.where ?? {}, { tenantId: tenant.id }] };
            return query({ ...a, where } as typeof args);
          },
        },
      },
    }),
  ) as unknown as typeof rlsDb;
  const floorClient = new pg.Client({ connectionString: core.withConnectionOptions(ownerUrl) });
  await floorClient.connect();
  cleanup = async () => {
    cleanup = undefined;
    const g = globalThis as unknown as { __zorgzaamAppDb?: unknown };
    g.__zorgzaamAppDb = undefined;
    await Promise.allSettled([rlsDb.$disconnect(), noRlsBase.$disconnect(), floorClient.end()]);
  };
  // appDb() is a process singleton on globalThis; swapping it points the whole procedure (tenant lookup included)
  // at one database or the other.
  const g = globalThis as unknown as { __zorgzaamAppDb?: typeof rlsDb };
  const createCaller = core.createCallerFactory(appRouter);
  const session = { userId: admin.userId, sessionId: "bench", email: admin.email, isOperator: false };
  const callProcedure = async (db: typeof rlsDb, input: ListInput): Promise<ListResult> => {
    g.__zorgzaamAppDb = db;
    const caller = createCaller(core.createContext({ session, tenantSlug: tenant.slug, ip: "127.0.0.1" }));
    const r = await caller.people.list(input as Parameters<typeof caller.people.list>[0]);
    return { ids: r.items.map((i) => i.id), total: r.total };
  };
  const run: Record<Variant, (input: ListInput) => Promise<ListResult>> = {
    procedure: (input) => callProcedure(rlsDb, input),
    floor: (input) => floorList(floorClient, tenant.id, input),
    noRls: (input) => callProcedure(noRlsDb, input),
  };

  // Where the procedure's time goes besides its own queries: the tenantProcedure middleware with an empty handler
  // (BEGIN, app_request_context: tenant, settings, membership, overrides; COMMIT), one round trip, and the
  // sensitive-field guard (the same 25-row read of Person, a model with a sensitive field, through the plain and the
  // guarded client in a tenant transaction).
  const overheadRouter = core.router({ noop: core.tenantProcedure("core.people.view").query(() => null) });
  const overheadCaller = core.createCallerFactory(overheadRouter);
  const guard = await import("../packages/core/src/sensitive/guard");
  const guardedDb = guard.guardClient(rlsDb);
  const adminPermissions = platform.effectivePermissions(["admin"], []);
  const read25 = (db: typeof rlsDb) =>
    core.withDbContext(
      { tenantId: tenant.id, userId: admin.userId },
      (tx) =>
        tx.person.findMany({
          select: { id: true, firstName: true, lastName: true, neighbourhood: { select: { id: true, name: true } } },
          orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
          take: 25,
        }),
      db,
    );
  const overhead: Record<string, () => Promise<unknown>> = {
    "tenantProcedure, empty handler": () => {
      g.__zorgzaamAppDb = rlsDb;
      return overheadCaller(core.createContext({ session, tenantSlug: tenant.slug, ip: "127.0.0.1" })).noop();
    },
    "one Prisma round trip (SELECT 1)": () => rlsDb.$queryRaw`SELECT 1`,
    "25 people with names, plain client": () => read25(rlsDb),
    "25 people with names, guarded client": () =>
      guard.withSensitiveGuard((state) => {
        state.permissions = adminPermissions;
        return read25(guardedDb);
      }),
  };

  // 4. Same answers everywhere, or the comparison means nothing.
  const totals = new Map<string, number>();
  let mismatches = 0;
  for (const q of queries) {
    // One at a time: the procedure variants swap a process-wide client.
    const a = await run.procedure(q.input);
    const b = await run.floor(q.input);
    const c = await run.noRls(q.input);
    const same = (x: ListResult, y: ListResult) => x.total === y.total && x.ids.join() === y.ids.join();
    if (!same(a, b) || !same(a, c) || a.ids.length === 0) {
      mismatches++;
      console.log(`MISMATCH in "${q.name}": totals ${a.total}/${b.total}/${c.total}, rows ${a.ids.length}/${b.ids.length}/${c.ids.length}`);
    }
    totals.set(q.name, a.total);
  }
  phase(mismatches ? `${mismatches} queries differ between variants` : "all variants return the same rows and totals");

  // 5. Measure, interleaved: every iteration runs every query in every variant, rotating the order.
  const samples = new Map<string, number[]>();
  const key = (v: Variant, q: Query) => `${v}\u0000${q.name}`;
  for (let it = 0; it < WARMUP + ITERATIONS; it++) {
    for (const q of queries) {
      for (let k = 0; k < VARIANTS.length; k++) {
        const v = VARIANTS[(it + k) % VARIANTS.length] as Variant;
        const start = performance.now();
        await run[v](q.input);
        const took = performance.now() - start;
        if (it >= WARMUP) {
          const list = samples.get(key(v, q)) ?? [];
          list.push(took);
          samples.set(key(v, q), list);
        }
      }
    }
    for (const [name, fn] of Object.entries(overhead)) {
      const start = performance.now();
      await fn();
      const took = performance.now() - start;
      if (it >= WARMUP) samples.set(`overhead\u0000${name}`, [...(samples.get(`overhead\u0000${name}`) ?? []), took]);
    }
    if (it === WARMUP - 1) phase(`warmed up (${WARMUP} iterations)`);
  }
  phase(`measured ${ITERATIONS} iterations x ${queries.length} queries x ${VARIANTS.length} variants; load average ${loadavg()}`);

  // 6. Report.
  if (proposals.length) console.log(`\nWith proposals: ${proposals.map((p) => p.name).join(", ")}`);
  console.log(
    `\nLargest tenant ${tenant.slug}: ${tenant.people} people (${generated.tenants.length} tenants, ` +
      `${generated.tenants.reduce((n, t) => n + t.people, 0)} people in all); p50/p95 in ms over ${ITERATIONS} runs\n`,
  );
  const rows: string[][] = [
    [
      "query",
      "total",
      "proc p50",
      "proc p95",
      "floor p50",
      "floor p95",
      "noRLS p50",
      "noRLS p95",
      "proc/floor p95",
      "budget p95",
      "goal p95",
      "RLS cost p50",
      "RLS cost p95",
    ],
  ];
  const verdicts: { query: string; latency: boolean; rls: boolean; latencyGoal: boolean; rlsGoal: boolean }[] = [];
  for (const q of queries) {
    const s = (v: Variant) => samples.get(key(v, q)) ?? [];
    const [p50, p95] = [50, 95].map(
      (p) => Object.fromEntries(VARIANTS.map((v) => [v, percentile(s(v), p)])) as Record<Variant, number>,
    ) as [Record<Variant, number>, Record<Variant, number>];
    const budget = 2 * p95.floor + 5;
    const goal = 1.5 * p95.floor + 2;
    const rlsCost50 = p50.procedure / p50.noRls - 1;
    const rlsCost95 = p95.procedure / p95.noRls - 1;
    // Latency: p95, as the budget says. RLS cost: the budget names no percentile; the ratio of medians is the stable
    // measure of a cost (ratios of p95s swing by +-20 points between runs on a shared 2-core machine), p95 is shown.
    verdicts.push({
      query: q.name,
      latency: p95.procedure <= budget,
      rls: rlsCost50 < 0.2,
      latencyGoal: p95.procedure <= goal,
      rlsGoal: rlsCost50 < 0.1,
    });
    rows.push([
      q.name,
      String(totals.get(q.name)),
      ms(p50.procedure),
      ms(p95.procedure),
      ms(p50.floor),
      ms(p95.floor),
      ms(p50.noRls),
      ms(p95.noRls),
      `${(p95.procedure / p95.floor).toFixed(2)}x`,
      ms(budget),
      ms(goal),
      pct(rlsCost50),
      pct(rlsCost95),
    ]);
  }
  console.log(table(rows));
  console.log("\nFixed costs inside the procedure figures (RLS database):");
  console.log(
    table([
      ["what", "p50", "p95"],
      ...Object.keys(overhead).map((name) => {
        const list = samples.get(`overhead\u0000${name}`) ?? [];
        return [name, ms(percentile(list, 50)), ms(percentile(list, 95))];
      }),
    ]),
  );
  console.log("\nBudgets (shared/quality.md):");
  for (const v of verdicts) {
    console.log(`  ${v.latency ? "PASS" : "FAIL"}  ${v.query}: procedure p95 within 2x floor p95 + 5 ms`);
  }
  for (const v of verdicts) {
    console.log(`  ${v.rls ? "PASS" : "FAIL"}  ${v.query}: RLS cost (procedure vs no-RLS + app filter, p50) under 20 %`);
  }
  console.log("\nGoals (issue 9):");
  for (const v of verdicts) {
    console.log(`  ${v.latencyGoal ? "PASS" : "FAIL"}  ${v.query}: procedure p95 within 1.5x floor p95 + 2 ms`);
  }
  for (const v of verdicts) {
    console.log(`  ${v.rlsGoal ? "PASS" : "FAIL"}  ${v.query}: RLS cost (procedure vs no-RLS + app filter, p50) under 10 %`);
  }
  const fixed = samples.get("overhead\u0000tenantProcedure, empty handler") ?? [];
  const fixedOk = percentile(fixed, 50) <= 1.0 && percentile(fixed, 95) <= 2.5;
  console.log(
    `  ${fixedOk ? "PASS" : "FAIL"}  tenantProcedure with an empty handler: ${ms(percentile(fixed, 50))} ms p50 (<= 1.0), ` +
      `${ms(percentile(fixed, 95))} ms p95 (<= 2.5)`,
  );
  const failed = verdicts.filter((v) => !v.latency || !v.rls).length;
  const missed = verdicts.filter((v) => !v.latencyGoal || !v.rlsGoal).length + (fixedOk ? 0 : 1);
  console.log(failed ? `\n${failed} of ${verdicts.length} queries miss a budget.` : `\nAll ${verdicts.length} queries within budget.`);
  console.log(missed ? `${missed} goal checks of ${verdicts.length * 2 + 1} missed.` : `All ${verdicts.length * 2 + 1} goal checks met.`);
  if (mismatches) console.log("WARNING: variants returned different results; the figures are not comparable.");

  if (args.explain) await explain(queries, tenant.id);
  await cleanup();
  phase("done");
}

function pct(x: number): string {
  return `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
}

/**
 * EXPLAIN ANALYZE of the statements people.list sends (the floor's, tenant written out), as the app role inside a
 * transaction with the tenant set (as tenantProcedure does), and on the no-RLS copy for comparison.
 */
async function explain(queries: Query[], tenantId: string) {
  for (const [label, url, rls] of [
    ["app role, RLS on", appUrl, true],
    ["app role, no-RLS copy, tenant filter in the query", appNoRlsUrl, false],
  ] as const) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const q of queries) {
        for (const [what, stmt] of [
          ["page", pageSql(q.input, tenantId)],
          ["count", countSql(q.input, tenantId)],
        ] as const) {
          await client.query("BEGIN");
          if (rls) await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
          const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${stmt.sql}`, stmt.params);
          await client.query("ROLLBACK");
          console.log(`\n--- EXPLAIN ${q.name} / ${what} (${label})`);
          for (const r of plan.rows) console.log(r["QUERY PLAN"]);
        }
      }
    } finally {
      await client.end();
    }
  }
}

main()
  .catch((e) => {
    console.error(`benchmark failed: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup?.().catch(() => {});
    await dropAll();
    // Core may hold timers (rate limiter, queues) that keep the process alive; the report is printed, so leave.
    process.exit();
  });
