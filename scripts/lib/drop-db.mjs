import pg from "pg";

export async function dropDatabase(ownerUrl) {
  const u = new URL(ownerUrl);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = "/postgres";
  const c = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 4000 });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await c.end();
  }
}
