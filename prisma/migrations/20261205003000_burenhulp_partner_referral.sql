-- migrate:up
-- Module "burenhulp": a partner's referral (BH-3) arrives in the contact point's inbox as a ContactMessage (source
-- "referral"); the request keeps which message it came with, so its steps move the message on (in progress, done,
-- forwarded) and the partner sees only that status.
ALTER TABLE "BurenhulpRequest" ADD COLUMN "contactMessageId" uuid;
ALTER TABLE "BurenhulpRequest" ADD FOREIGN KEY ("tenantId", "contactMessageId")
  REFERENCES "ContactMessage"("tenantId", "id") ON DELETE SET NULL ("contactMessageId");
CREATE INDEX "BurenhulpRequest_tenantId_createdById_idx" ON "BurenhulpRequest"("tenantId", "createdById");

-- migrate:down
DROP INDEX "BurenhulpRequest_tenantId_createdById_idx";
ALTER TABLE "BurenhulpRequest" DROP COLUMN "contactMessageId";
