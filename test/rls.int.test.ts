/**
 * Row-level security, proven at the database layer on its own: plain SQL as the application role (DATABASE_URL),
 * tenant context set with set_config('app.tenant_id', ..., true) inside a transaction that is always rolled back.
 * The application code is not involved, so this layer is tested independently of tenantProcedure.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAll, createTenant, quoteIdent, seedModules, type TenantFixture, tenantTables } from "./fixtures";

let app: pg.Client;
let ownerPg: pg.Client;
let A: TenantFixture;
let B: TenantFixture;
let tables: string[];

interface PgError {
  code?: string;
  message: string;
}

beforeAll(async () => {
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (!appUrl || !ownerUrl) throw new Error("DATABASE_URL and DATABASE_OWNER_URL must be set (test/setup-env.ts)");
  app = new pg.Client({ connectionString: appUrl });
  ownerPg = new pg.Client({ connectionString: ownerUrl });
  await Promise.all([app.connect(), ownerPg.connect()]);
  [A, B] = await Promise.all([createTenant({ tag: "rls-a" }), createTenant({ tag: "rls-b" })]);
  // Module tables too: every registered module is enabled and seeded in both tenants.
  await seedModules(A);
  await seedModules(B);
  tables = await tenantTables();
});

afterAll(async () => {
  await Promise.allSettled([app?.end(), ownerPg?.end()]);
  await closeAll();
});

/** Runs fn as the application role in one transaction with the given tenant (or none), then rolls back. */
async function asApp<T>(tenantId: string | null, fn: (c: pg.Client) => Promise<T>, userId: string | null = null): Promise<T> {
  await app.query("BEGIN");
  try {
    await app.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)", [tenantId ?? "", userId ?? ""]);
    return await fn(app);
  } finally {
    await app.query("ROLLBACK");
  }
}

/**
 * Runs one statement inside a savepoint that is always rolled back, and returns its error (or null) and row count.
 * Each attempt thus starts from the fixture state (a delete cascading into the next table cannot mask a leak there).
 */
async function attempt(c: pg.Client, sql: string, params: unknown[] = []): Promise<{ error: PgError | null; rowCount: number | null }> {
  await c.query("SAVEPOINT attempt");
  try {
    const r = await c.query(sql, params);
    return { error: null, rowCount: r.rowCount };
  } catch (e) {
    return { error: e as PgError, rowCount: null };
  } finally {
    await c.query("ROLLBACK TO SAVEPOINT attempt");
  }
}

async function ownerCount(table: string, tenantId: string): Promise<number> {
  const r = await ownerPg.query(`SELECT count(*)::int AS n FROM ${quoteIdent(table)} WHERE "tenantId" = $1`, [tenantId]);
  return (r.rows[0] as { n: number }).n;
}

