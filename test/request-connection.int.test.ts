/**
 * ADR 0039: a request's transaction is opened by us on a pool connection (BEGIN, COMMIT or ROLLBACK straight to pg),
 * its fixed statements and hot list queries go to pg directly (ctx.rows), and Prisma's queries of the handler go to
 * the same connection through the request client. What must hold: both ways see one transaction with the same
 * row-level security settings; a failed request (a thrown error, a failing SQL statement through either way, a
 * timeout) rolls back everything and leaves the connection clean (no settings, no open transaction) or destroyed; the
 * request client refuses to run outside a request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appDb,
  createPrisma,
  openRequestTransaction,
  type PrismaClient,
  requestClientOf,
  withConnectionOptions,
} from "../packages/core/src/db/client";
import type { Rows } from "../packages/core/src/db/request-connection";
import { sql } from "../packages/core/src/db/sql";
import { env } from "../packages/core/src/env";
import { tenantProcedure } from "../packages/core/src/trpc/tenant";
import { router } from "../packages/core/src/trpc/init";
import { closeAll, createTenant, ownerDb, routerCaller, sessionFor, type TenantFixture } from "./fixtures";

let tenant: TenantFixture;
/** A pool of one connection: the next statement after a request runs on the connection that request used. */
let db: PrismaClient;

beforeAll(async () => {
  tenant = await createTenant({ tag: "request-conn" });
  db = createPrisma(env().DATABASE_URL, 1);
});

afterAll(async () => {
  await db?.$disconnect();
  await closeAll();
});

/** What the pool's one connection carries once a request is over: its settings and whether a transaction is open. */
async function connectionState() {
  const rows = await db.$queryRaw<{ pid: number; tenant: string | null; user: string | null; scope: string | null; inTx: boolean }[]>`
    SELECT pg_backend_pid() AS pid,
           nullif(current_setting('app.tenant_id', true), '') AS tenant,
           nullif(current_setting('app.user_id', true), '') AS user,
           nullif(current_setting('app.person_scope', true), '') AS scope,
           now() <> statement_timestamp() AS "inTx"`;
  return rows[0];
}

const bind = (tenantId: string) => sql`SELECT set_config('app.tenant_id', ${tenantId}, true) AS t`;
const personCount = async (lastName: string) => ownerDb().person.count({ where: { tenantId: tenant.id, lastName } });

/** Runs fn in a request transaction of db: committed when it returns, rolled back when it throws. */
async function inRequest<T>(fn: (rows: Rows, tx: PrismaClient) => Promise<T>, timeoutMs?: number): Promise<T> {
  const conn = await openRequestTransaction(db, timeoutMs);
  const tx = requestClientOf(db);
  try {
    const r = await conn.run(() => fn(conn.rows, tx));
    await conn.commit();
    return r;
  } catch (e) {
    await conn.rollback();
    throw e;
  }
}

