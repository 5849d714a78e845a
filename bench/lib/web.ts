import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root (bench/lib/..). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The environment of a production web server on a scratch database (as scripts/e2e.mjs sets it). */
export function webEnv(opts: { db: string; server: string; port: number; extra?: Record<string, string> }): Record<string, string> {
  return {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: `postgres://zorgzaam_app:zorgzaam_app@${opts.server}/${opts.db}`,
    DATABASE_OWNER_URL: `postgres://postgres@${opts.server}/${opts.db}`,
    QUEUE_PREFIX: `zzbench_${opts.db}`,
    APP_URL: `http://127.0.0.1:${opts.port}`,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: "2699",
    SMTP_CAPTURE: "true",
    DEV_MAIL_IN_PRODUCTION: "true",
    LOG_LEVEL: "warn",
    ...opts.extra,
  };
}

export function runCommand(cmd: string, argv: string[], env: Record<string, string>, cwd = root): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${argv.join(" ")} exited with ${code}`))));
  });
}

/** `npm run build -w @zorgzaam/web`: the production build the web server serves. */
export function buildWeb(env: Record<string, string>): Promise<void> {
  return runCommand("npm", ["run", "--silent", "build", "-w", "@zorgzaam/web"], env);
}

/**
 * The production web server on the port, once /signin answers; stop it with stopWeb. `repo` is the repository root whose build is
 * served (default this one; bench/http-load.ts --before serves another checkout's build next to it).
 */
export async function startWeb(port: number, env: Record<string, string>, repo = root, nodeArgs: string[] = []): Promise<ChildProcess> {
  // The web app's server (apps/web/server.mjs: Next with brotli static files, ADR 0042); a checkout from before it
  // (http-load --before) with `next start`. Its own process group: stopWeb stops the whole group. nodeArgs: e.g.
  // --cpu-prof, which NODE_OPTIONS refuses.
  const [cmd, argv] = existsSync(path.join(repo, "apps/web/server.mjs"))
    ? [process.execPath, [...nodeArgs, "server.mjs", "-p", String(port)]]
    : ["node", [...nodeArgs, path.join(repo, "node_modules/next/dist/bin/next"), "start", "-p", String(port)]];
  const web = spawn(cmd as string, argv as string[], {
    cwd: path.join(repo, "apps/web"),
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const until = Date.now() + 90_000;
  while (Date.now() < until && web.exitCode === null) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/signin`);
      if (r.status < 500) return web;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  await stopWeb(web);
  throw new Error("the web app did not start");
}

export async function stopWeb(web: ChildProcess | undefined): Promise<void> {
  if (!web?.pid || web.exitCode !== null) return;
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(web.pid as number), signal);
    } catch {}
  };
  group("SIGTERM");
  for (let i = 0; i < 30 && web.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
  group("SIGKILL");
}

export const SESSION_COOKIE = "authjs.session-token";

/**
 * The Auth.js session cookie a browser holds after signing in over http: a JWT with the server-side session's id,
 * signed with the server's AUTH_SECRET (Auth.js is the web app's dependency, so its encoder is loaded from there).
 * `sessionId` is a row made with core's createSession.
 */
export async function sessionCookie(user: { id: string; email: string }, sessionId: string, secret: string): Promise<string> {
  const { encode } = (await import(pathToFileURL(path.join(root, "apps/web/node_modules/@auth/core/jwt.js")).href)) as {
    encode: (p: { token: Record<string, unknown>; secret: string; salt: string; maxAge: number }) => Promise<string>;
  };
  const jwt = await encode({
    token: { sub: user.id, email: user.email, name: user.email, sid: sessionId },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 12 * 3600,
  });
  return `${SESSION_COOKIE}=${jwt}`;
}

/**
 * A web benchmark's scratch database and web server, torn down once whatever happens: at the end, on an error and on
 * Ctrl-C. Set `created` once the database exists and `web` once the server runs; `--keep` leaves the database.
 */
export function scratchWebRun(opts: { db: string; ownerUrl: string; keep: boolean }) {
  const run = {
    created: false,
    web: undefined as ChildProcess | undefined,
    /** A second server (bench/http-load.ts --before), stopped with the first. */
    other: undefined as ChildProcess | undefined,
    async cleanup(): Promise<void> {
      await Promise.all([stopWeb(run.web), stopWeb(run.other)]);
      run.web = undefined;
      run.other = undefined;
      if (!run.created) return;
      if (opts.keep) {
        console.log(`Kept scratch database (--keep): ${opts.db}`);
        return;
      }
      const core = await import("@zorgzaam/core").catch(() => null);
      await core?.closeAppDb().catch(() => {});
      const { dropDatabase } = await import("../../packages/core/src/db/migrate");
      await dropDatabase(opts.ownerUrl).catch((e) => console.error(`could not drop ${opts.db}: ${(e as Error).message}`));
      console.log(`Dropped scratch database ${opts.db}`);
      run.created = false;
    },
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up`);
      void run.cleanup().finally(() => process.exit(130));
    });
  }
  return run;
}
