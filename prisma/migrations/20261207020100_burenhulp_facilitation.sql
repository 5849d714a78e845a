-- migrate:up
-- Module "burenhulp": facilitation (issue 12, BH-10, the organic-steered axis). Where a tenant or one of its
-- neighbourhoods only facilitates, nobody is matched: workers keep a light log of help that happened spontaneously
-- (a date, where, what kind, how many times) and, when they like, a short story (sensitive, like a request's notes:
-- no names). The mode per neighbourhood overrides nothing when the whole tenant facilitates.

CREATE TABLE "BurenhulpArea" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "neighbourhoodId" uuid NOT NULL,
  "mode" text NOT NULL CHECK ("mode" IN ('matching', 'facilitation')),
  "changedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "neighbourhoodId"),
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE CASCADE
);

CREATE TABLE "BurenhulpStory" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "happenedOn" date NOT NULL,
  "neighbourhoodId" uuid,
  "kindId" uuid,
  "times" integer NOT NULL DEFAULT 1 CHECK ("times" BETWEEN 1 AND 999),
  "story" text,
  "createdById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  FOREIGN KEY ("tenantId", "neighbourhoodId") REFERENCES "Neighbourhood"("tenantId", "id") ON DELETE SET NULL ("neighbourhoodId"),
  FOREIGN KEY ("tenantId", "kindId") REFERENCES "BurenhulpKind"("tenantId", "id") ON DELETE SET NULL ("kindId")
);
CREATE INDEX "BurenhulpStory_tenantId_happenedOn_idx" ON "BurenhulpStory"("tenantId", "happenedOn");
CREATE INDEX "BurenhulpStory_tenantId_neighbourhoodId_idx" ON "BurenhulpStory"("tenantId", "neighbourhoodId");

ALTER TABLE "BurenhulpArea" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpArea" FORCE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpStory" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpStory" FORCE ROW LEVEL SECURITY;
-- A neighbourhood's way of working is the tenant's to see (it decides whether a request may be matched).
CREATE POLICY tenant_isolation ON "BurenhulpArea"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
-- The log follows core's neighbourhood scope (ADR 0011): a field worker sees her neighbourhoods' entries and her own.
CREATE POLICY tenant_isolation ON "BurenhulpStory"
  USING ("tenantId" = (SELECT app_tenant_id())
         AND ((SELECT app_person_scope() IS NULL) OR "createdById" = (SELECT app_user_id())
              OR "neighbourhoodId" = ANY ((SELECT app_person_scope())::uuid[])))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
DROP TABLE "BurenhulpStory";
DROP TABLE "BurenhulpArea";
