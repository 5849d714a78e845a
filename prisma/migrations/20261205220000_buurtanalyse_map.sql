-- migrate:up
-- Module "buurtanalyse" (issue 13, BA-3 on the map): what the team draws on the neighbourhood map of an analysis:
-- points, lines and areas, each with a label, a category (a meeting place, a barrier, a place people avoid …) and an
-- optional note. The note may name people: it is a sensitive field with the analysis's retention. Rows hang on their
-- analysis and are seen by those who see it (the same policy as the other tables of the module).
CREATE TABLE "BuurtanalyseMapItem" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "kind" text NOT NULL CHECK ("kind" IN ('point', 'line', 'area')),
  "category" text NOT NULL CHECK ("category" IN ('meeting_place', 'barrier', 'avoided', 'facility', 'missing',
                                                 'boundary', 'other')),
  "label" text NOT NULL,
  "note" text,
  "geometry" jsonb NOT NULL,
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "updatedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BuurtanalyseMapItem_tenantId_analysisId_idx" ON "BuurtanalyseMapItem"("tenantId", "analysisId");
ALTER TABLE "BuurtanalyseMapItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseMapItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BuurtanalyseMapItem"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
-- migrate:down
DROP TABLE "BuurtanalyseMapItem";
