-- migrate:up

-- 1. Neighbourhood scope of persons, in the database (ADR 0011).
-- A member who works in some neighbourhoods only sees the persons of those neighbourhoods: tenantProcedure sets
-- app.person_scope to their ids (comma separated) inside the request's transaction. Unset or empty means the whole
-- tenant (tenant-wide members, jobs, seeds). Every query on "Person" — core's and every module's — goes through this
-- policy, so a module cannot forget the rule.
CREATE FUNCTION app_person_scope() RETURNS uuid[] LANGUAGE sql STABLE AS
  $$ SELECT CASE WHEN coalesce(current_setting('app.person_scope', true), '') = '' THEN NULL
                 ELSE string_to_array(current_setting('app.person_scope', true), ',')::uuid[] END $$;

DROP POLICY tenant_isolation ON "Person";
CREATE POLICY tenant_isolation ON "Person"
  USING ("tenantId" = (SELECT app_tenant_id())
         AND ((SELECT app_person_scope()) IS NULL OR "neighbourhoodId" = ANY (app_person_scope())))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id())
         AND ((SELECT app_person_scope()) IS NULL OR "neighbourhoodId" = ANY (app_person_scope())));

-- Foreign-key checks ignore row-level security, so a row could point at a person its writer cannot see. This trigger,
-- attached to every column that references "Person" (a generated test checks that), looks the person up under the
-- writer's policy and refuses the write when it is not visible. The error carries the hint the API turns into
-- NOT_FOUND.
CREATE FUNCTION app_person_in_scope() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  new_id uuid;
  old_id uuid;
BEGIN
  IF (SELECT app_person_scope()) IS NULL THEN
    RETURN NEW;
  END IF;
  EXECUTE format('SELECT ($1).%I', TG_ARGV[0]) INTO new_id USING NEW;
  IF new_id IS NULL THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    EXECUTE format('SELECT ($1).%I', TG_ARGV[0]) INTO old_id USING OLD;
    IF old_id IS NOT DISTINCT FROM new_id THEN
      RETURN NEW;
    END IF;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "Person" WHERE "id" = new_id) THEN
    RAISE EXCEPTION 'person not visible to this member' USING ERRCODE = 'ZZ404', HINT = 'zorgzaam:person_not_found';
  END IF;
  RETURN NEW;
END $$;

-- Attaches the check to one column; module migrations call it for their own person columns.
CREATE FUNCTION app_attach_person_scope(tbl text, col text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF %I ON %I FOR EACH ROW EXECUTE FUNCTION app_person_in_scope(%L)',
                 'person_scope_' || col, col, tbl, col);
END $$;

SELECT app_attach_person_scope('Consent', 'personId');

-- 2. Consent purposes come from a list (built in, declared by modules, or the tenant's own); free text goes into the
-- note, which erasure clears. Existing free-text purposes move into the note.
ALTER TABLE "Consent" ADD COLUMN "note" text;
UPDATE "Consent" SET "purpose" = 'partners.key_figure'
  WHERE "purpose" = 'Sleutelfiguur op de partnerkaart (module Partners)';
UPDATE "Consent" SET "note" = "purpose", "purpose" = 'other'
  WHERE "purpose" !~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$';
-- A purpose and a method are codes, never free text (the erasure sweep test relies on it: a column with such a check
-- holds no personal data).
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_purpose_key" CHECK ("purpose" ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$');
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_method" CHECK ("method" IN ('verbal', 'written', 'online'));

CREATE TABLE "ConsentPurpose" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "key" text NOT NULL,
  "label" jsonb NOT NULL,
  "archivedAt" timestamptz(3),
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "key")
);
ALTER TABLE "ConsentPurpose" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ConsentPurpose" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ConsentPurpose" USING ("tenantId" = (SELECT app_tenant_id()))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- 3. Personal-data exports live in the database (under RLS, where erasure reaches them), not as job results in Redis,
-- and expire after a day.
CREATE TABLE "PersonalDataExport" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "personId" uuid NOT NULL,
  "requestedById" uuid,
  "data" jsonb NOT NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "expiresAt" timestamptz(3) NOT NULL,
  FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "PersonalDataExport_tenantId_personId_idx" ON "PersonalDataExport"("tenantId", "personId");
CREATE INDEX "PersonalDataExport_expiresAt_idx" ON "PersonalDataExport"("expiresAt");
ALTER TABLE "PersonalDataExport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PersonalDataExport" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PersonalDataExport" USING ("tenantId" = (SELECT app_tenant_id()))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
SELECT app_attach_person_scope('PersonalDataExport', 'personId');

-- migrate:down
DROP TABLE "PersonalDataExport";
DROP TABLE "ConsentPurpose";
ALTER TABLE "Consent" DROP CONSTRAINT "Consent_method";
ALTER TABLE "Consent" DROP CONSTRAINT "Consent_purpose_key";
ALTER TABLE "Consent" DROP COLUMN "note";
DROP TRIGGER "person_scope_personId" ON "Consent";
DROP FUNCTION app_attach_person_scope(text, text);
DROP FUNCTION app_person_in_scope();
DROP POLICY tenant_isolation ON "Person";
CREATE POLICY tenant_isolation ON "Person" USING ("tenantId" = (SELECT app_tenant_id()))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
DROP FUNCTION app_person_scope();
