-- migrate:up
-- Module "buurtanalyse" (issue 13, first slice): an analysis of one neighbourhood or a set, its sections (any order,
-- none gates another, each with a status and who wrote it last), round-2 hypotheses with reference values and imported
-- sector indicators, the SWOT and the action plan. Every reference to a core row carries the tenant. A member with
-- neighbourhoods (a field worker) sees the analyses of those neighbourhoods only: the policy reads core's
-- app_person_scope() (ADR 0011), the same setting that scopes persons; rows hanging on an analysis follow it.

CREATE TABLE "BuurtanalyseAnalysis" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "title" text NOT NULL,
  "periodStart" date,
  "periodEnd" date,
  "previousId" uuid,
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "previousId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE SET NULL ("previousId")
);
CREATE INDEX "BuurtanalyseAnalysis_tenantId_createdAt_idx" ON "BuurtanalyseAnalysis"("tenantId", "createdAt");

-- The neighbourhoods an analysis covers, each with the statistical sectors that make it up (for the indicator import).
CREATE TABLE "BuurtanalyseArea" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "neighbourhoodId" uuid NOT NULL,
  "sectorCodes" text[] NOT NULL DEFAULT '{}',
  UNIQUE ("tenantId", "id"),
  UNIQUE ("tenantId", "analysisId", "neighbourhoodId"),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BuurtanalyseArea_tenantId_neighbourhoodId_idx" ON "BuurtanalyseArea"("tenantId", "neighbourhoodId");

CREATE TABLE "BuurtanalyseTeamMember" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "userId" uuid NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
  UNIQUE ("tenantId", "analysisId", "userId"),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE
);

CREATE TABLE "BuurtanalyseSection" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "key" text NOT NULL CHECK ("key" IN ('voorbereiding', 'afbakening', 'ronde1', 'ronde2', 'ronde3', 'ronde4',
                                       'tussentijds', 'swot', 'evaluatie', 'verslag')),
  "status" text NOT NULL DEFAULT 'niet_begonnen' CHECK ("status" IN ('niet_begonnen', 'bezig', 'klaar')),
  "content" jsonb NOT NULL DEFAULT '{}',
  "notes" text,
  "updatedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "analysisId", "key"),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE
);

CREATE TABLE "BuurtanalyseHypothesis" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "text" text NOT NULL,
  "rationale" text,
  "indicators" text,
  "lookupBy" text,
  "dueOn" date,
  "verdict" text NOT NULL DEFAULT 'open' CHECK ("verdict" IN ('open', 'bevestigd', 'weerlegd', 'onduidelijk')),
  "reasoning" text,
  "position" integer NOT NULL DEFAULT 0,
  "updatedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BuurtanalyseHypothesis_tenantId_analysisId_idx" ON "BuurtanalyseHypothesis"("tenantId", "analysisId");

-- A value found for a hypothesis: for our buurt or a reference area, with year and source.
CREATE TABLE "BuurtanalyseReference" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "hypothesisId" uuid NOT NULL,
  "indicator" text NOT NULL,
  "areaKind" text NOT NULL CHECK ("areaKind" IN ('buurt', 'andere_buurt', 'gemeente', 'regio')),
  "areaLabel" text,
  "year" integer CHECK ("year" BETWEEN 1900 AND 2200),
  "value" double precision NOT NULL,
  "source" text,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "hypothesisId") REFERENCES "BuurtanalyseHypothesis"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BuurtanalyseReference_tenantId_hypothesisId_idx" ON "BuurtanalyseReference"("tenantId", "hypothesisId");

-- An imported indicator (one name and year per analysis), its values per statistical sector below.
CREATE TABLE "BuurtanalyseIndicator" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "hypothesisId" uuid,
  "name" text NOT NULL,
  "year" integer NOT NULL CHECK ("year" BETWEEN 1900 AND 2200),
  "method" text NOT NULL DEFAULT 'sum' CHECK ("method" IN ('sum', 'mean')),
  "source" text,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  UNIQUE ("tenantId", "analysisId", "name", "year"),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "hypothesisId") REFERENCES "BuurtanalyseHypothesis"("tenantId", "id") ON DELETE SET NULL ("hypothesisId")
);

