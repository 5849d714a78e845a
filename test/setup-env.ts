import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, inject } from "vitest";
import { resetEnvCache } from "../packages/core/src/env";

// Integration test files share their worker process (isolate: false in vitest.config.ts: the platform is imported
// once per worker, not once per file). Each file starts from the environment the worker started with: variables a
// file set (SMTP_PORT of its capture server, GEOCODER_URL, a limit, its own QUEUE_PREFIX) are gone, and the cached
// configuration is read again. Vitest's own variables (VITEST_*) are its business.
const base = globalThis as unknown as { __zorgzaamStartEnv?: Record<string, string | undefined> };
base.__zorgzaamStartEnv ??= { ...process.env };
const startEnv = base.__zorgzaamStartEnv;
for (const key of Object.keys(process.env)) {
  if (!key.startsWith("VITEST") && !(key in startEnv)) delete process.env[key];
}
for (const [key, value] of Object.entries(startEnv)) {
  if (!key.startsWith("VITEST") && value !== undefined) process.env[key] = value;
}

// Point the code under test at this run's database and Redis prefix before any module reads the configuration.
const t = inject("testEnv");
Object.assign(process.env, {
  NODE_ENV: "test",
  DATABASE_URL: t.appUrl,
  DATABASE_OWNER_URL: t.ownerUrl,
  REDIS_URL: t.redisUrl,
  QUEUE_PREFIX: t.queuePrefix,
  AUTH_SECRET: "test-secret-test-secret-test-secret-000",
  LOG_LEVEL: "error",
  // Uploaded files of this run go to a temporary directory (the blob store's local driver), never into the checkout.
  FILES_DIR: path.join(tmpdir(), `zorgzaam-files-${t.queuePrefix}`),
});
resetEnvCache();

// Queries inside one interactive transaction run one after another. Two at once on the same connection make pg warn
// "Calling client.query() when the client is already executing a query" (pg 9 will throw). The Prisma clients of
// createPrisma queue each transaction's statements (packages/core/src/db/serial-transactions.ts) and our code runs no
// Promise.all on a tx (packages/core/src/db/no-parallel-tx.test.ts); this catches whatever still gets through (a pg
// client or pool used by hand, another adapter): any such warning fails the test file it appeared in, naming the
// test and printing the warning's stack. pg warns once per process, so the first occurrence in a file is named.
const PG_CONCURRENT_QUERY = "already executing a query";
type Seen = { test: string | undefined; stack: string };
const state = globalThis as unknown as { __zorgzaamPgWarnings?: Seen[] };
if (!state.__zorgzaamPgWarnings) {
  const seen: Seen[] = [];
  state.__zorgzaamPgWarnings = seen;
  process.on("warning", (w) => {
    if (!w.message.includes(PG_CONCURRENT_QUERY)) return;
    let test: string | undefined;
    try {
      test = expect.getState().currentTestName;
    } catch {}
    seen.push({ test, stack: w.stack ?? String(w) });
  });
}
const pgWarnings = state.__zorgzaamPgWarnings;
pgWarnings.length = 0;

afterAll(async () => {
  // The warning is emitted on the next tick: let a late one arrive before judging.
  await new Promise((r) => setImmediate(r));
  if (pgWarnings.length === 0) return;
  const where = pgWarnings.map((w) => `in test: ${w.test ?? "(a hook, outside any test)"}\n${w.stack}`).join("\n\n");
  pgWarnings.length = 0;
  throw new Error(
    `Two queries ran at once on one transaction's connection (pg: "client.query() when the client is ${PG_CONCURRENT_QUERY}"). ` +
      `Run the queries of one transaction one after another (no Promise.all on a tx).\n${where}`,
  );
});
