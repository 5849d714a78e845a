/**
 * Search under row-level security (ADR 0013): ILIKE is LEAKPROOF in this database, so the application role's search
 * plans can use the trigram indexes (with the flag removed in a rolled-back transaction they cannot: the check can
 * fail); and people.list's search matches a term case-insensitively and literally ("%" and "_" are not wildcards).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, closeAll, createTenant, ownerDb, sessionFor, type TenantFixture } from "./fixtures";

let owner: pg.Client;
let A: TenantFixture;
let B: TenantFixture;

beforeAll(async () => {
  owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
  await owner.connect();
  [A, B] = await Promise.all([createTenant({ tag: "search-a" }), createTenant({ tag: "search-b" })]);
  // Enough rows in tenant A that a selective trigram scan is cheaper than reading the tenant.
  await owner.query(`INSERT INTO "Person" ("tenantId", "firstName") SELECT $1::uuid, 'Naam ' || g FROM generate_series(1, 3000) g`, [A.id]);
  await owner.query(
    `INSERT INTO "PartnersActor" ("tenantId", "name", "kind") SELECT $1::uuid, 'Actor ' || g, 'organisation' FROM generate_series(1, 3000) g`,
    [A.id],
  );
  await owner.query(`ANALYZE "Person", "PartnersActor"`);
});

afterAll(async () => {
  await owner?.end();
  await closeAll();
});

const PEOPLE_SEARCH = `SELECT count(*) FROM "Person" p WHERE p."tenantId" = $1::uuid
  AND (p."firstName" ILIKE '%ersoo%' OR p."lastName" ILIKE '%ersoo%' OR p."email" ILIKE '%ersoo%')`;
const ACTOR_SEARCH = `SELECT count(*) FROM "PartnersActor" a WHERE a."tenantId" = $1::uuid AND a."name" ILIKE '%bakkerij%'`;

/**
 * The plan of sql as the application role under row-level security, tenant A bound, optionally with ILIKE's LEAKPROOF
 * flag removed first. Always rolled back.
 */
async function planAsApp(sql: string, withoutLeakproof = false): Promise<string> {
  await owner.query("BEGIN");
  try {
    if (withoutLeakproof) await owner.query("ALTER FUNCTION texticlike(text, text) NOT LEAKPROOF");
    // New rows wait in a GIN index's pending list, which the planner prices as read in full: rows other test files add
    // at the same time (any tenant) could tip the plan. Merged now, the price is the index's own.
    await owner.query(`SELECT gin_clean_pending_list('"Person_search_trgm_idx"'::regclass),
      gin_clean_pending_list('"PartnersActor_search_trgm_idx"'::regclass)`);
    const role = new URL(process.env.DATABASE_URL ?? "").username;
    await owner.query(`SET LOCAL ROLE ${role}`);
    await owner.query("SELECT set_config('app.tenant_id', $1, true)", [A.id]);
    // Reading a row is priced high, so that the plan that reads fewest rows wins: at this table size the planner would
    // otherwise read the tenant's few thousand rows rather than open a trigram index (it does at 10^5, see the bench).
    await owner.query("SET LOCAL enable_seqscan = off");
    await owner.query("SET LOCAL cpu_tuple_cost = 1");
    const r = await owner.query(`EXPLAIN (FORMAT JSON) ${sql}`, [A.id]);
    return JSON.stringify(r.rows[0]);
  } finally {
    await owner.query("ROLLBACK");
  }
}

describe("search under row-level security", () => {
  it("has ILIKE (texticlike) marked LEAKPROOF", async () => {
    const r = await owner.query("SELECT proleakproof FROM pg_proc WHERE oid = 'texticlike(text, text)'::regprocedure");
    expect(r.rows[0]?.proleakproof).toBe(true);
  });

  it("lets the application role's people and actor searches use their trigram indexes", async () => {
    expect(await planAsApp(PEOPLE_SEARCH)).toContain("Person_search_trgm_idx");
    expect(await planAsApp(ACTOR_SEARCH)).toContain("PartnersActor_search_trgm_idx");
  });

  it("control: without LEAKPROOF the same plans cannot use them", async () => {
    expect(await planAsApp(PEOPLE_SEARCH, true)).not.toContain("Person_search_trgm_idx");
    expect(await planAsApp(ACTOR_SEARCH, true)).not.toContain("PartnersActor_search_trgm_idx");
  });

  it("finds people by part of a name in any case, only in the caller's tenant, and takes % and _ literally", async () => {
    const caller = callerFor(sessionFor(A.users.admin), A.slug);
    const all = await caller.people.list({ search: "ERSOO", page: 1, pageSize: 25 });
    // The fixture's three persons are Persoon0..2 in each tenant; B's are not listed.
    expect(all.total).toBe(3);
    expect(all.items.map((p) => p.id).sort()).toEqual(A.people.map((p) => p.id).sort());
    const mark = await ownerDb().person.update({ where: { id: A.people[2].id }, data: { lastName: "Van_Den 100%" }, select: { id: true } });
    expect((await caller.people.list({ search: "_", page: 1, pageSize: 25 })).items.map((p) => p.id)).toEqual([mark.id]);
    expect((await caller.people.list({ search: "0%", page: 1, pageSize: 25 })).items.map((p) => p.id)).toEqual([mark.id]);
    // As a wildcard "_" would match the "r" of "Persoon": taken literally nothing matches.
    expect((await caller.people.list({ search: "e_soo", page: 1, pageSize: 25 })).total).toBe(0);
    expect(B.people).toHaveLength(3);
  });
});
