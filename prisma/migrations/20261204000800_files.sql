-- migrate:up

-- Core file storage (ADR 0016): the bytes are in the blob store, the row says whose they are.
CREATE TABLE "StoredFile" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "moduleId" text NOT NULL CHECK ("moduleId" ~ '^[a-z][a-z0-9-]*$'),
  "status" text NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'quarantine', 'rejected')),
  "mimeType" text NOT NULL CHECK ("mimeType" ~ '^[a-z]+/[a-z0-9.+-]+$'),
  "byteSize" integer NOT NULL CHECK ("byteSize" >= 0),
  "width" integer,
  "height" integer,
  "sha256" text NOT NULL CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  "storageKey" text NOT NULL CHECK ("storageKey" ~ '^[0-9a-f-]+/[0-9a-f-]+/[a-z]+$'),
  "thumbKey" text CHECK ("thumbKey" ~ '^[0-9a-f-]+/[0-9a-f-]+/[a-z]+$'),
  "originalName" text NOT NULL,
  "personId" uuid,
  "uploadedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "StoredFile_tenantId_personId_idx" ON "StoredFile"("tenantId", "personId");
CREATE INDEX "StoredFile_tenantId_status_idx" ON "StoredFile"("tenantId", "status");
ALTER TABLE "StoredFile" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StoredFile" FORCE ROW LEVEL SECURITY;
-- A person's file is seen only by those who see the person (the Person policy applies inside the sub-query, so a field
-- worker does not see files of persons outside her neighbourhoods).
CREATE POLICY tenant_isolation ON "StoredFile"
  USING ("tenantId" = (SELECT app_tenant_id())
         AND ("personId" IS NULL OR (SELECT app_person_scope()) IS NULL
              OR EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = "StoredFile"."personId")))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
SELECT app_attach_person_scope('StoredFile', 'personId');

-- migrate:down
DROP TABLE "StoredFile";