describe("row-level security is on for every tenant table", () => {
  it("finds the tenant tables in information_schema (not an empty list)", () => {
    expect(tables.length).toBeGreaterThan(8);
    for (const t of [
      "Organisation",
      "Neighbourhood",
      "Membership",
      "MembershipNeighbourhood",
      "Invitation",
      "Person",
      "Consent",
      "RolePermission",
      "AuditEvent",
    ]) {
      expect(tables).toContain(t);
    }
  });

  it("has RLS enabled and forced and at least one policy on every table with a tenantId column", async () => {
    const r = await ownerPg.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: number }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
              (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ANY($1::text[])`,
      [tables],
    );
    expect(r.rows).toHaveLength(tables.length);
    const problems = r.rows
      .filter((row) => !row.relrowsecurity || !row.relforcerowsecurity || row.policies < 1)
      .map((row) => `${row.relname}: rls=${row.relrowsecurity} force=${row.relforcerowsecurity} policies=${row.policies}`);
    expect(problems).toEqual([]);
  });

  it("has fixture rows of both tenants in every tenant table (so the isolation checks below are not vacuous)", async () => {
    const empty: string[] = [];
    for (const table of tables) {
      for (const t of [A, B])
        if ((await ownerCount(table, t.id)) === 0) empty.push(`${table} has no rows for ${t.slug}: extend test/fixtures.ts`);
    }
    expect(empty).toEqual([]);
  });
});

describe("tenant A cannot touch tenant B's rows", () => {
  it("sees its own rows but none of B's, in every tenant table", async () => {
    const problems: string[] = [];
    let checked = 0;
    await asApp(A.id, async (c) => {
      for (const table of tables) {
        const own = await c.query(`SELECT count(*)::int AS n FROM ${quoteIdent(table)} WHERE "tenantId" = $1`, [A.id]);
        const foreign = await c.query(`SELECT count(*)::int AS n FROM ${quoteIdent(table)} WHERE "tenantId" = $1`, [B.id]);
        const all = await c.query(`SELECT count(*)::int AS n FROM ${quoteIdent(table)} WHERE "tenantId" IS DISTINCT FROM $1`, [A.id]);
        const ownN = (own.rows[0] as { n: number }).n;
        if (ownN !== (await ownerCount(table, A.id)))
          problems.push(`${table}: A sees ${ownN} of its own rows, owner sees ${await ownerCount(table, A.id)}`);
        if ((foreign.rows[0] as { n: number }).n !== 0) problems.push(`${table}: A sees B's rows`);
        if ((all.rows[0] as { n: number }).n !== 0) problems.push(`${table}: A sees rows of other tenants (or without a tenant)`);
        checked++;
      }
    });
    expect(problems).toEqual([]);
    expect(checked).toBe(tables.length);
  });

  it("updates and deletes none of B's rows (0 rows affected, or refused outright)", async () => {
    const problems: string[] = [];
    let checked = 0;
    await asApp(A.id, async (c) => {
      for (const table of tables) {
        const upd = await attempt(c, `UPDATE ${quoteIdent(table)} SET "tenantId" = "tenantId" WHERE "tenantId" = $1`, [B.id]);
        const moved = await attempt(c, `UPDATE ${quoteIdent(table)} SET "tenantId" = $2 WHERE "tenantId" = $1`, [B.id, A.id]);
        const del = await attempt(c, `DELETE FROM ${quoteIdent(table)} WHERE "tenantId" = $1`, [B.id]);
        // Without a WHERE clause PostgreSQL applies only the UPDATE/DELETE policies (not the SELECT ones), so a
        // too-wide UPDATE or DELETE policy shows up here as more rows than tenant A owns.
        const own = await ownerCount(table, A.id);
        // (The SET must not read a column either: that too would bring in the SELECT policies.)
        const blindUpd = await attempt(c, `UPDATE ${quoteIdent(table)} SET "tenantId" = $1`, [A.id]);
        const blindDel = await attempt(c, `DELETE FROM ${quoteIdent(table)}`);
        const results = [
          ["update", upd, 0],
          ["move to A", moved, 0],
          ["delete", del, 0],
          ["update without WHERE", blindUpd, own],
          ["delete without WHERE", blindDel, own],
        ] as const;
        for (const [what, r, expected] of results) {
          if (r.error) {
            // Only the audit log may refuse outright: the application role has no UPDATE/DELETE on it at all.
            if (!(table === "AuditEvent" && r.error.code === "42501"))
              problems.push(`${table} ${what}: unexpected error ${r.error.code} ${r.error.message}`);
          } else if (r.rowCount !== expected) {
            problems.push(`${table} ${what}: ${r.rowCount} rows affected, expected ${expected}`);
          }
        }
        checked++;
      }
    });
    expect(problems).toEqual([]);
    expect(checked).toBe(tables.length);
    // And B's rows are all still there (the transaction rolled back anyway, but a policy bug would have shown above).
    for (const table of tables) expect(await ownerCount(table, B.id)).toBeGreaterThan(0);
  });

  it("refuses to insert a row carrying B's tenantId (and a row without a tenant context at all)", async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const table of tables) {
      const row = await templateRow(table, B.id);
      const insert = insertStatement(table, row);
      await asApp(A.id, async (c) => {
        const r = await attempt(c, insert.sql, insert.params);
        if (!r.error) problems.push(`${table}: as A, inserting a row of B succeeded`);
        else if (r.error.code !== "42501" || !/row-level security/.test(r.error.message)) {
          problems.push(`${table}: as A, insert of B's row failed for another reason than RLS: ${r.error.code} ${r.error.message}`);
        }
      });
      await asApp(null, async (c) => {
        const r = await attempt(c, insert.sql, insert.params);
        if (r.error?.code !== "42501")
          problems.push(`${table}: without a tenant, insert was not refused by RLS (${r.error?.code ?? "succeeded"})`);
      });
      // Control: as B itself the same row is not refused by row-level security (it may still clash with a unique key).
      await asApp(B.id, async (c) => {
        const r = await attempt(c, insert.sql, insert.params);
        if (r.error && r.error.code === "42501") problems.push(`${table}: control failed, B cannot insert its own row: ${r.error.message}`);
      });
      checked++;
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(tables.length);
  });

  it("lets a member read their own membership in another tenant only through membership_self, never change it", async () => {
    const bAdmin = B.users.admin;
    await asApp(
      A.id,
      async (c) => {
        const r = await c.query(`SELECT id, "tenantId" FROM "Membership" WHERE "tenantId" = $1`, [B.id]);
        // Exactly the user's own row in B, not the other members of B.
        expect(r.rows).toEqual([{ id: bAdmin.membershipId, tenantId: B.id }]);
        const upd = await attempt(c, `UPDATE "Membership" SET roles = ARRAY['admin','regie'] WHERE id = $1`, [bAdmin.membershipId]);
        expect(upd).toEqual({ error: null, rowCount: 0 });
        const del = await attempt(c, `DELETE FROM "Membership" WHERE id = $1`, [bAdmin.membershipId]);
        expect(del).toEqual({ error: null, rowCount: 0 });
      },
      bAdmin.id,
    );
  });
});

