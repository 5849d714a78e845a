/**
 * The database as tests see it: the owner client for fixtures and snapshots (it bypasses row-level security, so a
 * fixture cannot hide a bug in the code under test), the tenant tables found in the catalogue, and snapshots of one
 * tenant's rows. Every name is random, so test files can run in parallel in one database.
 */
import { randomBytes } from "node:crypto";
import { closeAppDb, createPrisma, type PrismaClient } from "../db/client";
import { closeQueues } from "../jobs/index";

let owner: PrismaClient | undefined;

/** The owner (superuser) client: bypasses row-level security. For fixtures, snapshots and setup only. */
export function ownerDb(): PrismaClient {
  const url = process.env.DATABASE_OWNER_URL;
  if (!url) throw new Error("DATABASE_OWNER_URL is not set: run integration tests through vitest (test/setup-env.ts)");
  owner ??= createPrisma(url, 4);
  return owner;
}

/** Closes every client the kit or the code under test opened in this process, so vitest can exit. */
export async function closeAll(): Promise<void> {
  const o = owner;
  owner = undefined;
  await Promise.all([o?.$disconnect(), closeAppDb(), closeQueues()]);
}

/** A unique name: the prefix, the time and random hex ("t-m1abc-1f2e3d4c"). */
export function uniq(prefix = "t"): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}

/** Every table in the public schema with a "tenantId" column, from information_schema (new tables are included). */
export async function tenantTables(): Promise<string[]> {
  const rows = await ownerDb().$queryRaw<{ table_name: string }[]>`
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND c.column_name = 'tenantId' AND t.table_type = 'BASE TABLE'
    ORDER BY c.table_name`;
  return rows.map((r) => r.table_name);
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Every row of a tenant, per table (as JSON text, sorted), plus the tenant row itself. Two snapshots are equal when
 * nothing of the tenant changed.
 */
export async function snapshotTenant(tenantId: string): Promise<Record<string, string[]>> {
  const db = ownerDb();
  const out: Record<string, string[]> = {};
  const tenantRow = await db.$queryRawUnsafe<{ j: string }[]>(
    `SELECT row_to_json(t)::text AS j FROM "Tenant" t WHERE id = $1::uuid`,
    tenantId,
  );
  out.Tenant = tenantRow.map((r) => r.j);
  for (const table of await tenantTables()) {
    const rows = await db.$queryRawUnsafe<{ j: string }[]>(
      `SELECT row_to_json(x)::text AS j FROM ${quoteIdent(table)} x WHERE "tenantId" = $1::uuid`,
      tenantId,
    );
    out[table] = rows.map((r) => r.j).sort();
  }
  return out;
}