describe("a request transaction (ADR 0039)", () => {
  it("runs Prisma's queries and ctx.rows on one connection, in one transaction, under the same settings", async () => {
    await inRequest(async (rows, tx) => {
      const conn = rows;
      await conn(bind(tenant.id));
      const [a] = await conn<{ pid: number; xid: string; t: string }>(
        sql`SELECT pg_backend_pid() AS pid, txid_current()::text AS xid, current_setting('app.tenant_id') AS t`,
      );
      const [b] = await tx.$queryRaw<{ pid: number; xid: string; t: string }[]>(
        sql`SELECT pg_backend_pid() AS pid, txid_current()::text AS xid, current_setting('app.tenant_id') AS t`,
      );
      expect(b).toEqual(a);
      expect(a?.t).toBe(tenant.id);
      // A row written through Prisma is seen by pg before the commit, and the reverse; row-level security applies to both.
      await tx.person.create({ data: { tenantId: tenant.id, firstName: "Ria", lastName: "Samen" } });
      const seen = await conn<{ n: number }>(sql`SELECT count(*)::int AS n FROM "Person" WHERE "lastName" = 'Samen'`);
      expect(seen[0]?.n).toBe(1);
      expect(await tx.person.count({ where: { lastName: "Samen" } })).toBe(1);
    });
    expect(await personCount("Samen")).toBe(1);
    expect(await connectionState()).toMatchObject({ tenant: null, user: null, scope: null, inTx: false });
  });

  it("a nested write of Prisma is a savepoint in the request's transaction, rolled back with it", async () => {
    const fail = new Error("handler failed after a nested write");
    await expect(
      inRequest(async (rows, tx) => {
        await rows(bind(tenant.id));
        const p = await tx.person.create({
          data: {
            tenantId: tenant.id,
            firstName: "Nest",
            lastName: "Genest",
            consents: { create: { tenantId: tenant.id, purpose: "contact", givenAt: new Date(), method: "verbal" } },
          },
          select: { id: true, consents: { select: { id: true } } },
        });
        expect(p.consents).toHaveLength(1);
        throw fail;
      }),
    ).rejects.toBe(fail);
    expect(await personCount("Genest")).toBe(0);
    expect(await connectionState()).toMatchObject({ tenant: null, inTx: false });
  });

  it("rolls back and leaves the connection clean after a thrown error, a failing pg statement or a failing Prisma one", async () => {
    const failures: [string, (rows: Rows, tx: PrismaClient) => Promise<unknown>][] = [
      [
        "thrown",
        async () => {
          throw new Error("boom");
        },
      ],
      ["pg statement", (rows) => rows(sql`SELECT 1 / ${0}::int AS x`)],
      ["prisma statement", (_rows, tx) => tx.$queryRaw`SELECT 1 / ${0}::int AS x`],
      [
        "statement after a failed one",
        async (rows, tx) => {
          await tx.$queryRaw`SELECT 1 / ${0}::int AS x`.catch(() => {});
          return rows(sql`SELECT 1 AS x`);
        },
      ],
    ];
    for (const [name, fail] of failures) {
      const lastName = `Fout${name.length}`;
      await expect(
        inRequest(async (rows, tx) => {
          const run = rows;
          await run(bind(tenant.id));
          await run(sql`SELECT set_config('app.person_scope', ${tenant.neighbourhoods[0].id}, true)`);
          await tx.person.create({ data: { tenantId: tenant.id, firstName: "Weg", lastName } });
          await fail(run, tx);
        }),
        name,
      ).rejects.toThrow();
      expect(await personCount(lastName), name).toBe(0);
      expect(await connectionState(), name).toMatchObject({ tenant: null, user: null, scope: null, inTx: false });
    }
  });

  it("a transaction past its timeout is rolled back, refuses further statements and its commit", async () => {
    const conn = await openRequestTransaction(db, 150);
    const tx = requestClientOf(db);
    await conn.run(async () => {
      await conn.rows(bind(tenant.id));
      await tx.person.create({ data: { tenantId: tenant.id, firstName: "Laat", lastName: "Telaat" } });
    });
    await new Promise((r) => setTimeout(r, 400));
    await expect(conn.run(() => conn.rows(sql`SELECT 1 AS x`))).rejects.toThrow(/timed out/);
    await expect(conn.run(() => tx.person.count())).rejects.toThrow(/timed out/);
    await expect(conn.commit()).rejects.toThrow(/timed out/);
    await conn.rollback();
    expect(await personCount("Telaat")).toBe(0);
    expect(await connectionState()).toMatchObject({ tenant: null, inTx: false });
  });

  it("a savepoint's end that comes after the request's transaction ended never runs on the connection (another request may hold it)", async () => {
    // A request times out inside a nested write of Prisma: its transaction is rolled back and the connection goes back
    // to the pool (of one) while the nested write still holds its savepoint.
    const first = await openRequestTransaction(db, 150);
    const late = await first.nested();
    await new Promise((r) => setTimeout(r, 400));
    expect(await connectionState()).toMatchObject({ inTx: false });
    // The next request gets the same connection, with a nested write of its own under the same savepoint name.
    const second = await openRequestTransaction(db);
    await second.rows(bind(tenant.id));
    const own = await second.nested();
    await second.rows(sql`INSERT INTO "Person" ("tenantId", "firstName", "lastName") VALUES (${tenant.id}::uuid, 'Twee', 'Tweede')`);
    // The first request's savepoint ends now: it must fail, not roll back the second request's work on its connection.
    await expect(late.rollback()).rejects.toThrow(/went back to the pool/);
    await expect(late.commit()).rejects.toThrow(/went back to the pool/);
    await own.commit();
    await second.commit();
    expect(await personCount("Tweede")).toBe(1);
    expect(await connectionState()).toMatchObject({ tenant: null, inTx: false });
  });

  it("the request client refuses to run outside a request", async () => {
    await expect(requestClientOf(db).$queryRaw`SELECT 1 AS x`).rejects.toThrow(/only inside a request/);
    const conn = await openRequestTransaction(db);
    await conn.commit();
    // After the end of its transaction, inside run, too.
    await expect(conn.run(() => requestClientOf(db).$queryRaw`SELECT 1 AS x`)).rejects.toThrow(/committed/);
  });

  it("through tenantProcedure: ctx.tx and ctx.rows share the transaction and its settings; a failure rolls both back", async () => {
    const probe = sql`SELECT txid_current()::text AS xid, current_setting('app.tenant_id') AS t, current_setting('app.user_id') AS u`;
    const r = router({
      same: tenantProcedure("core.people.view").query(async ({ ctx }) => {
        const [a] = await ctx.rows<{ xid: string; t: string; u: string }>(probe);
        const [b] = await ctx.tx.$queryRaw<{ xid: string; t: string; u: string }[]>(probe);
        return { a, b };
      }),
      failing: tenantProcedure("core.people.manage").mutation(async ({ ctx }) => {
        await ctx.tx.person.create({ data: { tenantId: ctx.tenant.id, firstName: "Half", lastName: "Halfweg" } });
        await ctx.rows(sql`SELECT 1 / ${0}::int AS x`);
      }),
    });
    const admin = tenant.users.admin;
    const caller = routerCaller(r, sessionFor(admin), tenant.slug);
    const { a, b } = await caller.same();
    expect(b).toEqual(a);
    expect(a).toMatchObject({ t: tenant.id, u: admin.id });
    await expect(caller.failing()).rejects.toThrow();
    expect(await personCount("Halfweg")).toBe(0);
  });
});

