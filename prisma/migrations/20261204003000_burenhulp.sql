-- migrate:up
-- Module "burenhulp" (issue 12): kinds of help, requests and offers on a Person, the helpers' own limits, matches and
-- referrals of heavy requests. Every reference to a core row (and to a partner actor) carries the tenant; person-linked
-- rows carry core's neighbourhood scope (ADR 0011); codes are CHECKed (they hold no free text). Kinds of help are
-- never deleted by the application (a kind is switched off instead); the cascade only keeps a tenant's clean-up whole.

CREATE TABLE "BurenhulpKind" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "key" text NOT NULL CHECK ("key" ~ '^[a-z][a-z0-9_]{0,39}$'),
  "label" jsonb NOT NULL DEFAULT '{}',
  "function" text NOT NULL CHECK ("function" IN ('material', 'affective', 'informative', 'connecting')),
  "position" integer NOT NULL DEFAULT 0,
  "active" boolean NOT NULL DEFAULT true,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  UNIQUE ("tenantId", "key")
);

CREATE TABLE "BurenhulpRequest" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "personId" uuid,
  "kindId" uuid NOT NULL,
  "channel" text NOT NULL CHECK ("channel" IN ('public_form', 'field_worker', 'referral', 'card')),
  "status" text NOT NULL DEFAULT 'open' CHECK ("status" IN ('intake', 'open', 'matched', 'referred', 'closed', 'cancelled')),
  "weight" text NOT NULL DEFAULT 'unsure' CHECK ("weight" IN ('unsure', 'small', 'heavy')),
  "signals" text[] NOT NULL DEFAULT '{}' CHECK ("signals" <@ ARRAY['housing', 'health', 'money', 'safety', 'loneliness']::text[]),
  "whenKind" text NOT NULL DEFAULT 'once' CHECK ("whenKind" IN ('once', 'period', 'recurring')),
  "startsOn" date,
  "endsOn" date,
  "weekdays" integer[] NOT NULL DEFAULT '{}' CHECK ("weekdays" <@ ARRAY[1, 2, 3, 4, 5, 6, 7]),
  "whenNote" text,
  "neighbourhoodId" uuid,
  "street" text,
  "lat" double precision,
  "lng" double precision,
  "languages" text[] NOT NULL DEFAULT '{}',
  "notes" text,
  "referrerOrganisationId" uuid,
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "closedAt" timestamptz(3),
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "kindId") REFERENCES "BurenhulpKind"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE SET NULL ("neighbourhoodId"),
  FOREIGN KEY ("tenantId", "referrerOrganisationId") REFERENCES "Organisation"("tenantId", "id") ON DELETE SET NULL ("referrerOrganisationId")
);
CREATE INDEX "BurenhulpRequest_tenantId_status_createdAt_idx" ON "BurenhulpRequest"("tenantId", "status", "createdAt");
CREATE INDEX "BurenhulpRequest_tenantId_personId_idx" ON "BurenhulpRequest"("tenantId", "personId");
CREATE INDEX "BurenhulpRequest_tenantId_neighbourhoodId_idx" ON "BurenhulpRequest"("tenantId", "neighbourhoodId");

CREATE TABLE "BurenhulpOffer" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "personId" uuid NOT NULL,
  "kindId" uuid NOT NULL,
  "status" text NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'paused', 'ended')),
  "weekdays" integer[] NOT NULL DEFAULT '{}' CHECK ("weekdays" <@ ARRAY[1, 2, 3, 4, 5, 6, 7]),
  "startsOn" date,
  "endsOn" date,
  "whenNote" text,
  "neighbourhoodId" uuid,
  "street" text,
  "lat" double precision,
  "lng" double precision,
  "languages" text[] NOT NULL DEFAULT '{}',
  "notes" text,
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "version" integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "kindId") REFERENCES "BurenhulpKind"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE SET NULL ("neighbourhoodId")
);
CREATE INDEX "BurenhulpOffer_tenantId_status_kindId_idx" ON "BurenhulpOffer"("tenantId", "status", "kindId");
CREATE INDEX "BurenhulpOffer_tenantId_personId_idx" ON "BurenhulpOffer"("tenantId", "personId");

