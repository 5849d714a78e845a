import { sql, type Tx } from "@zorgzaam/core/plugin";
import { LOAD_STATUSES } from "../domain";
import type { HelperFacts, MatchOffer, MatchRequest } from "../matching";
import { monthStart } from "./access";

/** An offer that passed the hard filters in the database, with its helper's facts (load, own limit, help for the asker). */
export interface OfferWithFacts extends MatchOffer {
  weekdays: number[];
  languages: string[];
  thisMonth: number;
  maxPerMonth: number | null;
  doneWithAsker: number;
}

/** A calendar date as bound text (stored dates are UTC midnights; no time zone may shift them). */
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The module's street comparison (matching.ts normStreet: trimmed, lower case, runs of blanks as one), in SQL. */
const norm = (col: ReturnType<typeof sql>) => sql`lower(regexp_replace(btrim(coalesce(${col}, '')), '\\s+', ' ', 'g'))`;

/**
 * The hard filters between a request `r` and an offer `o` (aliases fixed) that need no facts: not the asker herself,
 * near enough (both points within the radius, haversine; else the same street, else the same neighbourhood),
 * overlapping dates and a shared weekday, a shared language when the request names any. matching.ts `passes` in SQL.
 */
export function hardFilters(radiusM: number) {
  return sql`
  (r."personId" IS NULL OR o."personId" <> r."personId")
    AND CASE
      WHEN r."lat" IS NOT NULL AND r."lng" IS NOT NULL AND o."lat" IS NOT NULL AND o."lng" IS NOT NULL THEN
        2 * 6371000 * asin(least(1, sqrt(sin(radians(o."lat" - r."lat") / 2) ^ 2
          + cos(radians(r."lat")) * cos(radians(o."lat")) * sin(radians(o."lng" - r."lng") / 2) ^ 2))) <= ${radiusM}::float8
      ELSE (r."neighbourhoodId" IS NOT NULL AND r."neighbourhoodId" = o."neighbourhoodId")
        OR (${norm(sql`r."street"`)} <> '' AND ${norm(sql`r."street"`)} = ${norm(sql`o."street"`)}
            AND (r."neighbourhoodId" IS NULL OR o."neighbourhoodId" IS NULL))
    END
    AND coalesce(r."startsOn", '-infinity'::date) <= coalesce(o."endsOn", 'infinity'::date)
    AND coalesce(o."startsOn", '-infinity'::date)
        <= coalesce(CASE WHEN r."whenKind" = 'once' THEN r."startsOn" ELSE r."endsOn" END, 'infinity'::date)
    AND (CASE WHEN r."whenKind" = 'once' AND r."startsOn" IS NOT NULL THEN ARRAY[extract(isodow FROM r."startsOn")::int]
              WHEN cardinality(r."weekdays") > 0 THEN r."weekdays" ELSE '{1,2,3,4,5,6,7}'::int[] END)
        && (CASE WHEN cardinality(o."weekdays") > 0 THEN o."weekdays" ELSE '{1,2,3,4,5,6,7}'::int[] END)
    AND (cardinality(r."languages") = 0
         OR EXISTS (SELECT 1 FROM unnest(r."languages") a JOIN unnest(o."languages") b ON lower(a) = lower(b)))`;
}

/**
 * The hard filters of matching.ts `passes` in ONE statement, in the caller's transaction (so under row-level security
 * and the neighbourhood scope like every other read): the same kind, active, not yet matched to this request, not the
 * asker herself, near enough (both points within the radius, haversine; else the same street, else the same
 * neighbourhood), overlapping dates and a shared weekday, a shared language when the request names any, and the helper
 * under her own monthly limit, and none where the request's neighbourhood only facilitates (counted over all her matches, also those the caller cannot see: the database function
 * burenhulp_helper_load). Returns only the offers that pass, each with its helper's facts, for scoring in
 * TypeScript (`proposeCandidates`, which checks the filters again: a candidate never violates one).
 * Shaped like the floor of bench/burenhulp-match.ts (keep the two in step); the request's own fields come as bound
 * values (the caller read the request already), so the statement reads only offers, matches and limits.
 */
