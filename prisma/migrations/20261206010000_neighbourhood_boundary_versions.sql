-- migrate:up
-- A neighbourhood's earlier boundaries (BA-3: a buurtanalyse may replace the boundary after the team decided; core's
-- own edit may too). Every boundary change goes through core's setNeighbourhoodBoundary, which keeps the boundary it
-- replaces here, with when, by whom and from where ("core", "restore", "buurtanalyse"). Rows are never edited; they go
-- with their neighbourhood. The user who replaced it is emptied when that account is removed.
CREATE TABLE "NeighbourhoodBoundaryVersion" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "neighbourhoodId" uuid NOT NULL,
  "boundary" jsonb NOT NULL,
  "source" text NOT NULL CHECK (char_length("source") BETWEEN 1 AND 200),
  "replacedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "replacedAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "NeighbourhoodBoundaryVersion_tenantId_neighbourhoodId_idx"
  ON "NeighbourhoodBoundaryVersion"("tenantId", "neighbourhoodId", "replacedAt");
ALTER TABLE "NeighbourhoodBoundaryVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NeighbourhoodBoundaryVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "NeighbourhoodBoundaryVersion"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
-- migrate:down
DROP TABLE "NeighbourhoodBoundaryVersion";
