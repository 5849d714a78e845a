-- migrate:up
CREATE TABLE "TenantModule" (
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "moduleId" text NOT NULL CHECK ("moduleId" ~ '^[a-z][a-z0-9-]{1,40}$'),
  "enabled" boolean NOT NULL DEFAULT false,
  "settings" jsonb NOT NULL DEFAULT '{}',
  "changedById" uuid,
  "changedAt" timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "moduleId")
);
ALTER TABLE "TenantModule" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TenantModule" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "TenantModule" USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
DROP TABLE IF EXISTS "TenantModule";
