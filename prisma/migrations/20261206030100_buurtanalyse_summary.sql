-- migrate:up
-- Module "buurtanalyse" (BA-10): the residents' summary of an analysis, "wat we hoorden" and "wat we doen" in plain
-- language per language (nl/fr/en) and the actions shown, published on the tenant's public site by an explicit
-- "Publiceren" (publishedAt) and taken off again. One per analysis; seen by those who see the analysis (the module's
-- policy), and by the public site only while published (the public procedures ask for publishedAt).
CREATE TABLE "BuurtanalyseSummary" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "heard" jsonb NOT NULL DEFAULT '{}',
  "doing" jsonb NOT NULL DEFAULT '{}',
  "actionIds" uuid[] NOT NULL DEFAULT '{}',
  "publishedAt" timestamptz(3),
  "publishedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "version" integer NOT NULL DEFAULT 1,
  "updatedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "BuurtanalyseSummary_tenantId_analysisId_key" ON "BuurtanalyseSummary"("tenantId", "analysisId");
ALTER TABLE "BuurtanalyseSummary" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseSummary" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BuurtanalyseSummary"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
DROP TABLE "BuurtanalyseSummary";
