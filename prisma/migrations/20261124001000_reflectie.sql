-- migrate:up
-- Module "reflectie": the question fan (the tenant's own copy of the starter set), reflection sessions, action points,
-- rhythms with reminders, and PDF exports. References between these tables include tenantId, so the database refuses
-- a link to another tenant's row. Users and neighbourhoods are referenced by plain uuid (checked by the procedures).

CREATE TABLE "ReflectieLibrary" (
  "tenantId" uuid PRIMARY KEY,
  "starterVersion" integer NOT NULL DEFAULT 0,
  "syncedAt" timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE "ReflectieTheme" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "key" text NOT NULL CHECK ("key" ~ '^[a-z0-9][a-z0-9-]{0,80}$'),
  "origin" text NOT NULL DEFAULT 'tenant' CHECK ("origin" IN ('starter', 'tenant')),
  "starterKey" text,
  "titleNl" text NOT NULL DEFAULT '',
  "titleFr" text NOT NULL DEFAULT '',
  "titleEn" text NOT NULL DEFAULT '',
  "edited" boolean NOT NULL DEFAULT false,
  "hidden" boolean NOT NULL DEFAULT false,
  "sortOrder" integer NOT NULL DEFAULT 0,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "key"),
  UNIQUE ("tenantId", "id"),
  CHECK ("titleNl" <> '' OR "titleFr" <> '' OR "titleEn" <> '')
);

CREATE TABLE "ReflectieQuestion" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "themeId" uuid NOT NULL,
  "origin" text NOT NULL DEFAULT 'tenant' CHECK ("origin" IN ('starter', 'tenant')),
  "starterKey" text,
  "textNl" text NOT NULL DEFAULT '',
  "textFr" text NOT NULL DEFAULT '',
  "textEn" text NOT NULL DEFAULT '',
  "edited" boolean NOT NULL DEFAULT false,
  "hidden" boolean NOT NULL DEFAULT false,
  "sortOrder" integer NOT NULL DEFAULT 0,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "starterKey"),
  UNIQUE ("tenantId", "id"),
  CHECK ("textNl" <> '' OR "textFr" <> '' OR "textEn" <> ''),
  FOREIGN KEY ("tenantId", "themeId") REFERENCES "ReflectieTheme"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "ReflectieQuestion_tenantId_themeId_idx" ON "ReflectieQuestion"("tenantId", "themeId");

CREATE TABLE "ReflectieRhythm" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "name" text NOT NULL,
  "intervalWeeks" integer NOT NULL CHECK ("intervalWeeks" BETWEEN 1 AND 52),
  "nextSessionAt" timestamptz(3) NOT NULL,
  "neighbourhoodId" uuid,
  "participantIds" uuid[] NOT NULL,
  "active" boolean NOT NULL DEFAULT true,
  "createdById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id")
);
CREATE INDEX "ReflectieRhythm_tenantId_active_nextSessionAt_idx" ON "ReflectieRhythm"("tenantId", "active", "nextSessionAt");

CREATE TABLE "ReflectieSession" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "title" text NOT NULL,
  "date" timestamptz(3) NOT NULL,
  "neighbourhoodId" uuid,
  "rhythmId" uuid,
  "status" text NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'in_progress', 'closed')),
  "version" integer NOT NULL DEFAULT 1,
  "successes" text NOT NULL DEFAULT '',
  "createdById" uuid,
  "closedAt" timestamptz(3),
  "closedById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "rhythmId") REFERENCES "ReflectieRhythm"("tenantId", "id") ON DELETE SET NULL ("rhythmId")
);
CREATE INDEX "ReflectieSession_tenantId_date_idx" ON "ReflectieSession"("tenantId", "date");

CREATE TABLE "ReflectieSessionTheme" (
  "tenantId" uuid NOT NULL,
  "sessionId" uuid NOT NULL,
  "themeId" uuid NOT NULL,
  PRIMARY KEY ("sessionId", "themeId"),
  FOREIGN KEY ("tenantId", "sessionId") REFERENCES "ReflectieSession"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "themeId") REFERENCES "ReflectieTheme"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "ReflectieSessionTheme_tenantId_themeId_idx" ON "ReflectieSessionTheme"("tenantId", "themeId");

