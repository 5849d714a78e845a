import type pg from "pg";
import { listCountLimit } from "../../packages/core/src/limits";

/** The people.list input, as the benchmark sends it. */
export interface ListInput {
  page?: number;
  pageSize?: number;
  search?: string;
  neighbourhoodId?: string;
  kind?: string;
  language?: string;
}

export interface ListResult {
  ids: string[];
  total: number;
}

/**
 * The WHERE clause people.list asks Prisma for, written by hand. `tenant` adds the tenant predicate explicitly (the
 * floor runs as the owner, to whom row-level security does not apply); without it the clause is what Prisma sends,
 * and row-level security adds the tenant.
 */
function where(input: ListInput, tenant: string | null): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (tenant) parts.push(`p."tenantId" = ${param(tenant)}::uuid`);
  if (input.neighbourhoodId) parts.push(`p."neighbourhoodId" = ${param(input.neighbourhoodId)}::uuid`);
  if (input.kind) parts.push(`p."kinds" @> ${param([input.kind])}::text[]`);
  if (input.language) parts.push(`p."languages" @> ${param([input.language])}::text[]`);
  for (const term of (input.search ?? "").split(/\s+/).filter(Boolean).slice(0, 4)) {
    const t = param(term);
    parts.push(
      `(p."firstName" ILIKE ('%' || ${t} || '%') OR p."lastName" ILIKE ('%' || ${t} || '%') OR p."email" ILIKE ('%' || ${t} || '%'))`,
    );
  }
  return { sql: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params };
}

function paging(input: ListInput): { limit: number; offset: number } {
  const pageSize = input.pageSize ?? 25;
  return { limit: pageSize, offset: ((input.page ?? 1) - 1) * pageSize };
}

/** The page, with neighbourhood and organisation names joined in (Prisma fetches those with two extra queries). */
export function pageSql(input: ListInput, tenant: string | null): { sql: string; params: unknown[] } {
  const w = where(input, tenant);
  const { limit, offset } = paging(input);
  return {
    sql: `SELECT p."id", p."firstName", p."lastName", p."kinds", p."languages", n."id" AS "nId", n."name" AS "nName", o."id" AS "oId", o."name" AS "oName"
FROM "Person" p LEFT JOIN "Neighbourhood" n ON n."id" = p."neighbourhoodId" LEFT JOIN "Organisation" o ON o."id" = p."organisationId"
${w.sql}
ORDER BY p."lastName", p."firstName", p."id" LIMIT ${limit} OFFSET ${offset}`,
    params: w.params,
  };
}

/** The count as people.list makes it: it stops one row past core's listCountLimit (the page shows "more than ..."). */
export function countSql(input: ListInput, tenant: string | null): { sql: string; params: unknown[] } {
  const w = where(input, tenant);
  const limit = listCountLimit(input.page ?? 1, input.pageSize ?? 25) + 1;
  return { sql: `SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "Person" p ${w.sql} LIMIT ${limit}) AS x`, params: w.params };
}

/** The floor: the same page and count in hand-written SQL, as the owner, on one connection. */
export async function floorList(client: pg.ClientBase, tenantId: string, input: ListInput): Promise<ListResult> {
  const page = pageSql(input, tenantId);
  const rows = await client.query<{ id: string }>(page.sql, page.params);
  const count = countSql(input, tenantId);
  const total = await client.query<{ total: number }>(count.sql, count.params);
  // As people.list answers: at most the limit (and "more than" when the count went past it).
  return {
    ids: rows.rows.map((r) => r.id),
    total: Math.min(total.rows[0]?.total ?? -1, listCountLimit(input.page ?? 1, input.pageSize ?? 25)),
  };
}
