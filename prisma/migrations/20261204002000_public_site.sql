-- migrate:up

-- The public side of a tenant (issue 11): its public name, introduction and privacy notice (per language), the
-- capabilities it switched on for the public ("publiek zichtbaar": core's site and contact form, modules' public
-- procedures), and the consent purpose the contact form asks for.
ALTER TABLE "Tenant"
  ADD COLUMN "publicName" jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN "publicIntro" jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN "privacyNotice" jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN "publicCapabilities" text[] NOT NULL DEFAULT '{}',
  ADD COLUMN "contactPurpose" text NOT NULL DEFAULT 'contact';

-- The contact point (aanspreekpunt): messages from the public contact form (later referrals and module requests).
CREATE TABLE "ContactMessage" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "reference" text NOT NULL CHECK ("reference" ~ '^[A-Z0-9]{4}-[A-Z0-9]{4}$'),
  "source" text NOT NULL DEFAULT 'contact_form' CHECK ("source" IN ('contact_form', 'referral', 'module')),
  "status" text NOT NULL DEFAULT 'new' CHECK ("status" IN ('new', 'in_progress', 'done', 'forwarded')),
  "personId" uuid NOT NULL,
  "neighbourhoodId" uuid,
  "body" text NOT NULL,
  "locale" text NOT NULL CHECK ("locale" IN ('nl', 'fr', 'en')),
  "ownerMembershipId" uuid,
  "notes" text,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE SET NULL ("neighbourhoodId"),
  FOREIGN KEY ("tenantId", "ownerMembershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE SET NULL ("ownerMembershipId")
);
CREATE INDEX "ContactMessage_tenantId_status_createdAt_idx" ON "ContactMessage"("tenantId", "status", "createdAt");
-- Looked up by reference when a resident asks about a message. Not a unique key: 31^8 codes make a clash within one
-- tenant practically impossible, and the generated erasure sweep copies code columns from an existing row.
CREATE INDEX "ContactMessage_tenantId_reference_idx" ON "ContactMessage"("tenantId", "reference");
CREATE INDEX "ContactMessage_tenantId_personId_idx" ON "ContactMessage"("tenantId", "personId");

-- Replies sent by e-mail from the platform.
CREATE TABLE "ContactReply" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "messageId" uuid NOT NULL,
  "body" text NOT NULL,
  "sentById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "messageId") REFERENCES "ContactMessage"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "ContactReply_tenantId_messageId_idx" ON "ContactReply"("tenantId", "messageId");

-- The members of the contact point: told about new messages.
CREATE TABLE "ContactPointMember" (
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "membershipId" uuid NOT NULL,
  PRIMARY KEY ("tenantId", "membershipId"),
  FOREIGN KEY ("tenantId", "membershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE
);

ALTER TABLE "ContactMessage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactMessage" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ContactReply" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactReply" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ContactPointMember" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactPointMember" FORCE ROW LEVEL SECURITY;
-- A message is seen by those who see its person (the person's neighbourhood is the message's): a field worker sees
-- the messages of her neighbourhoods, tenant-wide roles all of them.
CREATE POLICY tenant_isolation ON "ContactMessage"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "Person" p WHERE p."id" = "ContactMessage"."personId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "ContactReply"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "ContactMessage" m WHERE m."id" = "ContactReply"."messageId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY tenant_isolation ON "ContactPointMember"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
SELECT app_attach_person_scope('ContactMessage', 'personId');

-- The context of a public request: the tenant by its slug, bound for row-level security without a user, with its
-- modules and the capabilities it switched on. NULL for an unknown slug. One round trip, like app_request_context.
CREATE FUNCTION app_public_context(p_slug text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  t record;
BEGIN
  SELECT x."id", x."slug", x."name", x."defaultLocale", x."enabledLocales", x."publicCapabilities" INTO t
    FROM "Tenant" x WHERE x."slug" = p_slug;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('app.tenant_id', t."id"::text, true), set_config('app.user_id', '', true),
          set_config('app.person_scope', '', true);
  RETURN jsonb_build_object(
    'tenant', jsonb_build_object('id', t."id", 'slug', t."slug", 'name', t."name", 'defaultLocale', t."defaultLocale",
                                 'enabledLocales', to_jsonb(t."enabledLocales")),
    'capabilities', to_jsonb(t."publicCapabilities"),
    'modules', coalesce((SELECT jsonb_object_agg(tm."moduleId", jsonb_build_object('enabled', tm."enabled", 'settings', tm."settings"))
                           FROM "TenantModule" tm WHERE tm."tenantId" = t."id"), '{}'::jsonb));
END $$;

-- migrate:down
DROP FUNCTION app_public_context(text);
DROP TABLE "ContactPointMember";
DROP TABLE "ContactReply";
DROP TABLE "ContactMessage";
ALTER TABLE "Tenant" DROP COLUMN "publicName", DROP COLUMN "publicIntro", DROP COLUMN "privacyNotice",
  DROP COLUMN "publicCapabilities", DROP COLUMN "contactPurpose";
