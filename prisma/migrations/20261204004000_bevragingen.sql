-- migrate:up
-- Module "bevragingen" (issue 14): surveys, their versions (a published version is frozen: a trigger refuses changes
-- to its content) and responses (anonymous unless linked to a person with consent to follow-up). Every reference to a
-- core row carries the tenant; person-linked responses carry core's neighbourhood scope (ADR 0011).

CREATE TABLE "BevragingenSurvey" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "title" jsonb NOT NULL DEFAULT '{}',
  "languages" text[] NOT NULL DEFAULT '{nl}' CHECK ("languages" <@ ARRAY['nl', 'fr', 'en']::text[] AND cardinality("languages") > 0),
  "status" text NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'open', 'closed')),
  "publishedVersionId" uuid,
  "retentionMonths" integer NOT NULL DEFAULT 12 CHECK ("retentionMonths" BETWEEN 1 AND 120),
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "closedAt" timestamptz(3),
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id")
);
CREATE INDEX "BevragingenSurvey_tenantId_status_idx" ON "BevragingenSurvey"("tenantId", "status");

CREATE TABLE "BevragingenVersion" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "surveyId" uuid NOT NULL,
  "number" integer NOT NULL CHECK ("number" > 0),
  "content" jsonb NOT NULL DEFAULT '{"sections":[]}',
  "publishedAt" timestamptz(3),
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  UNIQUE ("tenantId", "surveyId", "number"),
  FOREIGN KEY ("tenantId", "surveyId") REFERENCES "BevragingenSurvey"("tenantId", "id") ON DELETE CASCADE
);

ALTER TABLE "BevragingenSurvey" ADD FOREIGN KEY ("tenantId", "publishedVersionId")
  REFERENCES "BevragingenVersion"("tenantId", "id") ON DELETE SET NULL ("publishedVersionId");

-- A published version's questions are frozen: the content of a version with publishedAt never changes.
CREATE FUNCTION bevragingen_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."publishedAt" IS NOT NULL AND (NEW."content" IS DISTINCT FROM OLD."content" OR NEW."publishedAt" IS DISTINCT FROM OLD."publishedAt") THEN
    RAISE EXCEPTION 'a published survey version is frozen' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "BevragingenVersion_frozen" BEFORE UPDATE ON "BevragingenVersion"
  FOR EACH ROW EXECUTE FUNCTION bevragingen_version_frozen();

CREATE TABLE "BevragingenResponse" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "surveyId" uuid NOT NULL,
  "versionId" uuid NOT NULL,
  "idempotencyKey" uuid NOT NULL,
  "channel" text NOT NULL CHECK ("channel" IN ('public', 'assisted', 'paper')),
  "language" text NOT NULL CHECK ("language" ~ '^[a-z]{2,3}$'),
  "answers" jsonb NOT NULL,
  "neighbourhoodId" uuid,
  "street" text,
  "personId" uuid,
  "enteredById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "idempotencyKey"),
  FOREIGN KEY ("tenantId", "surveyId") REFERENCES "BevragingenSurvey"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "versionId") REFERENCES "BevragingenVersion"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE SET NULL ("neighbourhoodId"),
  FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BevragingenResponse_tenantId_surveyId_versionId_idx" ON "BevragingenResponse"("tenantId", "surveyId", "versionId");
CREATE INDEX "BevragingenResponse_tenantId_personId_idx" ON "BevragingenResponse"("tenantId", "personId");

ALTER TABLE "BevragingenSurvey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BevragingenSurvey" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BevragingenVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BevragingenVersion" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BevragingenResponse" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BevragingenResponse" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BevragingenSurvey"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BevragingenVersion"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
-- An anonymous response is seen by the whole tenant (for the figures); one linked to a person by those who see her.
CREATE POLICY tenant_isolation ON "BevragingenResponse"
  USING ("tenantId" = (SELECT app_tenant_id()) AND
         ("personId" IS NULL OR EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = "BevragingenResponse"."personId")))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
SELECT app_attach_person_scope('BevragingenResponse', 'personId');

-- migrate:down
DROP TABLE "BevragingenResponse";
ALTER TABLE "BevragingenSurvey" DROP COLUMN "publishedVersionId";
DROP TABLE "BevragingenVersion";
DROP FUNCTION bevragingen_version_frozen();
DROP TABLE "BevragingenSurvey";
