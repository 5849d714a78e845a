-- migrate:up
-- Module "buurtanalyse", round 4 as records (BA-7, ADR 0032): observations in the field (text, the cue it answers, a
-- point, a time, a photo stored through core with EXIF removed), conversations and focus groups (with whom by role and
-- number, never a name; notes are sensitive), quotes (said by a role; optionally linked to a Person by staff so that
-- export and erasure find it), Bevragingen surveys linked to the analysis, and SWOT items resting on any of these.
-- Quotes and photos carry their audiences: where they may appear besides the team ("partners", "council",
-- "residents"; empty: the team only). Every row hangs on its analysis and is seen by those who see it.
CREATE TABLE "BuurtanalyseObservation" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "text" text NOT NULL,
  "cueKey" text,
  "point" jsonb,
  "observedAt" timestamptz(3) NOT NULL DEFAULT now(),
  "photoFileId" uuid,
  "photoAudiences" text[] NOT NULL DEFAULT '{}' CHECK ("photoAudiences" <@ ARRAY['partners', 'council', 'residents']::text[]),
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "photoFileId") REFERENCES "StoredFile"("tenantId", "id") ON DELETE SET NULL ("photoFileId")
);
CREATE INDEX "BuurtanalyseObservation_tenantId_analysisId_observedAt_idx"
  ON "BuurtanalyseObservation"("tenantId", "analysisId", "observedAt");
CREATE INDEX "BuurtanalyseObservation_photoFileId_idx" ON "BuurtanalyseObservation"("photoFileId");

CREATE TABLE "BuurtanalyseConversation" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "kind" text NOT NULL DEFAULT 'conversation' CHECK ("kind" IN ('conversation', 'focus_group')),
  "withWhom" text NOT NULL,
  "participants" integer CHECK ("participants" BETWEEN 1 AND 1000),
  "place" text,
  "heldOn" date NOT NULL,
  "notes" text,
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BuurtanalyseConversation_tenantId_analysisId_heldOn_idx"
  ON "BuurtanalyseConversation"("tenantId", "analysisId", "heldOn");

CREATE TABLE "BuurtanalyseQuote" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "text" text NOT NULL,
  "conversationId" uuid,
  "observationId" uuid,
  "saidBy" text,
  "personId" uuid,
  "audiences" text[] NOT NULL DEFAULT '{}' CHECK ("audiences" <@ ARRAY['partners', 'council', 'residents']::text[]),
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "conversationId") REFERENCES "BuurtanalyseConversation"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "observationId") REFERENCES "BuurtanalyseObservation"("tenantId", "id") ON DELETE CASCADE,
  -- Erasing the person deletes what she said.
  FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BuurtanalyseQuote_tenantId_analysisId_idx" ON "BuurtanalyseQuote"("tenantId", "analysisId");
CREATE INDEX "BuurtanalyseQuote_tenantId_personId_idx" ON "BuurtanalyseQuote"("tenantId", "personId");
SELECT app_attach_person_scope('BuurtanalyseQuote', 'personId');

CREATE TABLE "BuurtanalyseSurveyLink" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "analysisId" uuid NOT NULL,
  "surveyId" uuid NOT NULL,
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  UNIQUE ("tenantId", "analysisId", "surveyId"),
  FOREIGN KEY ("tenantId", "analysisId") REFERENCES "BuurtanalyseAnalysis"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "surveyId") REFERENCES "BevragingenSurvey"("tenantId", "id") ON DELETE CASCADE
);

-- A SWOT item may rest on an observation, a quote or a linked survey's results, besides a hypothesis.
ALTER TABLE "BuurtanalyseSwot" ADD COLUMN "observationId" uuid, ADD COLUMN "quoteId" uuid, ADD COLUMN "surveyLinkId" uuid;
ALTER TABLE "BuurtanalyseSwot"
  ADD CONSTRAINT "BuurtanalyseSwot_observationId_fkey" FOREIGN KEY ("tenantId", "observationId")
    REFERENCES "BuurtanalyseObservation"("tenantId", "id") ON DELETE SET NULL ("observationId"),
  ADD CONSTRAINT "BuurtanalyseSwot_quoteId_fkey" FOREIGN KEY ("tenantId", "quoteId")
    REFERENCES "BuurtanalyseQuote"("tenantId", "id") ON DELETE SET NULL ("quoteId"),
  ADD CONSTRAINT "BuurtanalyseSwot_surveyLinkId_fkey" FOREIGN KEY ("tenantId", "surveyLinkId")
    REFERENCES "BuurtanalyseSurveyLink"("tenantId", "id") ON DELETE SET NULL ("surveyLinkId");

ALTER TABLE "BuurtanalyseObservation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseObservation" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseConversation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseConversation" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseQuote" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseQuote" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseSurveyLink" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseSurveyLink" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BuurtanalyseObservation"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BuurtanalyseConversation"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BuurtanalyseQuote"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BuurtanalyseSurveyLink"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BuurtanalyseAnalysis" x WHERE x."id" = "analysisId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
ALTER TABLE "BuurtanalyseSwot" DROP COLUMN "observationId", DROP COLUMN "quoteId", DROP COLUMN "surveyLinkId";
DROP TABLE "BuurtanalyseSurveyLink";
DROP TABLE "BuurtanalyseQuote";
DROP TABLE "BuurtanalyseConversation";
DROP TABLE "BuurtanalyseObservation";
