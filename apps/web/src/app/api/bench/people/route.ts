import { createPrisma, env, sql } from "@zorgzaam/core";
import { listCountLimit } from "@zorgzaam/core/limits";

/**
 * For bench/http-load.ts only: the floor of people.list over HTTP. The same two statements as the floor of
 * bench/people-list.ts (the first page with the neighbourhood and organisation names joined in, and the count, tenant
 * written out), as the owner role, without sign-in, tRPC, the tenant transaction or row-level security: what a bare
 * route handler of this server costs. It exists only while the server runs with BENCH_ROUTES=1 (bench/http-load.ts
 * starts it so); otherwise it answers 404 like any unknown path. Never set BENCH_ROUTES on a server with real data.
 */
export const dynamic = "force-dynamic";

const g = globalThis as unknown as { __zorgzaamBenchDb?: ReturnType<typeof createPrisma> };

export async function GET(req: Request): Promise<Response> {
  if (process.env.BENCH_ROUTES !== "1") return new Response("Not Found", { status: 404 });
  const tenantId = new URL(req.url).searchParams.get("tenantId") ?? "";
  if (!/^[0-9a-f-]{36}$/.test(tenantId)) return new Response("tenantId", { status: 400 });
  // The application's pool size (createPrisma's default), on the owner's connection.
  g.__zorgzaamBenchDb ??= createPrisma(env().DATABASE_OWNER_URL);
  const db = g.__zorgzaamBenchDb;
  const items = await db.$queryRaw<unknown[]>(sql`
    SELECT p."id", p."firstName", p."lastName", p."kinds", p."languages", n."id" AS "nId", n."name" AS "nName", o."id" AS "oId", o."name" AS "oName"
    FROM "Person" p LEFT JOIN "Neighbourhood" n ON n."id" = p."neighbourhoodId" LEFT JOIN "Organisation" o ON o."id" = p."organisationId"
    WHERE p."tenantId" = ${tenantId}::uuid
    ORDER BY p."lastName", p."firstName", p."id" LIMIT 25 OFFSET 0`);
  const total = await db.$queryRaw<{ total: number }[]>(
    sql`SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "Person" p WHERE p."tenantId" = ${tenantId}::uuid LIMIT ${listCountLimit(1, 25) + 1}) AS x`,
  );
  return Response.json({ items, total: total[0]?.total ?? 0 }, { headers: { "cache-control": "no-store" } });
}
