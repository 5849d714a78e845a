import { type Sql, sql } from "@zorgzaam/core/plugin";
import { PERSON_HIDDEN_SQL } from "../access";
import type { PointPacker } from "./codec";

/**
 * The map's points in one statement that builds the columns in the database: one comma-separated text per field
 * (ids, numbers, stored values and sector keys never contain a comma; names can, so they come as one JSON array), and the number of matching actors without a
 * point. 10^4 rows as 10^4 result rows cost the procedure twice the raw query (each value is mapped on its way through
 * the driver and Prisma); seven strings cost about what the query itself costs. Every aggregate reads the same rows in
 * the same order, so position i is the same actor in every column.
 */
const HAS_POINT = sql`a."lat" IS NOT NULL AND a."lng" IS NOT NULL`;

export function pointsStatement(where: Sql): Sql {
  const agg = (expr: Sql) => sql`string_agg(${expr}, ',') FILTER (WHERE ${HAS_POINT})`;
  return sql`SELECT count(*) FILTER (WHERE NOT (${HAS_POINT}))::int AS "withoutPoint",
    ${agg(sql`a."id"::text`)} AS "id", ${agg(sql`a."lat"::text`)} AS "lat", ${agg(sql`a."lng"::text`)} AS "lng",
    ${agg(sql`a."status"`)} AS "status", ${agg(sql`a."kind"`)} AS "kind",
    ${agg(sql`coalesce(a."sectorKeys"[1], '')`)} AS "sector", ${agg(sql`a."missing"::int::text`)} AS "missing",
    ${agg(sql`${PERSON_HIDDEN_SQL}::int::text`)} AS "personHidden",
    json_agg(a."name") FILTER (WHERE ${HAS_POINT}) AS "name"
    FROM "PartnersActor" a WHERE ${where}`;
}

export interface PointColumns {
  withoutPoint: number;
  id: string | null;
  lat: string | null;
  lng: string | null;
  status: string | null;
  kind: string | null;
  sector: string | null;
  missing: string | null;
  /** "1" where the key figure's Person is out of the member's scope (PERSON_HIDDEN_SQL). */
  personHidden?: string | null;
  /** The names, as a JSON array (a name may contain a comma). */
  name?: string[] | null;
}

/**
 * Reads the columns into the packer. `place` gives each actor's point as it may leave the server (pointFor: key
 * figures coarsened for members without the key-figure permission); `keyFiguresCoarsened` says whether it did. The
 * loop allocates nothing per actor beyond what `place` returns: it runs 10^4 times per request.
 */
export function packColumns(
  c: PointColumns,
  packer: PointPacker,
  place: (a: { kind: string; lat: number; lng: number; personHidden: boolean }) => { lat: number; lng: number } | null,
  keyFiguresCoarsened: boolean,
): number {
  const split = (s: string | null) => (s ? s.split(",") : []);
  const id = split(c.id);
  const lat = split(c.lat);
  const lng = split(c.lng);
  const status = split(c.status);
  const kind = split(c.kind);
  const sector = split(c.sector);
  const missing = split(c.missing);
  const personHidden = split(c.personHidden ?? null);
  const name = c.name ?? [];
  let n = 0;
  for (let i = 0; i < id.length; i++) {
    const k = kind[i] as string;
    const hidden = personHidden[i] === "1";
    const p = place({ kind: k, lat: Number(lat[i]), lng: Number(lng[i]), personHidden: hidden });
    if (!p) continue;
    const coarsened = (keyFiguresCoarsened && k === "key_figure") || hidden;
    packer.add(id[i] as string, p.lat, p.lng, status[i] as string, k, sector[i] || null, missing[i] === "1", coarsened, name[i] ?? "");
    n++;
  }
  return n;
}
