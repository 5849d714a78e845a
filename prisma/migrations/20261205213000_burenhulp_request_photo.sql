-- migrate:up
-- A photo with a help request sent on the public form (issue 11): a core file of the module "burenhulp", attached to the
-- request's person and kept in quarantine until staff accept it. Deleting the file empties the link.
ALTER TABLE "BurenhulpRequest" ADD COLUMN "photoFileId" uuid;
ALTER TABLE "BurenhulpRequest" ADD CONSTRAINT "BurenhulpRequest_photoFileId_fkey" FOREIGN KEY ("photoFileId")
  REFERENCES "StoredFile"("id") ON DELETE SET NULL;
CREATE INDEX "BurenhulpRequest_photoFileId_idx" ON "BurenhulpRequest"("photoFileId");

-- migrate:down
ALTER TABLE "BurenhulpRequest" DROP COLUMN "photoFileId";
