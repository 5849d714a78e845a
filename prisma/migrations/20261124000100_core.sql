-- migrate:up
-- Core tables. Identifiers follow Prisma's defaults (model and field names, quoted).

CREATE TABLE "Tenant" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "slug" text NOT NULL UNIQUE CHECK ("slug" ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  "name" text NOT NULL,
  "defaultLocale" text NOT NULL DEFAULT 'nl',
  "enabledLocales" text[] NOT NULL DEFAULT ARRAY['nl','fr','en'],
  "mapStyleUrl" text,
  "mapboxToken" text,
  "mapCenterLat" double precision NOT NULL DEFAULT 50.85,
  "mapCenterLng" double precision NOT NULL DEFAULT 4.35,
  "mapZoom" double precision NOT NULL DEFAULT 12,
  "allowPassword" boolean NOT NULL DEFAULT true,
  "retentionDays" integer NOT NULL DEFAULT 30,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE "User" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "email" text NOT NULL UNIQUE CHECK ("email" = lower("email")),
  "name" text,
  "passwordHash" text,
  "emailVerified" timestamptz(3),
  "isOperator" boolean NOT NULL DEFAULT false,
  "locale" text,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE "AuthSession" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "userId" uuid NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "lastSeenAt" timestamptz(3) NOT NULL DEFAULT now(),
  "expiresAt" timestamptz(3) NOT NULL,
  "revokedAt" timestamptz(3),
  "method" text NOT NULL,
  "ip" text,
  "userAgent" text
);
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

CREATE TABLE "VerificationToken" (
  "identifier" text NOT NULL,
  "token" text NOT NULL,
  "expires" timestamptz(3) NOT NULL,
  PRIMARY KEY ("identifier", "token")
);

CREATE TABLE "Organisation" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "name" text NOT NULL,
  "kind" text,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "name"),
  UNIQUE ("tenantId", "id")
);
CREATE INDEX "Organisation_tenantId_idx" ON "Organisation"("tenantId");

CREATE TABLE "Neighbourhood" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "name" text NOT NULL,
  "description" text,
  "boundary" jsonb,
  "sectorCodes" text[] NOT NULL DEFAULT '{}',
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "name"),
  UNIQUE ("tenantId", "id")
);
CREATE INDEX "Neighbourhood_tenantId_idx" ON "Neighbourhood"("tenantId");

-- References between tenant-owned rows include tenantId, so the database itself refuses a link to another tenant's
-- row (foreign-key checks ignore row-level security, so a plain id reference would not).
CREATE TABLE "Membership" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "userId" uuid NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
  "roles" text[] NOT NULL,
  "organisationId" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "userId"),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "organisationId") REFERENCES "Organisation"("tenantId", "id") ON DELETE SET NULL ("organisationId")
);
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

CREATE TABLE "MembershipNeighbourhood" (
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "membershipId" uuid NOT NULL,
  "neighbourhoodId" uuid NOT NULL,
  PRIMARY KEY ("membershipId", "neighbourhoodId"),
  FOREIGN KEY ("tenantId", "membershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "MembershipNeighbourhood_tenantId_idx" ON "MembershipNeighbourhood"("tenantId");

CREATE TABLE "Invitation" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "email" text NOT NULL,
  "roles" text[] NOT NULL,
  "organisationId" uuid,
  "neighbourhoodIds" text[] NOT NULL DEFAULT '{}',
  "tokenHash" text NOT NULL UNIQUE,
  "expiresAt" timestamptz(3) NOT NULL,
  "acceptedAt" timestamptz(3),
  "revokedAt" timestamptz(3),
  "invitedById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "organisationId") REFERENCES "Organisation"("tenantId", "id") ON DELETE SET NULL ("organisationId")
);
CREATE INDEX "Invitation_tenantId_idx" ON "Invitation"("tenantId");

CREATE TABLE "Person" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "firstName" text NOT NULL,
  "lastName" text NOT NULL DEFAULT '',
  "email" text,
  "phone" text,
  "address" text,
  "languages" text[] NOT NULL DEFAULT '{}',
  "kinds" text[] NOT NULL DEFAULT '{}',
  "neighbourhoodId" uuid,
  "organisationId" uuid,
  "notes" text,
  "createdById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE SET NULL ("neighbourhoodId"),
  FOREIGN KEY ("tenantId", "organisationId") REFERENCES "Organisation"("tenantId", "id") ON DELETE SET NULL ("organisationId")
);
CREATE INDEX "Person_tenantId_lastName_firstName_idx" ON "Person"("tenantId", "lastName", "firstName");
CREATE INDEX "Person_tenantId_neighbourhoodId_idx" ON "Person"("tenantId", "neighbourhoodId");

