/**
 * Candidate schema changes the benchmark can try on its scratch databases (--proposal <name>, repeatable), so a
 * proposal comes with figures. Nothing here touches the migrations; adopting one means writing a migration.
 */
export interface Proposal {
  name: string;
  description: string;
  /** Run as the owner (a superuser for the LEAKPROOF one) on the scratch database before it is copied. */
  sql: string[];
}

export const PROPOSALS: Record<string, Proposal> = {
  trgm: {
    name: "trgm",
    description: "pg_trgm GIN index on Person firstName, lastName, email (for ILIKE '%term%')",
    sql: [
      "CREATE EXTENSION IF NOT EXISTS pg_trgm",
      `CREATE INDEX "Person_search_trgm_idx" ON "Person" USING gin ("firstName" gin_trgm_ops, "lastName" gin_trgm_ops, "email" gin_trgm_ops)`,
      `ANALYZE "Person"`,
    ],
  },
  "leakproof-ilike": {
    name: "leakproof-ilike",
    description:
      "mark texticlike (the ILIKE operator) LEAKPROOF, so row-level security lets the planner use an index for ILIKE " +
      "(superuser only; its errors depend on the pattern, never on row data)",
    sql: ["ALTER FUNCTION texticlike(text, text) LEAKPROOF"],
  },
};
