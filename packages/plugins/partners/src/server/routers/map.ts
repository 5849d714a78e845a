import { router, type Sql, sql, type Tx } from "@zorgzaam/core/plugin";
import { tenantMapConfig } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { actorScopeSql, coarsen, hidesPersonal, mayEdit, PERSON_HIDDEN_SQL, pointFor, seesKeyFigures, visibleActor } from "../access";
import { PointPacker } from "../map/codec";
import { packColumns, type PointColumns, pointsStatement } from "../map/points-query";
import { type ListSort, listInput, pointsInput } from "../map/input";
import { keyFigurePersonVisible, presentActor } from "../actors/present";
import { actorSql } from "../filters";
import { procedure } from "../procedures";
import { id } from "../schemas";

type Polygonal = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };

/** A stored boundary as GeoJSON geometry (core checked it when it was saved), or null. */
function boundaryOf(json: unknown): Polygonal | null {
  const g = json as { type?: unknown; coordinates?: unknown } | null;
  if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon") || !Array.isArray(g.coordinates)) return null;
  return g as Polygonal;
}

/** How many actors without a point the map page lists by name. */
const UNPLACED_LISTED = 50;

/** The list's orders; the id last, so that pages never overlap. */
const ORDER: Record<ListSort, Sql> = {
  name: sql`a."name" ASC, a."id" ASC`,
  updated: sql`a."updatedAt" DESC, a."id" ASC`,
  statusChanged: sql`a."statusChangedAt" DESC, a."id" ASC`,
};

interface ListQueryRow {
  id: string;
  /** The key figure's Person is out of the member's scope (PERSON_HIDDEN_SQL). */
  personHidden: boolean;
  name: string;
  kind: string;
  status: string;
  sectorKeys: string[];
  formal: boolean;
  address: string | null;
  postcode: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
  organisationId: string | null;
  visibility: string;
  missing: boolean;
  updatedAt: Date;
  organisationName: string | null;
  neighbourhoods: string[];
}

/** Names of organisations and neighbourhoods by id, for the rows of a page (one query each). */
async function names(ctx: { tx: Tx }, orgIds: string[], nbhIds: string[]) {
  const orgs = orgIds.length ? await ctx.tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } }) : [];
  const nbhs = nbhIds.length
    ? await ctx.tx.neighbourhood.findMany({ where: { id: { in: nbhIds } }, select: { id: true, name: true } })
    : [];
  return { org: new Map(orgs.map((o) => [o.id, o.name])), nbh: new Map(nbhs.map((n) => [n.id, n.name])) };
}

/**
 * The buurtkaart: the base map and its layers, the actors as points (compact, for 10^4 of them), the accessible list
 * with the same filters, and the card a point opens. Points and list read with `actorSql`, the SQL form of
 * the filters and the visibility rule (filters.ts states each rule once in both forms, and says why); points of key figures go through `pointFor`.
 */
