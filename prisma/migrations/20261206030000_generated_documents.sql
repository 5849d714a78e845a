-- migrate:up
-- Core: documents a module's job makes (ADR 0033). One table for every module's PDFs (Reflectie's session report,
-- Burenhulp's printables, Buurtanalyse's report): a row pending/done/failed with progress, the bytes when done,
-- deleted by core's housekeeping after a few days (a cache: the module can make it again).
CREATE TABLE "GeneratedDocument" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "module" text NOT NULL CHECK ("module" ~ '^[a-z][a-z0-9-]*$'),
  "kind" text NOT NULL CHECK ("kind" ~ '^[a-z][a-zA-Z0-9-]*$'),
  "params" jsonb NOT NULL DEFAULT '{}',
  "locale" text NOT NULL DEFAULT 'nl' CHECK ("locale" IN ('nl', 'fr', 'en')),
  "status" text NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'done', 'failed')),
  "progress" integer NOT NULL DEFAULT 0 CHECK ("progress" BETWEEN 0 AND 100),
  "bytes" bytea,
  "fileName" text,
  "contentType" text NOT NULL DEFAULT 'application/pdf',
  "error" text,
  "requestedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "completedAt" timestamptz(3)
);
CREATE INDEX "GeneratedDocument_tenantId_module_kind_createdAt_idx" ON "GeneratedDocument"("tenantId", "module", "kind", "createdAt");
CREATE INDEX "GeneratedDocument_createdAt_idx" ON "GeneratedDocument"("createdAt");
ALTER TABLE "GeneratedDocument" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "GeneratedDocument" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "GeneratedDocument"
  USING ("tenantId" = (SELECT app_tenant_id()))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- Reflectie's reports and Burenhulp's printables now are GeneratedDocuments. Their rendered PDFs were caches: they go.
DROP TABLE "ReflectieReport";
DROP TABLE "BurenhulpPrintable";

-- migrate:down
CREATE TABLE "BurenhulpPrintable" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "kind" text NOT NULL CHECK ("kind" IN ('card', 'poster', 'referral')),
  "language" text NOT NULL DEFAULT 'nl' CHECK ("language" IN ('nl', 'fr', 'en')),
  "blank" boolean NOT NULL DEFAULT false,
  "status" text NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'done', 'failed')),
  "progress" integer NOT NULL DEFAULT 0 CHECK ("progress" BETWEEN 0 AND 100),
  "pdf" bytea,
  "fileName" text,
  "error" text,
  "requestedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "completedAt" timestamptz(3)
);
CREATE INDEX "BurenhulpPrintable_tenantId_createdAt_idx" ON "BurenhulpPrintable"("tenantId", "createdAt");
ALTER TABLE "BurenhulpPrintable" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpPrintable" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BurenhulpPrintable"
  USING ("tenantId" = (SELECT app_tenant_id()))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE TABLE "ReflectieReport" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "sessionId" uuid NOT NULL,
  "status" text NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'done', 'failed')),
  "locale" text NOT NULL DEFAULT 'nl' CHECK ("locale" IN ('nl', 'fr', 'en')),
  "progress" integer NOT NULL DEFAULT 0 CHECK ("progress" BETWEEN 0 AND 100),
  "pdf" bytea,
  "fileName" text,
  "error" text,
  "requestedById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "completedAt" timestamptz(3),
  FOREIGN KEY ("tenantId", "sessionId") REFERENCES "ReflectieSession"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "ReflectieReport_tenantId_sessionId_idx" ON "ReflectieReport"("tenantId", "sessionId");
ALTER TABLE "ReflectieReport" ADD CONSTRAINT "ReflectieReport_requestedBy_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL;
ALTER TABLE "ReflectieReport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReflectieReport" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ReflectieReport"
  USING ("tenantId" = (SELECT app_tenant_id()))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
DROP TABLE "GeneratedDocument";
