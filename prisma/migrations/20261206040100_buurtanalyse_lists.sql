-- migrate:up
-- Module "buurtanalyse": the tenant's own copies of the starter lists. A row is made when a manager first changes a
-- list; from then on the tenant's words stay, whatever later versions of the starter content say. Deleting the row
-- brings the starter list back.
CREATE TABLE "BuurtanalyseList" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "list" text NOT NULL CHECK ("list" ~ '^[a-zA-Z0-9]{1,40}$'),
  "items" jsonb NOT NULL CHECK (jsonb_typeof("items") = 'array'),
  "version" integer NOT NULL DEFAULT 1,
  "updatedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "list")
);
ALTER TABLE "BuurtanalyseList" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BuurtanalyseList" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BuurtanalyseList"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
DROP TABLE "BuurtanalyseList";