export async function offersPassingHardFilters(
  tx: Tx,
  args: { tenantId: string; request: MatchRequest & { id: string }; radiusM: number; defaultMaxPerMonth: number; now?: Date },
): Promise<{ offers: OfferWithFacts[]; facts: (personId: string) => HelperFacts }> {
  const { tenantId, request: q, radiusM, defaultMaxPerMonth } = args;
  const since = monthStart(args.now);
  const rows = await tx.$queryRaw<OfferWithFacts[]>(sql`
WITH r AS (SELECT ${q.id}::uuid AS "id", ${q.personId}::uuid AS "personId", ${q.kindId}::uuid AS "kindId",
                  ${q.whenKind}::text AS "whenKind", ${day(q.startsOn)}::date AS "startsOn", ${day(q.endsOn)}::date AS "endsOn",
                  ${[...q.weekdays]}::int[] AS "weekdays", ${q.neighbourhoodId}::uuid AS "neighbourhoodId", ${q.street}::text AS "street",
                  ${q.lat}::float8 AS "lat", ${q.lng}::float8 AS "lng", ${[...q.languages]}::text[] AS "languages"),
cand AS (
  SELECT o."id", o."personId", o."kindId", o."weekdays", o."startsOn", o."endsOn", o."neighbourhoodId", o."street",
         o."lat", o."lng", o."languages"
  FROM "BurenhulpOffer" o, r
  WHERE o."tenantId" = ${tenantId}::uuid AND o."kindId" = r."kindId" AND o."status" = 'active'
    AND NOT EXISTS (SELECT 1 FROM "BurenhulpMatch" m
                    WHERE m."tenantId" = ${tenantId}::uuid AND m."requestId" = r."id" AND m."offerId" = o."id")
    -- Nobody where the request's neighbourhood only facilitates (BH-10; evaluated once, r is one row).
    AND NOT EXISTS (SELECT 1 FROM "BurenhulpArea" a
                    WHERE a."tenantId" = ${tenantId}::uuid AND a."neighbourhoodId" = r."neighbourhoodId" AND a."mode" = 'facilitation')
    AND ${hardFilters(radiusM)}
),
facts AS (
  SELECT o."personId",
         ${
           q.personId
             ? sql`count(*) FILTER (WHERE m."status" = 'done' AND m."requestId" IN (
                 SELECT "id" FROM "BurenhulpRequest" WHERE "tenantId" = ${tenantId}::uuid AND "personId" = ${q.personId}::uuid))`
             : sql`0`
         } AS "doneWithAsker"
  FROM "BurenhulpMatch" m JOIN "BurenhulpOffer" o ON o."id" = m."offerId" AND o."tenantId" = ${tenantId}::uuid
  WHERE m."tenantId" = ${tenantId}::uuid AND o."personId" IN (SELECT "personId" FROM cand)
    AND m."status" = ANY(${[...LOAD_STATUSES]}::text[])
  GROUP BY 1
)
SELECT cand.*, coalesce(l."thisMonth", 0)::int AS "thisMonth", h."maxPerMonth",
       coalesce(f."doneWithAsker", 0)::int AS "doneWithAsker"
FROM cand LEFT JOIN facts f ON f."personId" = cand."personId"
  LEFT JOIN burenhulp_helper_load(ARRAY(SELECT DISTINCT "personId" FROM cand), ${since}::timestamptz,
                                  ${[...LOAD_STATUSES]}::text[]) l ON l."personId" = cand."personId"
  LEFT JOIN "BurenhulpHelper" h ON h."tenantId" = ${tenantId}::uuid AND h."personId" = cand."personId"
WHERE coalesce(l."thisMonth", 0) < coalesce(h."maxPerMonth", ${defaultMaxPerMonth}::int)`);
  const byPerson = new Map(rows.map((o) => [o.personId, o]));
  return {
    offers: rows,
    facts: (personId) => {
      const o = byPerson.get(personId);
      return { thisMonth: o?.thisMonth ?? 0, maxPerMonth: o?.maxPerMonth ?? undefined, doneWithAsker: o?.doneWithAsker ?? 0 };
    },
  };
}
