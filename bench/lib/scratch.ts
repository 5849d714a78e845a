import pg from "pg";

/** Scratch databases for benchmarks: created here, always dropped at the end (also on error or Ctrl-C). */

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function quoteIdent(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

export async function ownerQuery(url: string, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * CREATE DATABASE copy TEMPLATE source. The source must have no other sessions; an autovacuum worker may hold it
 * for a moment, so this retries for a while.
 */
export async function copyDatabase(serverUrl: string, source: string, target: string): Promise<void> {
  const admin = withDatabase(serverUrl, "postgres");
  for (let attempt = 0; ; attempt++) {
    try {
      await ownerQuery(admin, `CREATE DATABASE ${quoteIdent(target)} TEMPLATE ${quoteIdent(source)}`);
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== "55006" || attempt >= 40) throw e;
      await sleep(250);
    }
  }
}