CREATE TABLE "BurenhulpHelper" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "personId" uuid NOT NULL,
  "maxPerMonth" integer NOT NULL DEFAULT 2 CHECK ("maxPerMonth" BETWEEN 0 AND 31),
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "personId"),
  FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE
);

CREATE TABLE "BurenhulpMatch" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "requestId" uuid NOT NULL,
  "offerId" uuid NOT NULL,
  "status" text NOT NULL DEFAULT 'proposed' CHECK ("status" IN ('proposed', 'contacted', 'confirmed', 'done', 'cancelled')),
  "declined" boolean NOT NULL DEFAULT false,
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "statusChangedAt" timestamptz(3) NOT NULL DEFAULT now(),
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "requestId", "offerId"),
  FOREIGN KEY ("tenantId", "requestId") REFERENCES "BurenhulpRequest"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "offerId") REFERENCES "BurenhulpOffer"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BurenhulpMatch_tenantId_offerId_status_idx" ON "BurenhulpMatch"("tenantId", "offerId", "status");

CREATE TABLE "BurenhulpReferral" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "requestId" uuid NOT NULL,
  "serviceActorId" uuid,
  "serviceName" text,
  "status" text NOT NULL DEFAULT 'sent' CHECK ("status" IN ('sent', 'accepted', 'done', 'declined')),
  "outcome" text CHECK ("outcome" IN ('helped', 'not_reached', 'refused', 'other')),
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "statusChangedAt" timestamptz(3) NOT NULL DEFAULT now(),
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "requestId") REFERENCES "BurenhulpRequest"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "serviceActorId") REFERENCES "PartnersActor"("tenantId", "id") ON DELETE SET NULL ("serviceActorId")
);
CREATE INDEX "BurenhulpReferral_tenantId_requestId_idx" ON "BurenhulpReferral"("tenantId", "requestId");
CREATE INDEX "BurenhulpReferral_tenantId_status_idx" ON "BurenhulpReferral"("tenantId", "status");

ALTER TABLE "BurenhulpKind" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpKind" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpRequest" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpOffer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpOffer" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpHelper" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpHelper" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpMatch" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpMatch" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpReferral" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpReferral" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BurenhulpKind"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
-- Requests, offers and limits are seen by those who see their person (a field worker: her neighbourhoods); an
-- anonymised request (no person) by the whole tenant, for the figures.
CREATE POLICY tenant_isolation ON "BurenhulpRequest"
  USING ("tenantId" = (SELECT app_tenant_id()) AND
         ("personId" IS NULL OR EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = "BurenhulpRequest"."personId")))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BurenhulpOffer"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = "BurenhulpOffer"."personId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BurenhulpHelper"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = "BurenhulpHelper"."personId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
-- A match is seen by those who see its request (the helper's offer may be in another neighbourhood).
CREATE POLICY tenant_isolation ON "BurenhulpMatch"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BurenhulpRequest" r WHERE r."id" = "BurenhulpMatch"."requestId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "BurenhulpReferral"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BurenhulpRequest" r WHERE r."id" = "BurenhulpReferral"."requestId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
SELECT app_attach_person_scope('BurenhulpRequest', 'personId');
SELECT app_attach_person_scope('BurenhulpOffer', 'personId');
SELECT app_attach_person_scope('BurenhulpHelper', 'personId');

-- migrate:down
DROP TABLE "BurenhulpReferral";
DROP TABLE "BurenhulpMatch";
DROP TABLE "BurenhulpHelper";
DROP TABLE "BurenhulpOffer";
DROP TABLE "BurenhulpRequest";
DROP TABLE "BurenhulpKind";
