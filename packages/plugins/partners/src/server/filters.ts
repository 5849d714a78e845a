import type { Prisma } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { type Sql, sql, sqlJoin } from "@zorgzaam/core/plugin";
import { type Clause, type PartnersCtx, seesKeyFigures, visibility } from "./access";
import { actorKind, id, relationshipStatus, sectorKey, tag } from "./schemas";
import { PARTNERS_LIMITS } from "../limits";

/**
 * The filters shared by the map, the list, the network graph and the exports: one schema, one translation to a
 * query, so every view shows the same actors for the same filter.
 */
export const actorFilters = z
  .object({
    q: z.string().trim().max(PARTNERS_LIMITS.search).optional(),
    sectors: z.array(sectorKey).max(50).optional(),
    kinds: z.array(actorKind).max(20).optional(),
    formal: z.boolean().optional(),
    statuses: z.array(relationshipStatus).max(10).optional(),
    neighbourhoodId: id.optional(),
    tags: z.array(tag).max(20).optional(),
    /** Missing / closed places: included by default, "only" shows just them, "exclude" hides them. */
    missing: z.enum(["include", "only", "exclude"]).default("include"),
    vindplaats: z.boolean().optional(),
    organisationId: id.optional(),
  })
  .default({ missing: "include" });
export type ActorFilters = z.infer<typeof actorFilters>;

/** Search text as literal characters inside LIKE: "%", "_" and "\\" lose their pattern meaning ("50%" finds "50%"). */
export function likeLiteral(q: string): string {
  return q.replace(/[\\%_]/g, "\\$&");
}

/**
 * Each filter stated once, both forms side by side: `prisma` for the models (network, exports, evaluation rounds) and
 * `sql` for the map's two hot statements (every point of a 10^4-actor tenant, and the list's page), which read
 * through Prisma's models would cost twice the raw query (row mapping, array columns). A rule returns null when the
 * value selects everything. The record is exhaustive over the schema's keys: a new filter without its rule does not
 * compile. map.int.test.ts still compares the two forms on generated filter combinations and members.
 */
type Rules = {
  [K in keyof ActorFilters]-?: (value: NonNullable<ActorFilters[K]>, ctx: Pick<PartnersCtx, "permissions">) => Clause | null;
};
const RULES: Rules = {
  q: (q, ctx) => {
    // Search text is literal in both forms ("%" and "_" escaped; backslash is PostgreSQL's LIKE escape).
    const like = `%${likeLiteral(q)}%`;
    const tag = q.toLowerCase();
    // A key figure's address is personal: searched only for members who may see it (else a street name would tell who
    // lives there).
    const sees = seesKeyFigures(ctx);
    const contains = { contains: likeLiteral(q), mode: "insensitive" as const };
    return {
      prisma: {
        OR: [
          { name: contains },
          sees ? { address: contains } : { address: contains, kind: { not: "key_figure" } },
          { city: contains },
          { tags: { has: tag } },
        ],
      },
      sql: sql`(a."name" ILIKE ${like} OR ${
        sees ? sql`a."address" ILIKE ${like}` : sql`(a."address" ILIKE ${like} AND a."kind" <> 'key_figure')`
      } OR a."city" ILIKE ${like} OR ${tag} = ANY(a."tags"))`,
    };
  },
  sectors: (v) => (v.length ? { prisma: { sectorKeys: { hasSome: v } }, sql: sql`a."sectorKeys" && ${v}::text[]` } : null),
  kinds: (v) => (v.length ? { prisma: { kind: { in: v } }, sql: sql`a."kind" = ANY(${v}::text[])` } : null),
  formal: (v) => ({ prisma: { formal: v }, sql: sql`a."formal" = ${v}` }),
  statuses: (v) => (v.length ? { prisma: { status: { in: v } }, sql: sql`a."status" = ANY(${v}::text[])` } : null),
  neighbourhoodId: (v) => ({ prisma: { neighbourhoodIds: { has: v } }, sql: sql`${v}::uuid = ANY(a."neighbourhoodIds")` }),
  tags: (v) => {
    const tags = v.map((t) => t.toLowerCase());
    return tags.length ? { prisma: { tags: { hasSome: tags } }, sql: sql`a."tags" && ${tags}::text[]` } : null;
  },
  missing: (v) =>
    v === "only"
      ? { prisma: { missing: true }, sql: sql`a."missing"` }
      : v === "exclude"
        ? { prisma: { missing: false }, sql: sql`NOT a."missing"` }
        : null,
  vindplaats: (v) => ({ prisma: { vindplaats: v }, sql: sql`a."vindplaats" = ${v}` }),
  organisationId: (v) => ({ prisma: { organisationId: v }, sql: sql`a."organisationId" = ${v}::uuid` }),
};

/** The filters' clauses within what the caller may see (the visibility rule first: never without the scope). */
export function actorClauses(ctx: Pick<PartnersCtx, "membership" | "permissions">, f: ActorFilters): Clause[] {
  const out: Clause[] = [visibility(ctx)];
  for (const key of Object.keys(RULES) as (keyof ActorFilters)[]) {
    const value = f[key];
    if (value === undefined || value === "") continue;
    const rule = RULES[key] as (value: unknown, ctx: Pick<PartnersCtx, "permissions">) => Clause | null;
    const clause = rule(value, ctx);
    if (clause) out.push(clause);
  }
  return out;
}

/** The Prisma condition for the filters, within what the caller may see. */
export function actorWhere(ctx: Pick<PartnersCtx, "membership" | "permissions">, f: ActorFilters): Prisma.PartnersActorWhereInput {
  return { AND: actorClauses(ctx, f).map((c) => c.prisma) };
}

/**
 * The same condition as a SQL fragment on the alias "a". The tenant is enforced by row-level security (ctx.tx); it is
 * written out as well so that the planner uses the (tenantId, …) indexes.
 */
export function actorSql(ctx: Pick<PartnersCtx, "membership" | "permissions" | "tenant">, f: ActorFilters): Sql {
  return sqlJoin([sql`a."tenantId" = ${ctx.tenant.id}::uuid`, ...actorClauses(ctx, f).map((c) => c.sql)], " AND ");
}
