-- migrate:up
-- Module "partners": network evaluation rounds, the actors evaluated in each round with the team's answers, and the
-- follow-ups (decisions). References between these tables and to PartnersActor include tenantId, so the database
-- refuses a link to another tenant's row. Users and neighbourhoods of core are referenced by plain uuid (checked by
-- the procedures).

CREATE TABLE "PartnersEvaluationRound" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "title" text NOT NULL CHECK (length("title") BETWEEN 1 AND 200),
  "status" text NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'closed')),
  "neighbourhoodId" uuid,
  "includeNotContacted" boolean NOT NULL DEFAULT false,
  "networkAnswers" jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof("networkAnswers") = 'object'),
  "version" integer NOT NULL DEFAULT 1,
  "startedById" uuid,
  "startedAt" timestamptz(3) NOT NULL DEFAULT now(),
  "closedById" uuid,
  "closedAt" timestamptz(3),
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  CHECK (("status" = 'closed') = ("closedAt" IS NOT NULL))
);
CREATE INDEX "PartnersEvaluationRound_tenantId_startedAt_idx" ON "PartnersEvaluationRound"("tenantId", "startedAt");

CREATE TABLE "PartnersEvaluationActor" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "roundId" uuid NOT NULL,
  "actorId" uuid NOT NULL,
  "statusAtStart" text NOT NULL CHECK ("statusAtStart" IN ('intensive', 'occasional', 'dormant', 'not_contacted', 'let_go')),
  "worksTogether" text CHECK ("worksTogether" IN ('yes', 'partly', 'no', 'unknown')),
  "mutual" text CHECK ("mutual" IN ('yes', 'partly', 'no', 'unknown')),
  "worthWaking" text CHECK ("worthWaking" IN ('yes', 'not_now', 'no')),
  "opensNetworks" text NOT NULL DEFAULT '' CHECK (length("opensNetworks") <= 2000),
  "proposedStatus" text CHECK ("proposedStatus" IN ('intensive', 'occasional', 'dormant', 'not_contacted', 'let_go')),
  "note" text NOT NULL DEFAULT '' CHECK (length("note") <= 2000),
  "answeredById" uuid,
  "answeredAt" timestamptz(3),
  "appliedStatus" text CHECK ("appliedStatus" IN ('intensive', 'occasional', 'dormant', 'not_contacted', 'let_go')),
  "appliedAt" timestamptz(3),
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("roundId", "actorId"),
  CHECK (("appliedStatus" IS NULL) = ("appliedAt" IS NULL)),
  FOREIGN KEY ("tenantId", "roundId") REFERENCES "PartnersEvaluationRound"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "actorId") REFERENCES "PartnersActor"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "PartnersEvaluationActor_tenantId_actorId_idx" ON "PartnersEvaluationActor"("tenantId", "actorId");

CREATE TABLE "PartnersFollowUp" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "roundId" uuid NOT NULL,
  "actorId" uuid,
  "text" text NOT NULL CHECK (length("text") BETWEEN 1 AND 1000),
  "ownerUserId" uuid,
  "dueDate" date,
  "status" text NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'done', 'dropped')),
  "doneAt" timestamptz(3),
  "version" integer NOT NULL DEFAULT 1,
  "createdById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "roundId") REFERENCES "PartnersEvaluationRound"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "actorId") REFERENCES "PartnersActor"("tenantId", "id") ON DELETE SET NULL ("actorId")
);
CREATE INDEX "PartnersFollowUp_tenantId_roundId_idx" ON "PartnersFollowUp"("tenantId", "roundId");
CREATE INDEX "PartnersFollowUp_tenantId_status_dueDate_idx" ON "PartnersFollowUp"("tenantId", "status", "dueDate");

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['PartnersEvaluationRound','PartnersEvaluationActor','PartnersFollowUp'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()))', t);
  END LOOP;
END $$;

-- migrate:down
DROP TABLE IF EXISTS "PartnersFollowUp", "PartnersEvaluationActor", "PartnersEvaluationRound" CASCADE;
