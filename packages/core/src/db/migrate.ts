import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../../../..");
export const migrationsDir = path.join(repoRoot, "prisma/migrations");

function dbmateBin(): string {
  const require = createRequire(import.meta.url);
  // The dbmate npm package ships the binary for this platform; its launcher is the package's "bin".
  const pkg = require.resolve("dbmate/package.json", { paths: [repoRoot] });
  return path.join(path.dirname(pkg), "dist/cli.js");
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function quoteIdent(s: string) {
  return `"${s.replaceAll('"', '""')}"`;
}
function quoteLiteral(s: string) {
  return `'${s.replaceAll("'", "''")}'`;
}

export class DatabaseUnreachableError extends Error {}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (e) {
    const safe = new URL(url);
    safe.password = safe.password ? "***" : "";
    throw new DatabaseUnreachableError(
      `PostgreSQL is not reachable at ${safe.toString()} (${(e as Error).message}). Start it, or point DATABASE_OWNER_URL and DATABASE_URL at a running server.`,
    );
  }
  return client;
}

export interface MigrateOptions {
  ownerUrl: string;
  appUrl: string;
  log?: (line: string) => void;
}

/**
 * Creates the database if needed, applies the SQL migrations as the owner (dbmate), then creates or refreshes the
 * application role and its grants. Safe to run again.
 */
export async function migrateDatabase({ ownerUrl, appUrl, log = () => {} }: MigrateOptions): Promise<void> {
  const owner = new URL(ownerUrl);
  const app = new URL(appUrl);
  const database = decodeURIComponent(owner.pathname.slice(1));
  if (!database) throw new Error("DATABASE_OWNER_URL must name a database");
  const appRole = decodeURIComponent(app.username);
  const appPassword = decodeURIComponent(app.password);
  if (!appRole) throw new Error("DATABASE_URL must name the application role (user)");
  if (appRole === decodeURIComponent(owner.username)) {
    throw new Error("DATABASE_URL must use a different role from DATABASE_OWNER_URL: the application role may own nothing");
  }

  const admin = await connect(withDatabase(ownerUrl, "postgres"));
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${quoteIdent(database)}`);
      log(`created database ${database}`);
    }
    const role = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [appRole]);
    const attrs = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD ${appPassword ? quoteLiteral(appPassword) : "NULL"}`;
    try {
      await admin.query(`${role.rowCount === 0 ? "CREATE" : "ALTER"} ROLE ${quoteIdent(appRole)} ${attrs}`);
    } catch (e) {
      // Two test databases migrating at once may race to create the role; the loser just alters it.
      if ((e as { code?: string }).code !== "42710" && (e as { code?: string }).code !== "23505") throw e;
      await admin.query(`ALTER ROLE ${quoteIdent(appRole)} ${attrs}`);
    }
  } finally {
    await admin.end();
  }

  await runDbmate(ownerUrl, log);

  const db = await connect(ownerUrl);
  try {
    const r = quoteIdent(appRole);
    await db.query(`
      GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${r};
      GRANT USAGE ON SCHEMA public TO ${r};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
      REVOKE ALL ON TABLE schema_migrations FROM ${r};
      REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "AuditEvent" FROM ${r};
      -- Waiting mail is reached one row at a time, by id, through the outgoing_mail_* functions only.
      REVOKE ALL ON TABLE "OutgoingMail" FROM ${r};
    `);
    log(`granted ${appRole} its privileges`);
    // ILIKE LEAKPROOF, so that search uses its trigram index under row-level security (ADR 0013). pg_dump does not
    // carry it, so it is reasserted on every run (a notice, not an error, without a superuser).
    const leakproof = await db.query("SELECT to_regprocedure('app_assert_search_leakproof()') IS NOT NULL AS present");
    if (leakproof.rows[0]?.present) await db.query("SELECT app_assert_search_leakproof()");
  } finally {
    await db.end();
  }
}

function runDbmate(ownerUrl: string, log: (line: string) => void): Promise<void> {
  const url = new URL(ownerUrl);
  if (!url.searchParams.has("sslmode")) url.searchParams.set("sslmode", "disable");
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [dbmateBin(), "--url", url.toString(), "--migrations-dir", migrationsDir, "--no-dump-schema", "up"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      for (const line of out.split("\n").filter(Boolean)) log(line);
      if (code === 0) resolve();
      else reject(new Error(`dbmate failed (exit ${code}):\n${out}`));
    });
  });
}

/** Drops a database (tests only). */
export async function dropDatabase(ownerUrl: string): Promise<void> {
  const database = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
  const admin = await connect(withDatabase(ownerUrl, "postgres"));
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
