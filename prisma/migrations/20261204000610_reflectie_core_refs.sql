-- migrate:up
-- Module "reflectie": its references to core rows become real foreign keys (they were plain uuid columns checked by
-- the procedures only): the tenant of every table, neighbourhoods tenant-scoped ("tenantId", "neighbourhoodId"), users
-- (global, no tenant) by id. test/foreign-keys.int.test.ts finds every such column from the catalogue.
--
-- On delete, a module never blocks core: a tenant takes its rows with it; a deleted neighbourhood leaves rhythms and
-- sessions without one (as when none was chosen); a deleted user leaves authorship and action owners empty, stays in
-- a session as a named participant without an account (as a guest), and takes their pending reminders with them.

-- References that point nowhere (rows written before these keys existed) are cleared first, so the keys can be added.
UPDATE "ReflectieRhythm" r SET "neighbourhoodId" = NULL WHERE "neighbourhoodId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Neighbourhood" n WHERE n."tenantId" = r."tenantId" AND n.id = r."neighbourhoodId");
UPDATE "ReflectieSession" r SET "neighbourhoodId" = NULL WHERE "neighbourhoodId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Neighbourhood" n WHERE n."tenantId" = r."tenantId" AND n.id = r."neighbourhoodId");
UPDATE "ReflectieRhythm" r SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."createdById");
UPDATE "ReflectieSession" r SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."createdById");
UPDATE "ReflectieSession" r SET "closedById" = NULL WHERE "closedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."closedById");
UPDATE "ReflectieParticipant" r SET "userId" = NULL WHERE "userId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."userId");
UPDATE "ReflectieItem" r SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."createdById");
UPDATE "ReflectieAction" r SET "ownerUserId" = NULL WHERE "ownerUserId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."ownerUserId");
UPDATE "ReflectieAction" r SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."createdById");
DELETE FROM "ReflectieNotice" r WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."userId");
UPDATE "ReflectieReport" r SET "requestedById" = NULL WHERE "requestedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."requestedById");

-- The tenant.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ReflectieLibrary', 'ReflectieTheme', 'ReflectieQuestion', 'ReflectieRhythm', 'ReflectieSession',
                           'ReflectieSessionTheme', 'ReflectieParticipant', 'ReflectieItem', 'ReflectieAction',
                           'ReflectieNotice', 'ReflectieReport'] LOOP
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE',
                   t, t || '_tenant_fkey');
  END LOOP;
END $$;

-- Neighbourhoods, within the tenant.
ALTER TABLE "ReflectieRhythm" ADD CONSTRAINT "ReflectieRhythm_neighbourhood_fkey" FOREIGN KEY ("tenantId", "neighbourhoodId")
  REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE SET NULL ("neighbourhoodId");
ALTER TABLE "ReflectieSession" ADD CONSTRAINT "ReflectieSession_neighbourhood_fkey" FOREIGN KEY ("tenantId", "neighbourhoodId")
  REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE SET NULL ("neighbourhoodId");

-- Users (global rows).
ALTER TABLE "ReflectieRhythm" ADD CONSTRAINT "ReflectieRhythm_createdBy_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "ReflectieSession" ADD CONSTRAINT "ReflectieSession_createdBy_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "ReflectieSession" ADD CONSTRAINT "ReflectieSession_closedBy_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "ReflectieParticipant" ADD CONSTRAINT "ReflectieParticipant_user_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "ReflectieItem" ADD CONSTRAINT "ReflectieItem_createdBy_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "ReflectieAction" ADD CONSTRAINT "ReflectieAction_ownerUser_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "ReflectieAction" ADD CONSTRAINT "ReflectieAction_createdBy_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "ReflectieNotice" ADD CONSTRAINT "ReflectieNotice_user_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE;
ALTER TABLE "ReflectieReport" ADD CONSTRAINT "ReflectieReport_requestedBy_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL;

-- migrate:down
ALTER TABLE "ReflectieReport" DROP CONSTRAINT "ReflectieReport_requestedBy_fkey";
ALTER TABLE "ReflectieNotice" DROP CONSTRAINT "ReflectieNotice_user_fkey";
ALTER TABLE "ReflectieAction" DROP CONSTRAINT "ReflectieAction_createdBy_fkey";
ALTER TABLE "ReflectieAction" DROP CONSTRAINT "ReflectieAction_ownerUser_fkey";
ALTER TABLE "ReflectieItem" DROP CONSTRAINT "ReflectieItem_createdBy_fkey";
ALTER TABLE "ReflectieParticipant" DROP CONSTRAINT "ReflectieParticipant_user_fkey";
ALTER TABLE "ReflectieSession" DROP CONSTRAINT "ReflectieSession_closedBy_fkey";
ALTER TABLE "ReflectieSession" DROP CONSTRAINT "ReflectieSession_createdBy_fkey";
ALTER TABLE "ReflectieRhythm" DROP CONSTRAINT "ReflectieRhythm_createdBy_fkey";
ALTER TABLE "ReflectieSession" DROP CONSTRAINT "ReflectieSession_neighbourhood_fkey";
ALTER TABLE "ReflectieRhythm" DROP CONSTRAINT "ReflectieRhythm_neighbourhood_fkey";
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ReflectieLibrary', 'ReflectieTheme', 'ReflectieQuestion', 'ReflectieRhythm', 'ReflectieSession',
                           'ReflectieSessionTheme', 'ReflectieParticipant', 'ReflectieItem', 'ReflectieAction',
                           'ReflectieNotice', 'ReflectieReport'] LOOP
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', t, t || '_tenant_fkey');
  END LOOP;
END $$;
