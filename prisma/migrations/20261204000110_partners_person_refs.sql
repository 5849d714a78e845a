-- migrate:up
-- Module "partners": its person columns become real tenant-scoped foreign keys to core's "Person" (a plain uuid let a
-- row point at a person of another tenant or at none), and carry core's neighbourhood-scope check (ADR 0011), so a
-- field worker cannot link a person she cannot see.
ALTER TABLE "PartnersActor"
  ADD CONSTRAINT "PartnersActor_person_fkey" FOREIGN KEY ("tenantId", "personId")
  REFERENCES "Person"("tenantId", "id") ON DELETE SET NULL ("personId");
ALTER TABLE "PartnersAcquaintance"
  ADD CONSTRAINT "PartnersAcquaintance_person_fkey" FOREIGN KEY ("tenantId", "personId")
  REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE;
SELECT app_attach_person_scope('PartnersActor', 'personId');
SELECT app_attach_person_scope('PartnersAcquaintance', 'personId');

-- migrate:down
DROP TRIGGER "person_scope_personId" ON "PartnersAcquaintance";
DROP TRIGGER "person_scope_personId" ON "PartnersActor";
ALTER TABLE "PartnersAcquaintance" DROP CONSTRAINT "PartnersAcquaintance_person_fkey";
ALTER TABLE "PartnersActor" DROP CONSTRAINT "PartnersActor_person_fkey";