describe("the app's connections (createPrisma)", () => {
  const settingOf = async (client: PrismaClient) =>
    (await client.$queryRaw<{ s: string }[]>`SELECT current_setting('synchronize_seqscans') AS s`)[0]?.s;

  it("start sequential scans at the table's first page, on the request path and off it", async () => {
    // The pool's connections carry it from their start-up (CONNECTION_OPTIONS): a scan that stops early (a capped
    // count) no longer starts in another tenant's rows where the last scan stopped.
    expect(await settingOf(db)).toBe("off");
    expect(await inRequest((rows) => rows<{ s: string }>(sql`SELECT current_setting('synchronize_seqscans') AS s`))).toEqual([
      { s: "off" },
    ]);
    // The app's own client, and the tests' owner client, are made by createPrisma as well.
    expect(await settingOf(appDb())).toBe("off");
    expect(await settingOf(ownerDb())).toBe("off");
  });

  it("keep options that the database address already gives", () => {
    const url = withConnectionOptions("postgres://app:pw@db.example:5432/zorgzaam?options=-c%20search_path%3Dpublic&sslmode=require");
    const u = new URL(url);
    expect(u.searchParams.get("options")).toBe("-c search_path=public -c synchronize_seqscans=off");
    expect(u.searchParams.get("sslmode")).toBe("require");
    expect(u.username).toBe("app");
  });
});
