-- migrate:up
-- Module "partners": its references to core rows become real foreign keys (they were plain uuid columns checked by the
-- procedures only): the tenant of every table, organisations and neighbourhoods tenant-scoped ("tenantId", x), users
-- (global, no tenant) by id. test/foreign-keys.int.test.ts finds every such column from the catalogue.
--
-- On delete, a module never blocks core: a tenant takes its rows with it; a deleted user leaves authorship columns
-- empty (SET NULL), and takes the acquaintances that were theirs (an acquaintance is a user's or a person's, never
-- neither); a deleted neighbourhood leaves the evaluation round covering the whole network; an organisation's import
-- forgets the organisation. A deleted organisation's shared actors stay with the partnership (no owner); its private
-- actors go with it (a trigger, below): nobody else could see them, and a private actor must have an owner (CHECK).

-- References that point nowhere (rows written before these keys existed) are cleared first, so the keys can be added.
UPDATE "PartnersActor" a SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."createdById");
UPDATE "PartnersActorChange" a SET "byUserId" = NULL WHERE "byUserId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."byUserId");
UPDATE "PartnersLink" a SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."createdById");
UPDATE "PartnersLink" a SET "removedById" = NULL WHERE "removedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."removedById");
DELETE FROM "PartnersAcquaintance" a WHERE "userId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."userId");
UPDATE "PartnersAcquaintance" a SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."createdById");
UPDATE "PartnersEvaluationRound" a SET "startedById" = NULL WHERE "startedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."startedById");
UPDATE "PartnersEvaluationRound" a SET "closedById" = NULL WHERE "closedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."closedById");
UPDATE "PartnersEvaluationRound" a SET "neighbourhoodId" = NULL WHERE "neighbourhoodId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Neighbourhood" n WHERE n."tenantId" = a."tenantId" AND n.id = a."neighbourhoodId");
UPDATE "PartnersEvaluationActor" a SET "answeredById" = NULL WHERE "answeredById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."answeredById");
UPDATE "PartnersFollowUp" a SET "ownerUserId" = NULL WHERE "ownerUserId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."ownerUserId");
UPDATE "PartnersFollowUp" a SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."createdById");
UPDATE "PartnersImport" a SET "requestedById" = NULL WHERE "requestedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."requestedById");
UPDATE "PartnersImport" a SET "organisationId" = NULL WHERE "organisationId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Organisation" o WHERE o."tenantId" = a."tenantId" AND o.id = a."organisationId");
DELETE FROM "PartnersActor" a WHERE "visibility" = 'organisation' AND NOT EXISTS (SELECT 1 FROM "Organisation" o WHERE o."tenantId" = a."tenantId" AND o.id = a."organisationId");
UPDATE "PartnersActor" a SET "organisationId" = NULL WHERE "organisationId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Organisation" o WHERE o."tenantId" = a."tenantId" AND o.id = a."organisationId");

-- The tenant.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['PartnersSector', 'PartnersActor', 'PartnersActorChange', 'PartnersLink', 'PartnersAcquaintance',
                           'PartnersEvaluationRound', 'PartnersEvaluationActor', 'PartnersFollowUp', 'PartnersImport'] LOOP
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE',
                   t, t || '_tenant_fkey');
  END LOOP;
END $$;

-- Organisations and neighbourhoods, within the tenant.
ALTER TABLE "PartnersActor" ADD CONSTRAINT "PartnersActor_organisation_fkey" FOREIGN KEY ("tenantId", "organisationId")
  REFERENCES "Organisation"("tenantId", "id") ON DELETE SET NULL ("organisationId");
ALTER TABLE "PartnersImport" ADD CONSTRAINT "PartnersImport_organisation_fkey" FOREIGN KEY ("tenantId", "organisationId")
  REFERENCES "Organisation"("tenantId", "id") ON DELETE SET NULL ("organisationId");
ALTER TABLE "PartnersEvaluationRound" ADD CONSTRAINT "PartnersEvaluationRound_neighbourhood_fkey" FOREIGN KEY ("tenantId", "neighbourhoodId")
  REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE SET NULL ("neighbourhoodId");