describe("no tenant context means zero rows", () => {
  it("shows no row of any tenant table when app.tenant_id is unset or empty", async () => {
    const problems: string[] = [];
    let nonEmptyForOwner = 0;
    for (const setting of [null, ""]) {
      await app.query("BEGIN");
      try {
        if (setting !== null) await app.query("SELECT set_config('app.tenant_id', $1, true)", [setting]);
        for (const table of tables) {
          const r = await app.query(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`);
          if ((r.rows[0] as { n: number }).n !== 0)
            problems.push(`${table} (${setting === null ? "unset" : "empty"}): ${(r.rows[0] as { n: number }).n} rows`);
          const o = await ownerPg.query(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`);
          if ((o.rows[0] as { n: number }).n > 0) nonEmptyForOwner++;
        }
      } finally {
        await app.query("ROLLBACK");
      }
    }
    expect(problems).toEqual([]);
    expect(nonEmptyForOwner).toBe(tables.length * 2);
  });

  it("does not fall back to all rows on a session-level setting either (set_config is transaction-local)", async () => {
    await asApp(A.id, async () => {});
    const r = await app.query(`SELECT count(*)::int AS n FROM "Person"`);
    expect((r.rows[0] as { n: number }).n).toBe(0);
  });
});

describe("the audit log is append-only", () => {
  it("refuses UPDATE, DELETE and TRUNCATE for the application role (no privilege), even on its own tenant's events", async () => {
    await asApp(A.id, async (c) => {
      const visible = await c.query(`SELECT id FROM "AuditEvent" WHERE id = $1`, [A.auditEventId.toString()]);
      expect(visible.rowCount).toBe(1);
      const ins = await attempt(c, `INSERT INTO "AuditEvent" ("tenantId", action) VALUES ($1, 'test.append')`, [A.id]);
      expect(ins.error).toBeNull();
      for (const sql of [`UPDATE "AuditEvent" SET action = 'tampered' WHERE id = $1`, `DELETE FROM "AuditEvent" WHERE id = $1`]) {
        const r = await attempt(c, sql, [A.auditEventId.toString()]);
        expect(r.error?.code, sql).toBe("42501");
        expect(r.error?.message, sql).toMatch(/permission denied/);
      }
      const tr = await attempt(c, `TRUNCATE "AuditEvent"`);
      expect(tr.error?.code).toBe("42501");
    });
  });

  it("refuses UPDATE and DELETE for the owner too (trigger)", async () => {
    await ownerPg.query("BEGIN");
    try {
      for (const sql of [`UPDATE "AuditEvent" SET action = 'tampered' WHERE id = $1`, `DELETE FROM "AuditEvent" WHERE id = $1`]) {
        const r = await attempt(ownerPg, sql, [A.auditEventId.toString()]);
        expect(r.error?.message, sql).toMatch(/append-only/);
      }
    } finally {
      await ownerPg.query("ROLLBACK");
    }
    const still = await ownerPg.query(`SELECT action FROM "AuditEvent" WHERE id = $1`, [A.auditEventId.toString()]);
    expect(still.rows).toEqual([{ action: "fixture.created" }]);
  });
});

describe("the application role", () => {
  it("is the role of DATABASE_URL, not superuser, without BYPASSRLS, and owns nothing", async () => {
    const who = await app.query<{ u: string }>("SELECT current_user AS u");
    const expected = decodeURIComponent(new URL(process.env.DATABASE_URL ?? "").username);
    expect(who.rows[0]?.u).toBe(expected);
    const role = await ownerPg.query<{ rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean; rolcreatedb: boolean }>(
      "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1",
      [expected],
    );
    expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false }]);
    // Nor may it inherit those powers through membership in another role.
    const inherited = await ownerPg.query(
      `SELECT r.rolname FROM pg_roles r WHERE pg_has_role($1, r.oid, 'MEMBER') AND r.rolname <> $1 AND (r.rolsuper OR r.rolbypassrls)`,
      [expected],
    );
    expect(inherited.rows).toEqual([]);
    const owned = await ownerPg.query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1
       UNION ALL SELECT p.proname FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE r.rolname = $1`,
      [expected],
    );
    expect(owned.rows).toEqual([]);
    // The owner (who bypasses RLS) does own the tables: the check above looks at the right catalog.
    const ownerOwns = await ownerPg.query(
      `SELECT count(*)::int AS n FROM pg_class c WHERE c.relname = 'Person' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
    );
    expect((ownerOwns.rows[0] as { n: number }).n).toBe(1);
  });

  it("cannot read the migrations table nor switch RLS off", async () => {
    await asApp(A.id, async (c) => {
      const r = await attempt(c, "SELECT * FROM schema_migrations");
      expect(r.error?.code).toBe("42501");
      const off = await attempt(c, `ALTER TABLE "Person" DISABLE ROW LEVEL SECURITY`);
      expect(off.error?.code).toBe("42501");
      // With row_security off, a query that RLS would filter raises an error instead of returning everything.
      const bypass = await attempt(c, `SET LOCAL row_security = off; SELECT count(*) FROM "Person"`);
      expect(bypass.error?.code).toBe("42501");
      expect(bypass.error?.message).toMatch(/row-level security/);
    });
  });
});

