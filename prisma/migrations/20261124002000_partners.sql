-- migrate:up
-- Module "partners": sectors, actors, their history, links between actors and who knows whom. References between
-- these tables include tenantId, so the database refuses a link to another tenant's row. Organisations, people, users
-- and neighbourhoods of core are referenced by plain uuid (checked by the procedures).

CREATE TABLE "PartnersSector" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "key" text NOT NULL CHECK ("key" ~ '^[a-z0-9][a-z0-9_-]{0,60}$'),
  "labelNl" text NOT NULL DEFAULT '',
  "labelFr" text NOT NULL DEFAULT '',
  "labelEn" text NOT NULL DEFAULT '',
  "color" text NOT NULL DEFAULT '#334155' CHECK ("color" ~ '^#[0-9a-f]{6}$'),
  "sortOrder" integer NOT NULL DEFAULT 0,
  "archived" boolean NOT NULL DEFAULT false,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "key"),
  CHECK ("labelNl" <> '' OR "labelFr" <> '' OR "labelEn" <> '')
);

CREATE TABLE "PartnersActor" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "name" text NOT NULL CHECK (length("name") BETWEEN 1 AND 200),
  "kind" text NOT NULL CHECK ("kind" IN ('organisation', 'service', 'business', 'school', 'association',
    'self_organisation', 'citizen_initiative', 'religious', 'key_figure', 'place')),
  "sectorKeys" text[] NOT NULL DEFAULT '{}',
  "formal" boolean NOT NULL DEFAULT true,
  "careLine" integer CHECK ("careLine" BETWEEN 1 AND 3),
  "aimedAt" text CHECK ("aimedAt" IN ('groups', 'individuals', 'both')),
  "vindplaats" boolean NOT NULL DEFAULT false,
  "vindplaatsNote" text,
  "address" text,
  "postcode" text,
  "city" text,
  "lat" double precision CHECK ("lat" BETWEEN -90 AND 90),
  "lng" double precision CHECK ("lng" BETWEEN -180 AND 180),
  "locationSource" text CHECK ("locationSource" IN ('map', 'geocoder', 'import')),
  "neighbourhoodIds" uuid[] NOT NULL DEFAULT '{}',
  "languages" text[] NOT NULL DEFAULT '{}',
  "openingHours" text,
  "contacts" jsonb NOT NULL DEFAULT '[]',
  "website" text,
  "notes" text,
  "tags" text[] NOT NULL DEFAULT '{}',
  "organisationId" uuid,
  "visibility" text NOT NULL DEFAULT 'partnership' CHECK ("visibility" IN ('partnership', 'organisation')),
  "personId" uuid,
  "missing" boolean NOT NULL DEFAULT false,
  "missingNote" text,
  "status" text NOT NULL DEFAULT 'not_contacted' CHECK ("status" IN ('intensive', 'occasional', 'dormant', 'not_contacted', 'let_go')),
  "offersUs" text NOT NULL DEFAULT '',
  "offersThem" text NOT NULL DEFAULT '',
  "statusChangedAt" timestamptz(3) NOT NULL DEFAULT now(),
  "source" text NOT NULL DEFAULT 'manual' CHECK ("source" IN ('manual', 'import', 'hsds', 'seed')),
  "externalId" text,
  "version" integer NOT NULL DEFAULT 1,
  "createdById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  "archivedAt" timestamptz(3),
  UNIQUE ("tenantId", "id"),
  CHECK (("lat" IS NULL) = ("lng" IS NULL)),
  -- A private actor needs an organisation to be private to.
  CHECK ("visibility" = 'partnership' OR "organisationId" IS NOT NULL),
  CHECK ("personId" IS NULL OR "kind" = 'key_figure')
);
CREATE INDEX "PartnersActor_tenantId_name_idx" ON "PartnersActor"("tenantId", "name");
CREATE INDEX "PartnersActor_tenantId_status_idx" ON "PartnersActor"("tenantId", "status");
CREATE INDEX "PartnersActor_sectorKeys_idx" ON "PartnersActor" USING gin ("sectorKeys");
CREATE INDEX "PartnersActor_neighbourhoodIds_idx" ON "PartnersActor" USING gin ("neighbourhoodIds");
CREATE UNIQUE INDEX "PartnersActor_tenantId_personId_key" ON "PartnersActor"("tenantId", "personId") WHERE "personId" IS NOT NULL;