CREATE TABLE "BuurtanalyseSectorValue" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "indicatorId" uuid NOT NULL,
  "sectorCode" text NOT NULL,
  "value" double precision NOT NULL,
  "weight" double precision CHECK ("weight" >= 0),
  UNIQUE ("tenantId", "indicatorId", "sectorCode"),
  FOREIGN KEY ("tenantId", "indicatorId") REFERENCES "BuurtanalyseIndicator"("tenantId", "id") ON DELETE CASCADE
);

CREATE TABLE "BuurtanalyseSwot" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "kind" text NOT NULL CHECK ("kind" IN ('strength', 'weakness', 'opportunity', 'threat')),
  "text" text NOT NULL,
  "hypothesisId" uuid,
  "position" integer NOT NULL DEFAULT 0,
  "updatedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "hypothesisId") REFERENCES "BuurtanalyseHypothesis"("tenantId", "id") ON DELETE SET NULL ("hypothesisId")
);
CREATE INDEX "BuurtanalyseSwot_tenantId_analysisId_idx" ON "BuurtanalyseSwot"("tenantId", "analysisId");

CREATE TABLE "BuurtanalyseAction" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "title" text NOT NULL,
  "goal" text,
  "owner" text,
  "startsOn" date,
  "dueOn" date,
  "partners" text,
  "bouwstenen" text[] NOT NULL DEFAULT '{}' CHECK ("bouwstenen" <@ ARRAY['detectie', 'toeleiding', 'sociale_netwerken',
    'inclusie', 'buurtanalyse', 'visie', 'communicatie', 'partnerschappen']::text[]),
  "status" text NOT NULL DEFAULT 'planned' CHECK ("status" IN ('planned', 'running', 'done', 'stopped')),
  "updatedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BuurtanalyseAction_tenantId_analysisId_idx" ON "BuurtanalyseAction"("tenantId", "analysisId");

ALTER TABLE "BuurtanalyseAnalysis" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseAnalysis" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseArea" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseArea" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseTeamMember" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseTeamMember" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseSection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseSection" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseHypothesis" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseHypothesis" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseReference" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseReference" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseIndicator" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseIndicator" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseSectorValue" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseSectorValue" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseSwot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseSwot" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseAction" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseAction" FORCE ROW LEVEL SECURITY;

-- An analysis is seen by the whole tenant, or by a member with neighbourhoods when it covers one of them or she made it
-- (she sees it the moment she creates it, before its neighbourhoods are added).
CREATE POLICY tenant_isolation ON "BuurtanalyseAnalysis"
  USING ("tenantId" = (SELECT app_tenant_id()) AND
         ((SELECT app_person_scope()) IS NULL OR "createdById" = (SELECT app_user_id()) OR
          EXISTS (SELECT 1 FROM "BuurtanalyseArea" a WHERE a."analysisId" = "BuurtanalyseAnalysis"."id"
                  AND a."neighbourhoodId" = ANY (app_person_scope()))))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
-- Areas say which analysis covers which neighbourhood (no content): tenant-wide, so the policy above can read them.
CREATE POLICY tenant_isolation ON "BuurtanalyseArea"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
-- Everything else hangs on an analysis and is seen by those who see it.
CREATE POLICY tenant_isolation ON "BuurtanalyseTeamMember"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BuurtanalyseSection"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BuurtanalyseHypothesis"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BuurtanalyseReference"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseHypothesis" x WHERE x."id" = "hypothesisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BuurtanalyseIndicator"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BuurtanalyseSectorValue"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseIndicator" x WHERE x."id" = "indicatorId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BuurtanalyseSwot"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BuurtanalyseAction"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
DROP TABLE "BuurtanalyseAction";
DROP TABLE "BuurtanalyseSwot";
DROP TABLE "BuurtanalyseSectorValue";
DROP TABLE "BuurtanalyseIndicator";
DROP TABLE "BuurtanalyseReference";
DROP TABLE "BuurtanalyseHypothesis";
DROP TABLE "BuurtanalyseSection";
DROP TABLE "BuurtanalyseTeamMember";
DROP TABLE "BuurtanalyseArea";
DROP TABLE "BuurtanalyseAnalysis";
