-- migrate:up
-- The project's logo on its public site (issue 11): a core file (moduleId "core", no person) the tenant's settings
-- point at. Deleting the file empties the setting; the public route /<slug>/logo serves only this file.
ALTER TABLE "Tenant" ADD COLUMN "logoFileId" uuid;
CREATE UNIQUE INDEX "Tenant_logoFileId_key" ON "Tenant"("logoFileId");
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_logoFileId_fkey" FOREIGN KEY ("logoFileId") REFERENCES "StoredFile"("id")
  ON DELETE SET NULL;

-- migrate:down
ALTER TABLE "Tenant" DROP COLUMN "logoFileId";