CREATE TABLE "Consent" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "personId" uuid NOT NULL,
  "purpose" text NOT NULL,
  "method" text NOT NULL,
  "givenAt" timestamptz(3) NOT NULL,
  "recordedById" uuid,
  "withdrawnAt" timestamptz(3),
  "withdrawnById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "Consent_tenantId_personId_idx" ON "Consent"("tenantId", "personId");

CREATE TABLE "RolePermission" (
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "role" text NOT NULL,
  "permission" text NOT NULL,
  "granted" boolean NOT NULL,
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "role", "permission")
);

CREATE TABLE "AuditEvent" (
  "id" bigserial PRIMARY KEY,
  "tenantId" uuid REFERENCES "Tenant"("id") ON DELETE RESTRICT,
  "actorUserId" uuid,
  "action" text NOT NULL,
  "targetType" text,
  "targetId" text,
  "data" jsonb,
  "reason" text,
  "ip" text,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX "AuditEvent_tenantId_createdAt_idx" ON "AuditEvent"("tenantId", "createdAt");
CREATE INDEX "AuditEvent_actorUserId_createdAt_idx" ON "AuditEvent"("actorUserId", "createdAt");

-- The audit log is append-only for everyone, the owner included (the application role also lacks the grants).
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TABLE "DevMail" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "from" text NOT NULL,
  "to" text NOT NULL,
  "subject" text NOT NULL,
  "text" text NOT NULL,
  "html" text,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now()
);

-- Row-level security. The tenant comes from app.tenant_id, set with set_config(..., true) inside the request's
-- transaction. An unset or empty setting gives NULL, so no row matches: missing context means zero rows.
CREATE FUNCTION app_tenant_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Organisation','Neighbourhood','Membership','MembershipNeighbourhood','Invitation',
                           'Person','Consent','RolePermission'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    -- (SELECT ...) makes the planner evaluate the setting once per query instead of once per row.
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()))', t);
  END LOOP;
END $$;

-- A signed-in user may list their own memberships (tenant switcher) before choosing a tenant.
CREATE POLICY membership_self ON "Membership" FOR SELECT USING ("userId" = (SELECT app_user_id()));

-- Audit: rows of the current tenant are readable; platform events (no tenant) may be written but are read only by
-- the operator through a definer function.
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AuditEvent" FOR SELECT USING ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY audit_insert ON "AuditEvent" FOR INSERT
  WITH CHECK ("tenantId" IS NULL OR "tenantId" = (SELECT app_tenant_id()));

-- Operator health view: counts per tenant, never personal data. SECURITY DEFINER runs as the owner.
CREATE FUNCTION operator_tenant_health()
RETURNS TABLE ("tenantId" uuid, "members" bigint, "people" bigint, "neighbourhoods" bigint, "organisations" bigint,
               "lastActivity" timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT t."id",
         (SELECT count(*) FROM "Membership" m WHERE m."tenantId" = t."id"),
         (SELECT count(*) FROM "Person" p WHERE p."tenantId" = t."id"),
         (SELECT count(*) FROM "Neighbourhood" n WHERE n."tenantId" = t."id"),
         (SELECT count(*) FROM "Organisation" o WHERE o."tenantId" = t."id"),
         (SELECT max(a."createdAt") FROM "AuditEvent" a WHERE a."tenantId" = t."id")
  FROM "Tenant" t
$$;


-- migrate:down
DROP TABLE IF EXISTS "DevMail", "AuditEvent", "RolePermission", "Consent", "Person", "Invitation",
  "MembershipNeighbourhood", "Membership", "Neighbourhood", "Organisation", "VerificationToken", "AuthSession", "User",
  "Tenant" CASCADE;
DROP FUNCTION IF EXISTS operator_tenant_health, app_tenant_id, app_user_id, audit_event_append_only;
