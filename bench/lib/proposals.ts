/**
 * Candidate schema changes the benchmark can try on its scratch databases (--proposal <name>, repeatable), so a
 * proposal comes with figures. Nothing here touches the migrations; adopting one means writing a migration.
 *
 * Adopted (now migrations, so no longer proposals): "trgm" and "leakproof-ilike" (20261204000700_search_trgm.sql,
 * ADR 0013); "initplan-policy" was already how every policy is written.
 */
export interface Proposal {
  name: string;
  description: string;
  /** Run as the owner on the scratch database before it is copied. */
  sql: string[];
}

export const PROPOSALS: Record<string, Proposal> = {
  "parallel-safe-rls": {
    name: "parallel-safe-rls",
    description:
      "mark app_tenant_id() and app_user_id() PARALLEL SAFE (they default to UNSAFE, which forbids parallel plans for " +
      "every query a policy touches); current_setting is parallel safe and workers inherit the leader's settings",
    sql: ["ALTER FUNCTION app_tenant_id() PARALLEL SAFE", "ALTER FUNCTION app_user_id() PARALLEL SAFE"],
  },
};
