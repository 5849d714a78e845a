-- migrate:up
-- Module "buurtanalyse" (BA-7, round 4): key-figure leads. People the team meets in the field who could become key
-- figures (the baker who knows everyone, a neighbour who keeps an eye out), described by role and place, never by name
-- here; once the team adds them as a key figure in Partners (where a key figure's person is protected), the lead
-- points at that actor. The notes may name people: a sensitive field with the analysis's retention.
CREATE TABLE "BuurtanalyseLead" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "who" text NOT NULL,
  "place" text,
  "notes" text,
  "status" text NOT NULL DEFAULT 'to_contact' CHECK ("status" IN ('to_contact', 'contacted', 'on_map', 'not_now')),
  "actorId" uuid,
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "actorId") REFERENCES "PartnersActor"("tenantId", "id") ON DELETE SET NULL ("actorId")
);
CREATE INDEX "BuurtanalyseLead_tenantId_analysisId_idx" ON "BuurtanalyseLead"("tenantId", "analysisId");
CREATE INDEX "BuurtanalyseLead_tenantId_actorId_idx" ON "BuurtanalyseLead"("tenantId", "actorId");
ALTER TABLE "BuurtanalyseLead" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseLead" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BuurtanalyseLead"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
DROP TABLE "BuurtanalyseLead";
