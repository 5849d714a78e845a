// `npm start`: install if needed, check services, migrate, seed, build, then run web and worker.
import {
  checkServices,
  ensureAuthSecret,
  fail,
  installIfNeeded,
  loadDotEnv,
  portIsFree,
  root,
  run,
  startChild,
  step,
  stopChild,
  waitForHttp,
} from "./lib/setup.mjs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 12)) fail(`Zorgzaam needs Node.js 20.12 or newer; this is ${process.version}.`);

installIfNeeded();
loadDotEnv();
ensureAuthSecret();
const port = Number(process.env.PORT ?? 3000);
process.env.APP_URL ??= `http://localhost:${port}`;
// The demo runs a production build that captures mail (sign-in links at /dev/mail): an explicit override, logged as a
// warning by web and worker at every start. A .env that sets DEV_MAIL_IN_PRODUCTION=false (real relay) wins; an empty
// value counts as not set, like everywhere else.
if (!process.env.DEV_MAIL_IN_PRODUCTION) process.env.DEV_MAIL_IN_PRODUCTION = "true";
const devMail = ["true", "1"].includes(process.env.DEV_MAIL_IN_PRODUCTION) && !["false", "0"].includes(process.env.SMTP_CAPTURE ?? "");
const ownerUrl = process.env.DATABASE_OWNER_URL ?? "postgres://postgres@127.0.0.1:5432/zorgzaam";
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

step("Checking PostgreSQL and Redis");
await checkServices({ ownerUrl, redisUrl });

step("Migrating the database");
run("npm", ["run", "--silent", "db:migrate"]);

step("Loading demo data");
run("npx", ["tsx", "prisma/seed.ts"]);

if (!process.argv.includes("--no-build")) {
  step("Building the web app (production build)");
  run("npm", ["run", "--silent", "build", "-w", "@zorgzaam/web"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
}

if (!(await portIsFree(port))) fail(`Port ${port} is already in use. Stop what runs there, or choose another port: PORT=3001 npm start`);

step("Starting the worker and the web app");
const env = { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
const worker = startChild("worker", process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], env);
const web = startChild("web", process.execPath, ["server.mjs", "-p", String(port)], env, `${root}/apps/web`);
let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  await Promise.all([stopChild(web), stopChild(worker)]);
  process.exit(code);
};
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => stop(0));
for (const [name, child] of [
  ["web", web],
  ["worker", worker],
]) {
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`\n✖ The ${name} process stopped (exit ${code}); stopping Zorgzaam.`);
      stop(1);
    }
  });
}

if (!(await waitForHttp(`http://127.0.0.1:${port}/signin`, 60_000, () => !stopping))) {
  console.error("✖ The web app did not answer within 60 seconds.");
  stop(1);
} else {
  run("npx", ["tsx", "scripts/print-demo.ts"]);
  console.log(
    `\nZorgzaam is running: ${process.env.APP_URL}\n${devMail ? `Captured e-mail (magic links, invitations): ${process.env.APP_URL}/dev/mail\n` : ""}Stop with Ctrl+C.`,
  );
}
