// Shared steps of `npm start` and `npm test`: install when needed, read .env, check the services.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function step(msg) {
  console.log(`\n▸ ${msg}`);
}

export function fail(msg) {
  console.error(`\n✖ ${msg}`);
  process.exit(1);
}

/** Runs a command in the repository, inheriting output; exits with a clear line when it fails. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...opts, env: { ...process.env, ...(opts.env ?? {}) } });
  if (r.status !== 0) {
    if (opts.allowFail) return r.status ?? 1;
    fail(`${[cmd, ...args].join(" ")} failed (exit ${r.status ?? r.signal}).`);
  }
  return 0;
}

/**
 * Installs dependencies when node_modules is missing or older than package-lock.json, with `npm ci`: exactly the
 * versions of the committed lock file, and a clear refusal when package.json and the lock disagree. The lock lists
 * every platform's optional packages (scripts/lockfile.test.ts checks it), which `npm ci` needs.
 */
export function installIfNeeded() {
  const marker = path.join(root, "node_modules/.package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  step("Installing dependencies (npm ci)");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** Loads .env without overriding the environment. */
export function loadDotEnv() {
  const file = path.join(root, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

/** A stable local AUTH_SECRET for `npm start` when none is configured (kept out of git in .zorgzaam/). */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const dir = path.join(root, ".zorgzaam");
  const file = path.join(dir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url;
  }
}

/** One sentence when PostgreSQL or Redis is not there; never hangs (short timeouts). */
export async function checkServices({ ownerUrl, redisUrl }) {
  const { default: pg } = await import("pg");
  const adminUrl = new URL(ownerUrl);
  adminUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: adminUrl.toString(), connectionTimeoutMillis: 4000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (e) {
    fail(
      `PostgreSQL is not reachable at ${redact(adminUrl.toString())} (${e.message}). Start PostgreSQL, or set DATABASE_OWNER_URL and DATABASE_URL (in .env or the environment) to a running server.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
  const { Redis } = await import("ioredis");
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    fail(
      `Redis is not reachable at ${redact(redisUrl)} (${e.message}). Start Redis, or set REDIS_URL (in .env or the environment) to a running server.`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Starts a long-running child; its output is prefixed so web and worker logs can be told apart. */
export function startChild(name, cmd, args, env, cwd = root) {
  // Its own process group, so stopChild ends npx and the server it started together.
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((l) => `[${name}] ${l}`)
      .join("\n");
  child.stdout.on("data", (d) => console.log(prefix(d)));
  child.stderr.on("data", (d) => console.error(prefix(d)));
  return child;
}

/** Waits until an HTTP URL answers (any status), or gives up after timeoutMs. */
export async function waitForHttp(url, timeoutMs, isAlive = () => true) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive()) return false;
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return false;
}

/** Stops a child started by startChild (and everything it started), waiting up to graceMs before SIGKILL. */
export async function stopChild(child, graceMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = new Promise((r) => setTimeout(r, graceMs, "timeout"));
  if ((await Promise.race([exited, timer])) === "timeout") {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }
}

/** True when nothing listens on the port yet. */
export async function portIsFree(port) {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, () => srv.close(() => resolve(true)));
  });
}
