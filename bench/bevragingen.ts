/**
 * Benchmark: Bevragingen's results at 10^4 answers to a survey of 30 questions, against its floor (issue 14; see
 * docs/performance.md).
 *
 *   npx tsx bench/bevragingen.ts [--answers 10000] [--iterations 100] [--warmup 10] [--keep]
 *
 * Creates a scratch database, migrates it, makes one tenant with a regie member (the generator), switches the module
 * on, writes a published survey of 30 questions (every type that is counted: choices, several choices, scales,
 * numbers, neighbourhoods, open answers) and --answers answers across channels, languages and neighbourhoods, then
 * measures, interleaved in one run:
 *   procedure  bevragingen.results.get through tRPC createCaller as the regie (app role, row-level security on): the
 *              SQL aggregates, then suppression (buildResults), as the results page asks them
 *   floor      the same aggregate statements (resultStatements: the same SQL text and parameters) run raw as the owner,
 *              JIT off (as the procedure runs them)
 *   breakdown  results.get with a breakdown by neighbourhood (floor: the same statements with that breakdown)
 *   export     exports.table as XLSX and as CSV (aggregates, suppression, the safe writer)
 * and prints p50/p95 with the budget of the issue: results p95 <= 2 x floor p95 + 5 ms.
 * (The outbox replay of 500 answers from one phone belongs to the offline outbox's benchmark.)
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { dropDatabase, migrateDatabase } from "../packages/core/src/db/migrate";
import type { SurveyContent, Question } from "../packages/plugins/bevragingen/src/survey";
import { generateData, type GeneratedTenant } from "../scripts/generate/generate";
import { loadavg, printHeader } from "./lib/machine";
import { ownerQuery, withDatabase } from "./lib/scratch";
import { ms, percentile, table } from "./lib/stats";

const { values: args } = parseArgs({
  options: {
    answers: { type: "string", default: "10000" },
    iterations: { type: "string", default: "100" },
    warmup: { type: "string", default: "10" },
    server: { type: "string", default: "127.0.0.1:5432" },
    keep: { type: "boolean", default: false },
  },
});
const ANSWERS = Number(args.answers);
const ITERATIONS = Number(args.iterations);
const WARMUP = Number(args.warmup);
for (const [k, v] of Object.entries({ answers: ANSWERS, iterations: ITERATIONS })) {
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${k} must be a whole number >= 1`);
}

const stamp = new Date()
  .toISOString()
  .replace(/[-:TZ.]/g, "")
  .slice(0, 17);
const DB = `zorgzaam_bench_bv_${stamp}`;
const ownerUrl = `postgres://postgres@${args.server}/${DB}`;
const appUrl = `postgres://zorgzaam_app:zorgzaam_app@${args.server}/${DB}`;
process.env.DATABASE_URL = appUrl;
process.env.DATABASE_OWNER_URL = ownerUrl;
process.env.LOG_LEVEL ??= "warn";

const t0 = performance.now();
const phase = (what: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${what}`);
let created = false;
let cleanup: (() => Promise<void>) | undefined;

async function dropAll() {
  if (!created) return;
  if (args.keep) return console.log(`Kept scratch database (--keep): ${DB}`);
  await dropDatabase(ownerUrl).catch((e) => console.error(`could not drop ${DB}: ${(e as Error).message}`));
  console.log(`Dropped scratch database ${DB}`);
}

const texts = (s: string) => ({ nl: s, fr: s, en: s });
const options = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `o${i + 1}`, text: texts(`Keuze ${i + 1}`) }));

/** 30 questions: 8 single, 5 multiple, 6 scales, 4 numbers, 2 neighbourhoods, 5 open answers. */
function survey(): SurveyContent {
  const qs: Question[] = [];
  const add = (q: Omit<Question, "key" | "text" | "required">) =>
    qs.push({ key: `q${qs.length + 1}`, text: texts(`Vraag ${qs.length + 1}`), required: false, ...q });
  for (let i = 0; i < 8; i++) add({ type: "single", options: options(3 + (i % 4)) });
  for (let i = 0; i < 5; i++) add({ type: "multiple", options: options(5) });
  for (let i = 0; i < 6; i++) add({ type: "scale", min: 1, max: 5 });
  for (let i = 0; i < 4; i++) add({ type: "number", min: 0, max: 100 });
  for (let i = 0; i < 2; i++) add({ type: "neighbourhood" });
  for (let i = 0; i < 5; i++) add({ type: i % 2 ? "short_text" : "long_text" });
  return {
    sections: [
      { key: "s1", title: texts("Deel 1"), questions: qs.slice(0, 15) },
      { key: "s2", title: texts("Deel 2"), questions: qs.slice(15) },
    ],
  };
}