-- Users (global rows).
ALTER TABLE "PartnersActor" ADD CONSTRAINT "PartnersActor_createdBy_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "PartnersActorChange" ADD CONSTRAINT "PartnersActorChange_byUser_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "PartnersLink" ADD CONSTRAINT "PartnersLink_createdBy_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "PartnersLink" ADD CONSTRAINT "PartnersLink_removedBy_fkey" FOREIGN KEY ("removedById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "PartnersAcquaintance" ADD CONSTRAINT "PartnersAcquaintance_user_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE;
ALTER TABLE "PartnersAcquaintance" ADD CONSTRAINT "PartnersAcquaintance_createdBy_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "PartnersEvaluationRound" ADD CONSTRAINT "PartnersEvaluationRound_startedBy_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "PartnersEvaluationRound" ADD CONSTRAINT "PartnersEvaluationRound_closedBy_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "PartnersEvaluationActor" ADD CONSTRAINT "PartnersEvaluationActor_answeredBy_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "PartnersFollowUp" ADD CONSTRAINT "PartnersFollowUp_ownerUser_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "PartnersFollowUp" ADD CONSTRAINT "PartnersFollowUp_createdBy_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "PartnersImport" ADD CONSTRAINT "PartnersImport_requestedBy_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL;

-- A deleted organisation's private actors go with it (before the key above empties "organisationId" of its shared ones,
-- which the CHECK would refuse for a private actor). Runs as the deleting role, under row-level security: only the
-- organisation's own tenant's rows are touched.
CREATE FUNCTION partners_organisation_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "PartnersActor" WHERE "tenantId" = OLD."tenantId" AND "organisationId" = OLD."id" AND "visibility" = 'organisation';
  RETURN OLD;
END $$;
CREATE TRIGGER partners_organisation_deleted BEFORE DELETE ON "Organisation"
  FOR EACH ROW EXECUTE FUNCTION partners_organisation_deleted();

-- migrate:down
DROP TRIGGER partners_organisation_deleted ON "Organisation";
DROP FUNCTION partners_organisation_deleted();
ALTER TABLE "PartnersImport" DROP CONSTRAINT "PartnersImport_requestedBy_fkey";
ALTER TABLE "PartnersFollowUp" DROP CONSTRAINT "PartnersFollowUp_createdBy_fkey";
ALTER TABLE "PartnersFollowUp" DROP CONSTRAINT "PartnersFollowUp_ownerUser_fkey";
ALTER TABLE "PartnersEvaluationActor" DROP CONSTRAINT "PartnersEvaluationActor_answeredBy_fkey";
ALTER TABLE "PartnersEvaluationRound" DROP CONSTRAINT "PartnersEvaluationRound_closedBy_fkey";
ALTER TABLE "PartnersEvaluationRound" DROP CONSTRAINT "PartnersEvaluationRound_startedBy_fkey";
ALTER TABLE "PartnersAcquaintance" DROP CONSTRAINT "PartnersAcquaintance_createdBy_fkey";
ALTER TABLE "PartnersAcquaintance" DROP CONSTRAINT "PartnersAcquaintance_user_fkey";
ALTER TABLE "PartnersLink" DROP CONSTRAINT "PartnersLink_removedBy_fkey";
ALTER TABLE "PartnersLink" DROP CONSTRAINT "PartnersLink_createdBy_fkey";
ALTER TABLE "PartnersActorChange" DROP CONSTRAINT "PartnersActorChange_byUser_fkey";
ALTER TABLE "PartnersActor" DROP CONSTRAINT "PartnersActor_createdBy_fkey";
ALTER TABLE "PartnersEvaluationRound" DROP CONSTRAINT "PartnersEvaluationRound_neighbourhood_fkey";
ALTER TABLE "PartnersImport" DROP CONSTRAINT "PartnersImport_organisation_fkey";
ALTER TABLE "PartnersActor" DROP CONSTRAINT "PartnersActor_organisation_fkey";
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['PartnersSector', 'PartnersActor', 'PartnersActorChange', 'PartnersLink', 'PartnersAcquaintance',
                           'PartnersEvaluationRound', 'PartnersEvaluationActor', 'PartnersFollowUp', 'PartnersImport'] LOOP
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', t, t || '_tenant_fkey');
  END LOOP;
END $$;
