-- migrate:up
-- A photo with a help request sent on the public form (issue 11): a core file of the module "burenhulp", attached to the
-- request's person and kept in quarantine until staff accept it. Deleting the file empties the link. The reference
-- carries the tenant (like every reference between tenant tables), so StoredFile gets its (tenantId, id) key.
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_tenantId_id_key" UNIQUE ("tenantId", "id");
ALTER TABLE "BurenhulpRequest" ADD COLUMN "photoFileId" uuid;
ALTER TABLE "BurenhulpRequest" ADD CONSTRAINT "BurenhulpRequest_photoFileId_fkey" FOREIGN KEY ("tenantId", "photoFileId")
  REFERENCES "StoredFile"("tenantId", "id") ON DELETE SET NULL ("photoFileId");
CREATE INDEX "BurenhulpRequest_photoFileId_idx" ON "BurenhulpRequest"("photoFileId");

-- migrate:down
ALTER TABLE "BurenhulpRequest" DROP COLUMN "photoFileId";
ALTER TABLE "StoredFile" DROP CONSTRAINT "StoredFile_tenantId_id_key";