export const mapRouter = router({
  /** The tenant's base map, its neighbourhoods with their boundaries, its sectors, and what the member may do. */
  config: procedure(P.view).query(async ({ ctx }) => {
    const map = await tenantMapConfig(ctx.tx, ctx.tenant.id);
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, boundary: true },
    });
    const sectors = await ctx.tx.partnersSector.findMany({ orderBy: [{ sortOrder: "asc" }, { key: "asc" }] });
    // The labels in use on the actors the member sees, most used first (for the tag filter).
    const tags = await ctx.tx.$queryRaw<{ tag: string }[]>(
      sql`SELECT t AS tag FROM "PartnersActor" a, unnest(a."tags") t
          WHERE ${actorScopeSql(ctx)}
          GROUP BY t ORDER BY count(*) DESC, t LIMIT 100`,
    );
    const organisations = await ctx.tx.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    return {
      map,
      neighbourhoods: neighbourhoods.map((n) => ({ id: n.id, name: n.name, boundary: boundaryOf(n.boundary) })),
      sectors: sectors.map((s) => ({ key: s.key, nl: s.labelNl, fr: s.labelFr, en: s.labelEn, color: s.color, archived: s.archived })),
      tags: tags.map((r) => r.tag),
      organisations,
      canManage: ctx.permissions.has(P.manage),
      seesKeyFigures: seesKeyFigures(ctx),
    };
  }),

  /** Every matching actor that has a point (packed, see map/codec.ts), and how many matching actors have none yet. */
  points: procedure(P.view)
    .input(pointsInput)
    .query(async ({ ctx, input }) => {
      // Straight to pg on the request's connection (ctx.rows, ADR 0039): no Prisma decoding of 10^4 names and ids.
      const [columns] = await ctx.rows<PointColumns>(pointsStatement(actorSql(ctx, input.filters)));
      const packer = new PointPacker();
      if (columns) {
        packColumns(
          columns,
          packer,
          (a) => (a.personHidden ? { lat: coarsen(a.lat), lng: coarsen(a.lng) } : pointFor(ctx, a)),
          !seesKeyFigures(ctx),
        );
      }
      const withoutPoint = columns?.withoutPoint ?? 0;
      // The first of them by name, listed under the map with "place on the map" (the list page has them all).
      const unplaced = withoutPoint
        ? await ctx.rows<{ id: string; name: string }>(
            sql`SELECT a."id"::text AS "id", a."name" FROM "PartnersActor" a
                WHERE ${actorSql(ctx, input.filters)} AND (a."lat" IS NULL OR a."lng" IS NULL)
                ORDER BY a."name" ASC, a."id" ASC LIMIT ${UNPLACED_LISTED}`,
          )
        : [];
      return { points: packer.out, withoutPoint, unplaced };
    }),

  /** The accessible list: a page of matching actors, with the total. */
  list: procedure(P.view)
    .input(listInput)
    .query(async ({ ctx, input }) => {
      const where = actorSql(ctx, input.filters);
      const rows = await ctx.rows<ListQueryRow>(
        sql`SELECT a."id"::text AS "id", a."name", a."kind", a."status", a."sectorKeys", a."formal", a."address", a."postcode",
                a."city", a."lat", a."lng", a."organisationId"::text AS "organisationId", a."visibility", a."missing",
                a."updatedAt", o."name" AS "organisationName", ${PERSON_HIDDEN_SQL} AS "personHidden",
                ARRAY(SELECT n."name" FROM "Neighbourhood" n WHERE n."id" = ANY(a."neighbourhoodIds") ORDER BY n."name") AS "neighbourhoods"
         FROM "PartnersActor" a LEFT JOIN "Organisation" o ON o."id" = a."organisationId"
         WHERE ${where} ORDER BY ${ORDER[input.sort]} LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
      );
      const [count] = await ctx.rows<{ n: number }>(sql`SELECT count(*)::int AS "n" FROM "PartnersActor" a WHERE ${where}`);
      const total = count?.n ?? 0;
      return {
        items: rows.map((r) => {
          const hide = hidesPersonal(ctx, r) || r.personHidden;
          return {
            id: r.id,
            name: r.name,
            kind: r.kind,
            status: r.status,
            sectorKeys: r.sectorKeys,
            formal: r.formal,
            address: hide ? null : r.address,
            postcode: hide ? null : r.postcode,
            /** Left out for a key figure (the member lacks the key-figure permission), whether or not there is one. */
            addressHidden: hide,
            city: r.city,
            hasPoint: r.lat !== null && r.lng !== null,
            organisationName: r.organisationName,
            visibility: r.visibility,
            neighbourhoods: r.neighbourhoods,
            missing: r.missing,
            updatedAt: r.updatedAt,
            mayEdit: mayEdit(ctx, r),
          };
        }),
        total,
        page: input.page,
        pageSize: input.pageSize,
        pages: Math.max(1, Math.ceil(total / input.pageSize)),
      };
    }),

  /** What a point's card shows. NOT_FOUND for an actor the member may not see (another organisation's, tenant's). */
  card: procedure(P.view)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const a = await visibleActor(ctx, input.id);
      const { org, nbh } = await names(ctx, a.organisationId ? [a.organisationId] : [], a.neighbourhoodIds);
      // What a member may see of the actor is decided once, in presentActor; the card takes what it shows from it.
      const p = presentActor(ctx, a, { personVisible: await keyFigurePersonVisible(ctx, a) });
      return {
        id: p.id,
        name: p.name,
        kind: p.kind,
        status: p.status,
        sectorKeys: p.sectorKeys,
        formal: p.formal,
        vindplaats: p.vindplaats,
        missing: p.missing,
        missingNote: p.missingNote,
        address: p.address,
        postcode: p.postcode,
        city: p.city,
        point: p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null,
        pointCoarsened: p.pointCoarsened,
        offersUs: p.offersUs,
        offersThem: p.offersThem,
        organisationName: a.organisationId ? (org.get(a.organisationId) ?? null) : null,
        neighbourhoods: a.neighbourhoodIds.flatMap((n) => {
          const name = nbh.get(n);
          return name ? [name] : [];
        }),
        archived: p.archivedAt !== null,
        mayEdit: p.mayEdit,
      };
    }),
});
