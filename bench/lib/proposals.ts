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
  "parallel-safe-rls": {
    name: "parallel-safe-rls",
    description:
      "mark app_tenant_id() and app_user_id() PARALLEL SAFE (they default to UNSAFE, which forbids parallel plans for " +
      "every query a policy touches); current_setting is parallel safe and workers inherit the leader's settings",
    sql: ["ALTER FUNCTION app_tenant_id() PARALLEL SAFE", "ALTER FUNCTION app_user_id() PARALLEL SAFE"],
  },
  "initplan-policy": {
    name: "initplan-policy",
    description:
      'write the policies as "tenantId" = (SELECT app_tenant_id()): an InitPlan evaluated once per query, instead of ' +
      "current_setting() and a text-to-uuid cast for every row a scan filters",
    sql: [
      `DO $$
DECLARE p record;
BEGIN
  FOR p IN SELECT tablename, cmd FROM pg_policies WHERE schemaname = 'public' AND policyname = 'tenant_isolation' LOOP
    IF p.cmd = 'SELECT' THEN
      EXECUTE format('ALTER POLICY tenant_isolation ON %I USING ("tenantId" = (SELECT app_tenant_id()))', p.tablename);
    ELSE
      EXECUTE format('ALTER POLICY tenant_isolation ON %I USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()))', p.tablename);
    END IF;
  END LOOP;
END $$`,
      `ALTER POLICY membership_self ON "Membership" USING ("userId" = (SELECT app_user_id()))`,
    ],
  },
};
