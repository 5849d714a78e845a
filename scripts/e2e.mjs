// End-to-end run: a fresh database, migrated and seeded; a production build; web and worker started on their own
// ports and Redis prefix; Playwright against it; everything torn down afterwards.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fail, portIsFree, root, run, startChild, step, stopChild, waitForHttp } from "./lib/setup.mjs";

const reportFile = process.argv[2];
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium))
  fail(
    `Chromium is needed for the end-to-end tests and was not found at ${chromium}. Install Debian's package: apt-get install -y chromium (.ci/run does this).`,
  );

const id = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
const db = `zorgzaam_e2e_${id}`;
const port = Number(process.env.E2E_PORT ?? 3210);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2626);
const env = {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `postgres://zorgzaam_app:zorgzaam_app@127.0.0.1:5432/${db}`,
  DATABASE_OWNER_URL: `postgres://postgres@127.0.0.1:5432/${db}`,
  QUEUE_PREFIX: `zze2e_${id}`,
  APP_URL: `http://localhost:${port}`,
  AUTH_SECRET: randomBytes(32).toString("base64"),
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(smtpPort),
  SMTP_CAPTURE: "true",
  // A production build that captures mail: the tests read sign-in links at /dev/mail (logged as a warning at start).
  DEV_MAIL_IN_PRODUCTION: "true",
  LOG_LEVEL: "warn",
  // Uploaded files of this run (the blob store's local driver), removed at the end.
  FILES_DIR: join(tmpdir(), `zorgzaam-e2e-files-${id}`),
  // The base-map test serves tiles from a local server on a port of its own (apps/web/e2e/tile-server.ts).
  MAP_EXTRA_ORIGINS: "http://127.0.0.1:*",
  // Address search and background geocoding ask a local Nominatim stand-in (scripts/lib/e2e-geocoder.mjs).
  GEOCODER_MIN_INTERVAL_MS: "0",
  // Every browser of the run posts public forms from the same address (127.0.0.1): a higher limit keeps the run's forms
  // below the proof-of-work threshold (PUBLIC_CHALLENGE_PERCENT), which integration tests cover
  // (test/public-procedures.int.test.ts) with the page's script (apps/web/src/public/pow-script.test.ts).
  PUBLIC_WRITES_PER_IP_HOUR: "100",
};
const geocoderPort = await freePort();
env.GEOCODER_URL = `http://127.0.0.1:${geocoderPort}/`;
Object.assign(process.env, env);

let web;
let worker;
let geocoder;
async function teardown() {
  await Promise.all([stopChild(web), stopChild(worker), stopChild(geocoder)]);
  await rm(env.FILES_DIR, { recursive: true, force: true }).catch(() => {});
  const { dropDatabase } = await import("./lib/drop-db.mjs");
  await dropDatabase(env.DATABASE_OWNER_URL).catch((e) => console.error(`could not drop ${db}: ${e.message}`));
}

/** A port no one listens on now (for the e2e geocoder, started below as a process of its own). */
async function freePort() {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const p = srv.address().port;
      srv.close(() => resolve(p));
    });
  });
}

for (const p of [port, smtpPort]) {
  if (!(await portIsFree(p))) fail(`Port ${p} is in use (an earlier run still going?). Stop it, or set E2E_PORT / E2E_SMTP_PORT.`);
}

let code = 1;
try {
  step(`Preparing database ${db}`);
  // allowFail + throw (not exit) so that the database is dropped and the servers stopped whatever fails.
  const must = (cmd, args) => {
    if (run(cmd, args, { allowFail: true }) !== 0) throw new Error(`${[cmd, ...args].join(" ")} failed`);
  };
  must("npm", ["run", "--silent", "db:migrate"]);
  must("npx", ["tsx", "prisma/seed.ts"]);
  if (!process.env.E2E_SKIP_BUILD) {
    step("Building the web app");
    must("npm", ["run", "--silent", "build", "-w", "@zorgzaam/web"]);
  }
  geocoder = startChild("geocoder", "node", ["scripts/lib/e2e-geocoder.mjs", String(geocoderPort)], env);
  if (!(await waitForHttp(`${env.GEOCODER_URL}search?q=x`, 10_000))) throw new Error("the e2e geocoder did not start");
  worker = startChild("worker", process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], env);
  web = startChild("web", process.execPath, ["server.mjs", "-p", String(port)], env, `${root}/apps/web`);
  if (!(await waitForHttp(`http://127.0.0.1:${port}/signin`, 90_000))) throw new Error("the web app did not start");
  step("Running Playwright");
  // E2E_ONLY=<file or pattern> runs only matching specs (while working on one module); npm test runs them all.
  const only = process.env.E2E_ONLY ? process.env.E2E_ONLY.split(",") : [];
  code = run("npx", ["playwright", "test", ...only], {
    cwd: `${root}/apps/web`,
    allowFail: true,
    env: { E2E_BASE_URL: env.APP_URL, PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile, CHROMIUM_PATH: chromium },
  });
} catch (e) {
  console.error(`✖ ${e.message}`);
} finally {
  await teardown();
}
process.exit(code);
