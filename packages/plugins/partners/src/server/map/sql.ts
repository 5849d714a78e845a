import { ACTOR_SCOPE_SQL, type PartnersCtx, seesKeyFigures } from "../access";
import { type ActorFilters, likeLiteral } from "../filters";

/**
 * `actorWhere` (filters.ts) written out in SQL, for the map's two hot queries (every point of a 10^4-actor tenant, and
 * the list's page): read through Prisma's models they cost twice the raw query (row mapping, array columns), which the
 * budget does not allow. Same filter schema, same meaning, clause for clause: map.int.test.ts compares the two on
 * generated filter combinations, so they cannot drift apart unnoticed. The table's alias is "a".
 *
 * Parameters: $1 is the member's organisation (as ACTOR_SCOPE_SQL wants it), $2 the tenant; the rest follow. The tenant
 * is also enforced by row-level security (ctx.tx); writing it out lets the planner use the (tenantId, …) indexes.
 */
export function actorSql(
  ctx: Pick<PartnersCtx, "membership" | "tenant" | "permissions">,
  f: ActorFilters,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [ctx.membership.organisationId, ctx.tenant.id];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const and = [`a."tenantId" = $2::uuid`, `a."archivedAt" IS NULL`, ACTOR_SCOPE_SQL];
  if (f.q) {
    // The search text is literal, as in actorWhere ("%" and "_" escaped; backslash is PostgreSQL's LIKE escape).
    const like = p(`%${likeLiteral(f.q)}%`);
    // A key figure's address is personal: it is searched only for members who may see it (else a street name would tell
    // who lives there).
    const address = seesKeyFigures(ctx) ? `a."address" ILIKE ${like}` : `(a."address" ILIKE ${like} AND a."kind" <> 'key_figure')`;
    and.push(`(a."name" ILIKE ${like} OR ${address} OR a."city" ILIKE ${like} OR ${p(f.q.toLowerCase())} = ANY(a."tags"))`);
  }
  if (f.sectors?.length) and.push(`a."sectorKeys" && ${p(f.sectors)}::text[]`);
  if (f.kinds?.length) and.push(`a."kind" = ANY(${p(f.kinds)}::text[])`);
  if (f.formal !== undefined) and.push(`a."formal" = ${p(f.formal)}`);
  if (f.statuses?.length) and.push(`a."status" = ANY(${p(f.statuses)}::text[])`);
  if (f.neighbourhoodId) and.push(`${p(f.neighbourhoodId)}::uuid = ANY(a."neighbourhoodIds")`);
  if (f.tags?.length) and.push(`a."tags" && ${p(f.tags.map((t) => t.toLowerCase()))}::text[]`);
  if (f.missing === "only") and.push(`a."missing"`);
  if (f.missing === "exclude") and.push(`NOT a."missing"`);
  if (f.vindplaats !== undefined) and.push(`a."vindplaats" = ${p(f.vindplaats)}`);
  if (f.organisationId) and.push(`a."organisationId" = ${p(f.organisationId)}::uuid`);
  return { sql: and.join(" AND "), params };
}