CREATE TABLE "ReflectieParticipant" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "sessionId" uuid NOT NULL,
  "userId" uuid,
  "name" text NOT NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("sessionId", "userId"),
  FOREIGN KEY ("tenantId", "sessionId") REFERENCES "ReflectieSession"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "ReflectieParticipant_tenantId_userId_idx" ON "ReflectieParticipant"("tenantId", "userId");

CREATE TABLE "ReflectieItem" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "sessionId" uuid NOT NULL,
  "questionId" uuid,
  "themeId" uuid,
  "questionText" text NOT NULL,
  "how" text NOT NULL CHECK ("how" IN ('drawn', 'picked')),
  "position" integer NOT NULL,
  "answer" text NOT NULL DEFAULT '',
  "insights" text NOT NULL DEFAULT '',
  "version" integer NOT NULL DEFAULT 1,
  "createdById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  -- A question is asked at most once per session (the fan never repeats itself).
  UNIQUE ("sessionId", "questionId"),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "sessionId") REFERENCES "ReflectieSession"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "questionId") REFERENCES "ReflectieQuestion"("tenantId", "id") ON DELETE SET NULL ("questionId"),
  FOREIGN KEY ("tenantId", "themeId") REFERENCES "ReflectieTheme"("tenantId", "id") ON DELETE SET NULL ("themeId")
);
CREATE INDEX "ReflectieItem_tenantId_sessionId_idx" ON "ReflectieItem"("tenantId", "sessionId");

CREATE TABLE "ReflectieAction" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "sessionId" uuid NOT NULL,
  "itemId" uuid,
  "text" text NOT NULL,
  "ownerUserId" uuid,
  "ownerName" text,
  "dueDate" date,
  "status" text NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'in_progress', 'done', 'dropped')),
  "doneAt" timestamptz(3),
  "createdById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "sessionId") REFERENCES "ReflectieSession"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "itemId") REFERENCES "ReflectieItem"("tenantId", "id") ON DELETE SET NULL ("itemId")
);
CREATE INDEX "ReflectieAction_tenantId_status_dueDate_idx" ON "ReflectieAction"("tenantId", "status", "dueDate");
CREATE INDEX "ReflectieAction_tenantId_sessionId_idx" ON "ReflectieAction"("tenantId", "sessionId");

CREATE TABLE "ReflectieNotice" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "rhythmId" uuid NOT NULL,
  "userId" uuid NOT NULL,
  "sessionDay" date NOT NULL,
  "sessionAt" timestamptz(3) NOT NULL,
  "mailedAt" timestamptz(3),
  "dismissedAt" timestamptz(3),
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("rhythmId", "sessionDay", "userId"),
  FOREIGN KEY ("tenantId", "rhythmId") REFERENCES "ReflectieRhythm"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "ReflectieNotice_tenantId_userId_idx" ON "ReflectieNotice"("tenantId", "userId");

CREATE TABLE "ReflectieReport" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "sessionId" uuid NOT NULL,
  "status" text NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'done', 'failed')),
  "locale" text NOT NULL DEFAULT 'nl' CHECK ("locale" IN ('nl', 'fr', 'en')),
  "progress" integer NOT NULL DEFAULT 0 CHECK ("progress" BETWEEN 0 AND 100),
  "pdf" bytea,
  "fileName" text,
  "error" text,
  "requestedById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "completedAt" timestamptz(3),
  FOREIGN KEY ("tenantId", "sessionId") REFERENCES "ReflectieSession"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "ReflectieReport_tenantId_sessionId_idx" ON "ReflectieReport"("tenantId", "sessionId");

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ReflectieLibrary','ReflectieTheme','ReflectieQuestion','ReflectieRhythm','ReflectieSession',
                           'ReflectieSessionTheme','ReflectieParticipant','ReflectieItem','ReflectieAction',
                           'ReflectieNotice','ReflectieReport'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()))', t);
  END LOOP;
END $$;

-- migrate:down
DROP TABLE IF EXISTS "ReflectieReport", "ReflectieNotice", "ReflectieAction", "ReflectieItem", "ReflectieParticipant",
  "ReflectieSessionTheme", "ReflectieSession", "ReflectieRhythm", "ReflectieQuestion", "ReflectieTheme",
  "ReflectieLibrary" CASCADE;