const WORDS = "bank plein groen school bus winkel buren rust verkeer park speeltuin licht markt fiets bakker zorg".split(" ");

async function main() {
  printHeader("bevragingen results benchmark");
  const exists = await ownerQuery(withDatabase(ownerUrl, "postgres"), "SELECT 1 FROM pg_database WHERE datname = $1", [DB]);
  if (exists.rowCount) throw new Error(`database ${DB} already exists`);
  created = true;
  await migrateDatabase({ ownerUrl, appUrl });
  phase("migrated");
  const generated = await generateData({ ownerUrl, tenants: 1, largest: 500, seed: "bench", analyze: false, log: (l) => phase(`  ${l}`) });
  const tenant = generated.tenants[0] as GeneratedTenant;
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  const m = await db.query<{ userId: string; email: string }>(
    `SELECT m."userId", u."email" FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
     WHERE m."tenantId" = $1 AND 'regie' = ANY(m."roles") ORDER BY u."email" LIMIT 1`,
    [tenant.id],
  );
  const member = m.rows[0];
  if (!member) throw new Error("the generator made no regie member");
  await db.query(
    `INSERT INTO "TenantModule" ("tenantId", "moduleId", "enabled") VALUES ($1, 'bevragingen', true)
     ON CONFLICT ("tenantId", "moduleId") DO UPDATE SET "enabled" = true`,
    [tenant.id],
  );
  const nbs = (
    await db.query<{ id: string }>(`SELECT "id" FROM "Neighbourhood" WHERE "tenantId" = $1 ORDER BY "name"`, [tenant.id])
  ).rows.map((r) => r.id);
  const content = survey();
  const s = await db.query<{ id: string }>(
    `INSERT INTO "BevragingenSurvey" ("tenantId", "title", "languages", "status") VALUES ($1, $2, '{nl,fr,en}', 'open') RETURNING "id"`,
    [tenant.id, JSON.stringify(texts("Benchmark"))],
  );
  const surveyId = s.rows[0]?.id as string;
  const v = await db.query<{ id: string }>(
    `INSERT INTO "BevragingenVersion" ("tenantId", "surveyId", "number", "content", "publishedAt") VALUES ($1, $2, 1, $3, now()) RETURNING "id"`,
    [tenant.id, surveyId, JSON.stringify(content)],
  );
  const versionId = v.rows[0]?.id as string;
  await db.query(`UPDATE "BevragingenSurvey" SET "publishedVersionId" = $1 WHERE "id" = $2`, [versionId, surveyId]);

  // Answers, deterministic: every question answered by most respondents, open answers of a few words.
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const qs = content.sections.flatMap((x) => x.questions);
  const BATCH = 1000;
  for (let start = 0; start < ANSWERS; start += BATCH) {
    const values: unknown[] = [];
    const rows: string[] = [];
    for (let i = start; i < Math.min(ANSWERS, start + BATCH); i++) {
      const answers: Record<string, unknown> = {};
      for (const q of qs) {
        if (rnd() < 0.15) continue;
        if (q.type === "single") answers[q.key] = `o${1 + Math.floor(rnd() * (q.options?.length ?? 1))}`;
        else if (q.type === "multiple") answers[q.key] = (q.options ?? []).filter(() => rnd() < 0.3).map((o) => o.key);
        else if (q.type === "scale") answers[q.key] = 1 + Math.floor(rnd() * 5);
        else if (q.type === "number") answers[q.key] = Math.floor(rnd() * 100);
        else if (q.type === "neighbourhood") answers[q.key] = nbs[Math.floor(rnd() * nbs.length)];
        else answers[q.key] = Array.from({ length: 2 + Math.floor(rnd() * 8) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(" ");
      }
      for (const [k, x] of Object.entries(answers)) if (Array.isArray(x) && x.length === 0) delete answers[k];
      const channel = rnd() < 0.5 ? "public" : rnd() < 0.9 ? "assisted" : "paper";
      const language = rnd() < 0.6 ? "nl" : rnd() < 0.95 ? "fr" : "en";
      const b = values.length;
      rows.push(
        `($${b + 1}::uuid, $${b + 2}::uuid, $${b + 3}::uuid, $${b + 4}::uuid, $${b + 5}, $${b + 6}, $${b + 7}::jsonb, $${b + 8}::uuid)`,
      );
      values.push(
        tenant.id,
        surveyId,
        versionId,
        randomUUID(),
        channel,
        language,
        JSON.stringify(answers),
        nbs[Math.floor(rnd() * nbs.length)] ?? null,
      );
    }
    await db.query(
      `INSERT INTO "BevragingenResponse" ("tenantId", "surveyId", "versionId", "idempotencyKey", "channel", "language", "answers", "neighbourhoodId")
       VALUES ${rows.join(", ")}`,
      values,
    );
  }
  await db.query("VACUUM ANALYZE");
  phase(`${ANSWERS} answers to ${qs.length} questions written, VACUUM ANALYZE done`);

  const core = await import("@zorgzaam/core");
  const { createAppPlatform } = await import("../packages/platform/src/index");
  const { resultStatements } = await import("../packages/plugins/bevragingen/src/server/results");
  const appRouter = core.installPlatform(createAppPlatform()).router;
  cleanup = async () => {
    cleanup = undefined;
    await Promise.allSettled([core.closeAppDb(), db.end()]);
  };
  const createCaller = core.createCallerFactory(appRouter);
  const session = { userId: member.userId, sessionId: "bench", email: member.email, isOperator: false };
  const caller = () => createCaller(core.createContext({ session, tenantSlug: tenant.slug, ip: "127.0.0.1" }));
  const MIN = 5;
  // The floor as a person writing this SQL by hand would run it: without JIT (which compiles these statements for
  // longer than they run; the procedure switches it off too, server/results.ts JIT_OFF).
  await db.query("SET jit = off");
  const floor = async (breakdown: "neighbourhood" | null) => {
    const st = resultStatements({ surveyId, versionId, breakdown }, content, MIN);
    const out: unknown[] = [];
    for (const q of [st.dims, st.questions, st.choices, st.words, st.tags, st.quotes])
      out.push((await db.query(q.text, q.values as unknown[])).rows);
    return out;
  };

  // Same figures, or the comparison means nothing.
  const r = await caller().bevragingen.results.get({ surveyId });
  const f = (await floor(null)) as { n: number; g: number }[][];
  const floorTotal = f[0]?.find((x) => x.g === 15)?.n;
  if (!r || r.total !== floorTotal || r.total !== ANSWERS)
    throw new Error(`procedure total ${r?.total}, floor total ${floorTotal}, expected ${ANSWERS}`);
  phase(`procedure and floor agree: ${r.total} answers, ${r.questions.length} questions`);

  const variants: Record<string, () => Promise<unknown>> = {
    "results (procedure)": () => caller().bevragingen.results.get({ surveyId }),
    "results (floor)": () => floor(null),
    "by neighbourhood (procedure)": () => caller().bevragingen.results.get({ surveyId, breakdown: "neighbourhood" }),
    "by neighbourhood (floor)": () => floor("neighbourhood"),
    "export XLSX": () => caller().bevragingen.exports.table({ surveyId, format: "xlsx" }),
    "export CSV": () => caller().bevragingen.exports.table({ surveyId, format: "csv" }),
  };
  const samples = new Map<string, number[]>();
  const names = Object.keys(variants);
  for (let it = 0; it < WARMUP + ITERATIONS; it++) {
    const order = it % 2 ? [...names].reverse() : names;
    for (const name of order) {
      const start = performance.now();
      await variants[name]?.();
      if (it >= WARMUP) samples.set(name, [...(samples.get(name) ?? []), performance.now() - start]);
    }
    if (it === WARMUP - 1) phase(`warmed up (${WARMUP} iterations)`);
  }
  phase(`measured ${ITERATIONS} iterations x ${names.length} variants; load average ${loadavg()}`);

  const p = (name: string, q: number) => percentile(samples.get(name) ?? [], q);
  const rows: string[][] = [["what", "p50", "p95", "floor p95", "budget p95 (2x floor + 5 ms)", "verdict"]];
  for (const [proc, fl] of [
    ["results (procedure)", "results (floor)"],
    ["by neighbourhood (procedure)", "by neighbourhood (floor)"],
  ] as const) {
    const budget = 2 * p(fl, 95) + 5;
    rows.push([proc, ms(p(proc, 50)), ms(p(proc, 95)), ms(p(fl, 95)), ms(budget), p(proc, 95) <= budget ? "PASS" : "FAIL"]);
    rows.push([fl, ms(p(fl, 50)), ms(p(fl, 95)), "", "", ""]);
  }
  for (const name of ["export XLSX", "export CSV"]) rows.push([name, ms(p(name, 50)), ms(p(name, 95)), "", "", ""]);
  console.log(`\n${ANSWERS} answers, ${qs.length} questions; p50/p95 in ms over ${ITERATIONS} runs\n`);
  console.log(table(rows));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void (cleanup?.() ?? Promise.resolve())
      .catch(() => {})
      .then(dropAll)
      .finally(() => process.exit(130));
  });
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup?.();
    await dropAll();
  });
