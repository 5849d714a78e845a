-- migrate:up
-- Bevragingen: (1) a survey's content can also be written in Arabic (a survey language, not an interface language: the
-- platform's screens stay in nl, fr and en). Arabic content is shown right to left.
ALTER TABLE "BevragingenSurvey" DROP CONSTRAINT "BevragingenSurvey_languages_check";
ALTER TABLE "BevragingenSurvey" ADD CONSTRAINT "BevragingenSurvey_languages_check"
  CHECK ("languages" <@ ARRAY['nl', 'fr', 'en', 'ar']::text[] AND cardinality("languages") > 0);

-- (2) Refused answers: a member who works in given neighbourhoods (a field worker: core's person scope is set) sees only
-- the refused answers she entered herself, as with her own answers (KoboToolbox's rule); tenant-wide members (the
-- regie) see them all, to re-enter or discard them. Linked to a person: only by those who see her.
DROP POLICY tenant_isolation ON "BevragingenRejected";
CREATE POLICY tenant_isolation ON "BevragingenRejected"
  USING ("tenantId" = (SELECT app_tenant_id()) AND
         ((SELECT app_person_scope()) IS NULL OR "enteredById" = (SELECT app_user_id())) AND
         ("personId" IS NULL OR EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = "BevragingenRejected"."personId")))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
ALTER TABLE "BevragingenSurvey" DROP CONSTRAINT "BevragingenSurvey_languages_check";
ALTER TABLE "BevragingenSurvey" ADD CONSTRAINT "BevragingenSurvey_languages_check"
  CHECK ("languages" <@ ARRAY['nl', 'fr', 'en']::text[] AND cardinality("languages") > 0);
DROP POLICY tenant_isolation ON "BevragingenRejected";
CREATE POLICY tenant_isolation ON "BevragingenRejected"
  USING ("tenantId" = (SELECT app_tenant_id()) AND
         ("personId" IS NULL OR EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = "BevragingenRejected"."personId")))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
