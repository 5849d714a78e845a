-- migrate:up
-- Module "partners": imports of actors (CSV, XLSX, Open Referral HSDS). One row per uploaded file: what was detected
-- (format, encoding, delimiter, headers), the mapping the user chose, the row-level errors and duplicates found in the
-- preview with the decision per duplicate, and the progress and outcome of the import job. The uploaded bytes are
-- kept only until the import finishes (or 7 days for an import that is never started): "file" is then set to NULL and
-- "fileDroppedAt" records when. Errors hold row numbers and messages, not the rows' values.

CREATE TABLE "PartnersImport" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "fileName" text NOT NULL CHECK (length("fileName") BETWEEN 1 AND 255),
  "format" text NOT NULL CHECK ("format" IN ('csv', 'xlsx', 'hsds')),
  "fileSize" integer NOT NULL DEFAULT 0 CHECK ("fileSize" >= 0),
  "file" bytea,
  "encoding" text,
  "delimiter" text,
  "sheetName" text,
  "headers" text[] NOT NULL DEFAULT '{}',
  "totalRows" integer NOT NULL DEFAULT 0 CHECK ("totalRows" >= 0),
  "mapping" jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof("mapping") = 'object'),
  "status" text NOT NULL DEFAULT 'uploaded' CHECK ("status" IN ('uploaded', 'previewed', 'queued', 'running', 'done', 'failed')),
  "progress" integer NOT NULL DEFAULT 0 CHECK ("progress" BETWEEN 0 AND 100),
  "createdCount" integer NOT NULL DEFAULT 0,
  "updatedCount" integer NOT NULL DEFAULT 0,
  "skippedCount" integer NOT NULL DEFAULT 0,
  "errorCount" integer NOT NULL DEFAULT 0,
  "duplicateCount" integer NOT NULL DEFAULT 0,
  "errors" jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof("errors") = 'array'),
  "duplicates" jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof("duplicates") = 'array'),
  "unknownValues" jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof("unknownValues") = 'object'),
  "actorIds" uuid[] NOT NULL DEFAULT '{}',
  "message" text,
  "jobId" text,
  "organisationId" uuid,
  "requestedById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  "startedAt" timestamptz(3),
  "finishedAt" timestamptz(3),
  "fileDroppedAt" timestamptz(3),
  UNIQUE ("tenantId", "id"),
  CHECK (("status" IN ('done', 'failed')) = ("finishedAt" IS NOT NULL)),
  CHECK ("file" IS NULL OR "fileDroppedAt" IS NULL)
);
CREATE INDEX "PartnersImport_tenantId_createdAt_idx" ON "PartnersImport"("tenantId", "createdAt");

ALTER TABLE "PartnersImport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnersImport" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartnersImport" USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
DROP TABLE IF EXISTS "PartnersImport" CASCADE;
