-- migrate:up
-- Bevragingen (issue 14), results people can use and nothing lost:
-- 1. a survey can be the next round of an earlier one (results of two rounds side by side);
-- 2. the team reviews open answers before quoting them: per answer a "quotable" flag and tags, kept on the response
--    ({ questionKey: { quotable, tags } });
-- 3. an answer refused because its survey closed or changed version is kept for the worker who entered it (her list
--    of refused answers), with the refusal's code; she can send it again to the current version or put it aside.

ALTER TABLE "BevragingenSurvey" ADD COLUMN "previousRoundId" uuid;
ALTER TABLE "BevragingenSurvey" ADD FOREIGN KEY ("tenantId", "previousRoundId")
  REFERENCES "BevragingenSurvey"("tenantId", "id") ON DELETE SET NULL ("previousRoundId");
CREATE INDEX "BevragingenSurvey_tenantId_previousRoundId_idx" ON "BevragingenSurvey"("tenantId", "previousRoundId");

ALTER TABLE "BevragingenResponse" ADD COLUMN "reviews" jsonb NOT NULL DEFAULT '{}';

CREATE TABLE "BevragingenRejected" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "surveyId" uuid NOT NULL,
  "versionId" uuid NOT NULL,
  "idempotencyKey" uuid NOT NULL,
  "channel" text NOT NULL CHECK ("channel" IN ('assisted', 'paper')),
  "language" text NOT NULL CHECK ("language" ~ '^[a-z]{2,3}$'),
  "answers" jsonb NOT NULL,
  "neighbourhoodId" uuid,
  "street" text,
  "personId" uuid,
  "enteredById" uuid NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
  -- The refusal: an error code of the module and its parameters (no free text).
  "code" text NOT NULL CHECK ("code" ~ '^bevragingen(\.[a-zA-Z]+)+$'),
  "params" jsonb NOT NULL DEFAULT '{}',
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  -- Sent again (to the current version) or put aside by the worker.
  "resolvedAt" timestamptz(3),
  "resolution" text CHECK ("resolution" IN ('resent', 'dismissed')),
  UNIQUE ("tenantId", "idempotencyKey"),
  FOREIGN KEY ("tenantId", "surveyId") REFERENCES "BevragingenSurvey"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "versionId") REFERENCES "BevragingenVersion"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE SET NULL ("neighbourhoodId"),
  FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BevragingenRejected_tenantId_enteredById_idx" ON "BevragingenRejected"("tenantId", "enteredById");
CREATE INDEX "BevragingenRejected_tenantId_personId_idx" ON "BevragingenRejected"("tenantId", "personId");

ALTER TABLE "BevragingenRejected" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BevragingenRejected" FORCE ROW LEVEL SECURITY;
-- Tenant-wide like responses (the regie may look into what was refused); one linked to a person by those who see her.
CREATE POLICY tenant_isolation ON "BevragingenRejected"
  USING ("tenantId" = (SELECT app_tenant_id()) AND
         ("personId" IS NULL OR EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = "BevragingenRejected"."personId")))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
SELECT app_attach_person_scope('BevragingenRejected', 'personId');

-- migrate:down
DROP TABLE "BevragingenRejected";
ALTER TABLE "BevragingenResponse" DROP COLUMN "reviews";
DROP INDEX "BevragingenSurvey_tenantId_previousRoundId_idx";
ALTER TABLE "BevragingenSurvey" DROP COLUMN "previousRoundId";
