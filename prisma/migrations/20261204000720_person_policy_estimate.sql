-- migrate:up
-- The person-scope policy of ADR 0011, with the same meaning, written so that the planner estimates it right.
--
-- Written as `(SELECT app_person_scope()) IS NULL OR ...`, the planner gives `$1 IS NULL` the selectivity of an
-- unknown null test (0.5 %): it expects the policy to drop 99.5 % of a tenant's persons, so for a list it prefers
-- reading the whole tenant and sorting it over walking the (tenantId, lastName, firstName) index. Page 50 of a
-- 100,000-person tenant took 230 ms instead of 2 ms, a neighbourhood page 52 ms instead of 0.2 ms (EXPLAIN in
-- docs/performance.md). `(SELECT app_person_scope() IS NULL)` is a boolean parameter, estimated at 50 %, and the plans
-- are those of the same query without row-level security. The scope array is now an InitPlan too (computed once per
-- query, and only for a member limited to neighbourhoods), instead of current_setting() parsed for every row.
DROP POLICY tenant_isolation ON "Person";
CREATE POLICY tenant_isolation ON "Person"
  USING ("tenantId" = (SELECT app_tenant_id())
         AND ((SELECT app_person_scope() IS NULL) OR "neighbourhoodId" = ANY ((SELECT app_person_scope())::uuid[])))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id())
         AND ((SELECT app_person_scope() IS NULL) OR "neighbourhoodId" = ANY ((SELECT app_person_scope())::uuid[])));

-- migrate:down
DROP POLICY tenant_isolation ON "Person";
CREATE POLICY tenant_isolation ON "Person"
  USING ("tenantId" = (SELECT app_tenant_id())
         AND ((SELECT app_person_scope()) IS NULL OR "neighbourhoodId" = ANY (app_person_scope())))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id())
         AND ((SELECT app_person_scope()) IS NULL OR "neighbourhoodId" = ANY (app_person_scope())));
