/**
 * Benchmark: a phone's outbox replayed (issue 14, ADR 0028; see docs/performance.md, "Outbox replay").
 *
 *   npx tsx bench/outbox-replay.ts [--answers 500] [--keep]
 *
 * A scratch database `zorgzaam_bench_outbox_<timestamp>`, migrated, with one tenant, Bevragingen on and the demo
 * buurtbevraging open. Then, as one field worker's phone does after a day with no network, one answer after another
 * (the outbox sends them in order), through the real procedure (tRPC caller, tenantProcedure, row-level security,
 * core's outbox receipt, Bevragingen's checks):
 *   first replay   --answers submits, each with its own idempotency key: all stored;
 *   second replay  the same --answers submits again (a retry after lost answers): no new row;
 *   floor          the same number of rows inserted by one plain INSERT each, as the owner (no checks, no RLS, no
 *                  receipt), in the same run, so the ratio holds on a noisy machine.
 * Prints total time, answers per second and p50/p95 per answer for each, and the rows added by the second replay
 * (goal: 0). It reports; it does not throw on a missed goal.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { dropDatabase, migrateDatabase } from "../packages/core/src/db/migrate";
import { printHeader } from "./lib/machine";
import { ms, percentile, table } from "./lib/stats";

const { values: args } = parseArgs({
  options: {
    answers: { type: "string", default: "500" },
    server: { type: "string", default: "127.0.0.1:5432" },
    keep: { type: "boolean", default: false },
  },
});
const ANSWERS = Number(args.answers);
if (!Number.isInteger(ANSWERS) || ANSWERS < 1) throw new Error("--answers must be a whole number >= 1");

const stamp = new Date()
  .toISOString()
  .replace(/[-:TZ.]/g, "")
  .slice(0, 17);
const DB = `zorgzaam_bench_outbox_${stamp}`;
const ownerUrl = `postgres://postgres@${args.server}/${DB}`;
const appUrl = `postgres://zorgzaam_app:zorgzaam_app@${args.server}/${DB}`;
// Core reads these once; set before it is imported (lazily, below).
Object.assign(process.env, { DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, LOG_LEVEL: "warn" });

interface Timing {
  total: number;
  per: number[];
}

async function timed(n: number, fn: (i: number) => Promise<void>): Promise<Timing> {
  const per: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    per.push(performance.now() - t);
  }
  return { total: performance.now() - t0, per };
}

async function main() {
  printHeader(`Outbox replay: ${ANSWERS} queued answers from one phone, sent one after another`);
  await migrateDatabase({ ownerUrl, appUrl });
  const kit = await import("@zorgzaam/core/testing");
  const { bevragingenPlugin } = await import("../packages/plugins/bevragingen/src/definition");
  const { BUURTBEVRAGING, BUURTBEVRAGING_TITLE } = await import("../packages/plugins/bevragingen/src/server/starter");
  kit.installModules([bevragingenPlugin]);
  const owner = kit.ownerDb();
  const T = await kit.createTenant({ tag: "bench-outbox" });
  await kit.enableModules(T.id, ["bevragingen"]);
  const survey = await owner.bevragingenSurvey.create({
    data: { tenantId: T.id, title: BUURTBEVRAGING_TITLE, languages: ["nl", "fr", "en"] },
  });
  const version = await owner.bevragingenVersion.create({
    data: { tenantId: T.id, surveyId: survey.id, number: 1, content: BUURTBEVRAGING as object, publishedAt: new Date() },
  });
  await owner.bevragingenSurvey.update({ where: { id: survey.id }, data: { status: "open", publishedVersionId: version.id } });
  const worker = T.users.field_worker;
  const api = kit.moduleCaller(bevragingenPlugin)(worker, T);
  const area = T.neighbourhoods[0].id;
  const languages = ["nl", "fr", "en"] as const;
  const entries = Array.from({ length: ANSWERS }, (_, i) => ({
    surveyId: survey.id,
    versionId: version.id,
    idempotencyKey: randomUUID(),
    channel: "assisted" as const,
    language: languages[i % 3] as (typeof languages)[number],
    answers: { area, liking: 1 + (i % 5), lonely: i % 4 === 0 ? "yes" : "no", ...(i % 4 === 0 ? { lonely_help: "no" } : {}) },
    street: i % 2 ? "Molenstraat" : null,
  }));
  const rows = () => owner.bevragingenResponse.count({ where: { surveyId: survey.id } });

  // A few calls first, so connection set-up and JIT are not counted (their own keys; removed before measuring).
  for (let i = 0; i < 10; i++) await api.responses.submit({ ...entries[0], idempotencyKey: randomUUID() } as never);
  await owner.bevragingenResponse.deleteMany({ where: { surveyId: survey.id } });

  const first = await timed(ANSWERS, async (i) => {
    await api.responses.submit(entries[i] as never);
  });
  const afterFirst = await rows();
  const second = await timed(ANSWERS, async (i) => {
    await api.responses.submit(entries[i] as never);
  });
  const added = (await rows()) - afterFirst;

  const floorClient = new pg.Client({ connectionString: ownerUrl });
  await floorClient.connect();
  const floor = await timed(ANSWERS, async (i) => {
    const e = entries[i] as (typeof entries)[number];
    await floorClient.query(
      `INSERT INTO "BevragingenResponse" ("tenantId","surveyId","versionId","idempotencyKey","channel","language","answers","street","enteredById")
       VALUES ($1,$2,$3,$4,'assisted',$5,$6,$7,$8)`,
      [T.id, survey.id, version.id, randomUUID(), e.language, JSON.stringify(e.answers), e.street, worker.id],
    );
  });
  await floorClient.end();

  const line = (name: string, t: Timing) => [
    name,
    `${(t.total / 1000).toFixed(2)} s`,
    `${Math.round((ANSWERS / t.total) * 1000)} /s`,
    ms(percentile(t.per, 50)),
    ms(percentile(t.per, 95)),
  ];
  console.log(
    table([
      ["", "total", "answers/s", "p50 ms", "p95 ms"],
      line("first replay", first),
      line("second replay (same keys)", second),
      line("floor: plain INSERT", floor),
    ]),
  );
  console.log(`stored after the first replay: ${afterFirst} of ${ANSWERS} ${afterFirst === ANSWERS ? "PASS" : "FAIL"}`);
  console.log(`rows added by the second replay: ${added} (goal 0) ${added === 0 ? "PASS" : "FAIL"}`);
  console.log(
    `first replay per answer vs floor (p50): ${(percentile(first.per, 50) / percentile(floor.per, 50)).toFixed(1)}x; ` +
      `second replay p50 vs first: ${(percentile(second.per, 50) / percentile(first.per, 50)).toFixed(2)}x`,
  );
  await kit.closeAll();
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    if (args.keep) console.log(`Kept scratch database (--keep): ${DB}`);
    else await dropDatabase(ownerUrl).catch((e) => console.error(`could not drop ${DB}: ${(e as Error).message}`));
  });
