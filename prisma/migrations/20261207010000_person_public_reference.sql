-- migrate:up
-- The short code on a resident's receipt (issue 11) when a public form created the person: she quotes it to ask for a
-- copy of her details or their erasure, and staff find the person by it. Unique per tenant; gone with the person.
ALTER TABLE "Person" ADD COLUMN "publicReference" text;
CREATE UNIQUE INDEX "Person_tenantId_publicReference_key" ON "Person" ("tenantId", "publicReference");

-- migrate:down
DROP INDEX "Person_tenantId_publicReference_key";
ALTER TABLE "Person" DROP COLUMN "publicReference";
