import { Prisma } from "../generated/prisma/client";

/**
 * Raw SQL is written only as tagged fragments: `sql\`… ${value} …\`` turns every interpolated value into a bound
 * parameter (never into text), fragments nest inside fragments, and `tx.$queryRaw(fragment)` runs one. There is no
 * way here to splice a string into a statement: `$queryRawUnsafe`, `$executeRawUnsafe` and `Prisma.raw` are refused
 * by a source check (packages/core/src/db/no-unsafe-sql.test.ts).
 *
 *   const scope = sql`a."organisationId" = ${orgId}::uuid`;
 *   await tx.$queryRaw<{ id: string }[]>(sql`SELECT a."id" FROM "PartnersActor" a WHERE ${scope}`);
 */
export const sql = Prisma.sql;
/** Fragments joined with a separator (default ", "), e.g. `sqlJoin(conditions, " AND ")`. */
export const sqlJoin = Prisma.join;
/** The empty fragment (for a condition that adds nothing). */
export const sqlEmpty = Prisma.empty;
export type Sql = Prisma.Sql;
