-- migrate:up
-- Module "buurtanalyse" (BA-3, "teken jouw buurt"): each member draws her own version of the buurt as one area per
-- analysis, and may draw more for someone she spoke with, recorded only by role ("a resident", "a partner", "a
-- volunteer": never a name or an address). The team sees them together as an overlay (how many drew each part).
-- Rows hang on their analysis and are seen by those who see it (the same policy as the other tables of the module).
CREATE TABLE "BuurtanalyseDrawing" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "drawnFor" text CHECK ("drawnFor" IN ('resident', 'partner', 'volunteer')),
  "geometry" jsonb NOT NULL,
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "updatedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BuurtanalyseDrawing_tenantId_analysisId_idx" ON "BuurtanalyseDrawing"("tenantId", "analysisId");
-- One drawing of her own per member and analysis (drawings for someone else: as many as the limit allows).
CREATE UNIQUE INDEX "BuurtanalyseDrawing_own_key" ON "BuurtanalyseDrawing"("analysisId", "createdById")
  WHERE "drawnFor" IS NULL;
ALTER TABLE "BuurtanalyseDrawing" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseDrawing" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BuurtanalyseDrawing"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
-- migrate:down
DROP TABLE "BuurtanalyseDrawing";