describe("composite foreign keys refuse links across tenants", () => {
  const cases: { name: string; sql: (t: TenantFixture, target: TenantFixture) => { sql: string; params: unknown[] } }[] = [
    {
      name: "Person -> Neighbourhood",
      sql: (t, target) => ({
        sql: `INSERT INTO "Person" ("tenantId", "firstName", "neighbourhoodId") VALUES ($1, 'X', $2)`,
        params: [t.id, target.neighbourhoods[0].id],
      }),
    },
    {
      name: "Person -> Organisation",
      sql: (t, target) => ({
        sql: `INSERT INTO "Person" ("tenantId", "firstName", "organisationId") VALUES ($1, 'X', $2)`,
        params: [t.id, target.organisations[0].id],
      }),
    },
    {
      name: "Consent -> Person",
      sql: (t, target) => ({
        sql: `INSERT INTO "Consent" ("tenantId", "personId", purpose, method, "givenAt") VALUES ($1, $2, 'p', 'verbal', now())`,
        params: [t.id, target.people[0].id],
      }),
    },
    {
      name: "MembershipNeighbourhood -> Neighbourhood",
      sql: (t, target) => ({
        sql: `INSERT INTO "MembershipNeighbourhood" ("tenantId", "membershipId", "neighbourhoodId") VALUES ($1, $2, $3)`,
        params: [t.id, t.users.volunteer.membershipId, target.neighbourhoods[1].id],
      }),
    },
    {
      name: "Membership -> Organisation",
      sql: (t, target) => ({
        sql: `UPDATE "Membership" SET "organisationId" = $2 WHERE id = $1`,
        params: [t.users.volunteer.membershipId, target.organisations[0].id],
      }),
    },
    {
      name: "Invitation -> Organisation",
      sql: (t, target) => ({
        sql: `UPDATE "Invitation" SET "organisationId" = $2 WHERE id = $1`,
        params: [t.invitation.id, target.organisations[0].id],
      }),
    },
  ];

  for (const c of cases) {
    it(`${c.name}: as tenant A, pointing at B's row fails; pointing at A's own row works`, async () => {
      await asApp(A.id, async (client) => {
        const foreign = c.sql(A, B);
        const bad = await attempt(client, foreign.sql, foreign.params);
        expect(bad.error?.code, bad.error?.message).toBe("23503");
        const own = c.sql(A, A);
        const good = await attempt(client, own.sql, own.params);
        expect(good.error).toBeNull();
        expect(good.rowCount).toBe(1);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------

/** One of the tenant's rows as a column -> value map (read by the owner), with its generated key left out. */
async function templateRow(table: string, tenantId: string): Promise<Record<string, unknown>> {
  const r = await ownerPg.query<{ j: Record<string, unknown> }>(
    `SELECT to_jsonb(x) AS j FROM ${quoteIdent(table)} x WHERE "tenantId" = $1 LIMIT 1`,
    [tenantId],
  );
  const row = r.rows[0]?.j;
  if (!row) throw new Error(`no row of ${table} for tenant ${tenantId}`);
  const copy = { ...row };
  // A fresh primary key where it is generated; unique names and token hashes get a fresh value too.
  delete copy.id;
  for (const k of ["name", "tokenHash"]) if (typeof copy[k] === "string") copy[k] = `${copy[k] as string}-${randomUUID()}`;
  return copy;
}

function insertStatement(table: string, row: Record<string, unknown>): { sql: string; params: unknown[] } {
  const cols = Object.keys(row);
  return {
    sql: `INSERT INTO ${quoteIdent(table)} (${cols.map(quoteIdent).join(", ")})
          SELECT ${cols.map(quoteIdent).join(", ")} FROM jsonb_populate_record(NULL::${quoteIdent(table)}, $1::jsonb)`,
    params: [JSON.stringify(row)],
  };
}