CREATE TABLE "PartnersActorChange" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "actorId" uuid NOT NULL,
  "kind" text NOT NULL CHECK ("kind" IN ('created', 'updated', 'status', 'archived', 'restored', 'imported', 'erased')),
  "fields" jsonb NOT NULL DEFAULT '{}',
  "statusAfter" text NOT NULL,
  "byUserId" uuid,
  "at" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "actorId") REFERENCES "PartnersActor"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "PartnersActorChange_tenantId_actorId_at_idx" ON "PartnersActorChange"("tenantId", "actorId", "at");
CREATE INDEX "PartnersActorChange_tenantId_at_idx" ON "PartnersActorChange"("tenantId", "at");

CREATE TABLE "PartnersLink" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "fromActorId" uuid NOT NULL,
  "toActorId" uuid NOT NULL,
  "type" text NOT NULL CHECK ("type" IN ('member_of', 'gives_access_to', 'works_with', 'refers_to', 'funds', 'other')),
  "note" text,
  "createdById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "removedAt" timestamptz(3),
  "removedById" uuid,
  CHECK ("fromActorId" <> "toActorId"),
  FOREIGN KEY ("tenantId", "fromActorId") REFERENCES "PartnersActor"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "toActorId") REFERENCES "PartnersActor"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "PartnersLink_tenantId_fromActorId_idx" ON "PartnersLink"("tenantId", "fromActorId");
CREATE INDEX "PartnersLink_tenantId_toActorId_idx" ON "PartnersLink"("tenantId", "toActorId");
-- One current link of a type between two actors.
CREATE UNIQUE INDEX "PartnersLink_current_key" ON "PartnersLink"("tenantId", "fromActorId", "toActorId", "type") WHERE "removedAt" IS NULL;

CREATE TABLE "PartnersAcquaintance" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "actorId" uuid NOT NULL,
  "userId" uuid,
  "personId" uuid,
  "strength" text NOT NULL DEFAULT 'knows' CHECK ("strength" IN ('knows', 'good_contact', 'key_contact')),
  "note" text,
  "createdById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "removedAt" timestamptz(3),
  CHECK (("userId" IS NULL) <> ("personId" IS NULL)),
  FOREIGN KEY ("tenantId", "actorId") REFERENCES "PartnersActor"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "PartnersAcquaintance_tenantId_actorId_idx" ON "PartnersAcquaintance"("tenantId", "actorId");
CREATE INDEX "PartnersAcquaintance_tenantId_userId_idx" ON "PartnersAcquaintance"("tenantId", "userId");
CREATE INDEX "PartnersAcquaintance_tenantId_personId_idx" ON "PartnersAcquaintance"("tenantId", "personId");
CREATE UNIQUE INDEX "PartnersAcquaintance_current_user_key" ON "PartnersAcquaintance"("tenantId", "actorId", "userId") WHERE "removedAt" IS NULL AND "userId" IS NOT NULL;
CREATE UNIQUE INDEX "PartnersAcquaintance_current_person_key" ON "PartnersAcquaintance"("tenantId", "actorId", "personId") WHERE "removedAt" IS NULL AND "personId" IS NOT NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['PartnersSector','PartnersActor','PartnersActorChange','PartnersLink','PartnersAcquaintance'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()))', t);
  END LOOP;
END $$;

-- migrate:down
DROP TABLE IF EXISTS "PartnersAcquaintance", "PartnersLink", "PartnersActorChange", "PartnersActor", "PartnersSector" CASCADE;
