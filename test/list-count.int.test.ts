/**
 * people.list counts exactly up to core's LIST_COUNT_LIMIT (or the end of the page asked for, when further) and says
 * "more than" beyond it, for tenant-wide members and for a field worker limited to a neighbourhood (row-level
 * security decides what is counted); a tenant below the limit gets its exact number.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIST_COUNT_LIMIT } from "@zorgzaam/core/limits";
import { callerFor, closeAll, createTenant, sessionFor, type TenantFixture } from "./fixtures";

let owner: pg.Client;
let A: TenantFixture;
let B: TenantFixture;
const IN_SCOPE = LIST_COUNT_LIMIT + 30; // in the field worker's neighbourhood
const OUT_OF_SCOPE = 40; // in the other neighbourhood

beforeAll(async () => {
  owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
  await owner.connect();
  [A, B] = await Promise.all([createTenant({ tag: "count-a" }), createTenant({ tag: "count-b" })]);
  const [inside, outside] = A.neighbourhoods;
  await owner.query(
    `INSERT INTO "Person" ("tenantId", "firstName", "neighbourhoodId") SELECT $1::uuid, 'Naam ' || g, $2::uuid FROM generate_series(1, $3::int) g`,
    [A.id, inside.id, IN_SCOPE],
  );
  await owner.query(
    `INSERT INTO "Person" ("tenantId", "firstName", "neighbourhoodId") SELECT $1::uuid, 'Rand ' || g, $2::uuid FROM generate_series(1, $3::int) g`,
    [A.id, outside.id, OUT_OF_SCOPE],
  );
});

afterAll(async () => {
  await owner?.end();
  await closeAll();
});

describe("people.list's count", () => {
  it("stops at the limit and says there are more, also for a field worker limited to a neighbourhood", async () => {
    const admin = callerFor(sessionFor(A.users.admin), A.slug);
    const first = await admin.people.list({ page: 1, pageSize: 25 });
    expect(first).toMatchObject({ total: LIST_COUNT_LIMIT, moreThanTotal: true });
    expect(first.items).toHaveLength(25);

    const worker = callerFor(sessionFor(A.users.field_worker), A.slug);
    const scoped = await worker.people.list({ page: 1, pageSize: 25 });
    expect(scoped).toMatchObject({ total: LIST_COUNT_LIMIT, moreThanTotal: true });
  });

  it("counts to the end of a page past the limit, and exactly once the end of the list is within reach", async () => {
    const admin = callerFor(sessionFor(A.users.admin), A.slug);
    // Page 41 of 25 ends at 1,025: still fewer than all of the tenant's people.
    const past = await admin.people.list({ page: 41, pageSize: 25 });
    expect(past).toMatchObject({ total: 41 * 25, moreThanTotal: true });
    expect(past.items).toHaveLength(25);
    // Page 11 of 100 ends at 1,100: past the end, so the count is exact.
    const all = IN_SCOPE + OUT_OF_SCOPE + A.people.length;
    const last = await admin.people.list({ page: 11, pageSize: 100 });
    expect(last).toMatchObject({ total: all, moreThanTotal: false });
    expect(last.items).toHaveLength(all - 1_000);
    // The field worker's own last page: her neighbourhood only, exact.
    const worker = callerFor(sessionFor(A.users.field_worker), A.slug);
    const mine = await worker.people.list({ page: 6, pageSize: 200 });
    const inScope = IN_SCOPE + A.people.filter((p) => p.neighbourhoodId === A.neighbourhoods[0].id).length;
    expect(mine).toMatchObject({ total: inScope, moreThanTotal: false });
  });

  it("gives a small tenant its exact number", async () => {
    const r = await callerFor(sessionFor(B.users.admin), B.slug).people.list({ page: 1, pageSize: 25 });
    expect(r).toMatchObject({ total: B.people.length, moreThanTotal: false });
    expect(r.total).toBeGreaterThan(0);
  });
});
