-- migrate:up
-- Module "partners": every member organisation keeps its own relationship with a shared actor (ADR 0017). The actor's
-- own columns ("status", "offersUs", "offersThem", "statusChangedAt") stay the lead relationship: the one of the
-- organisation that owns the actor, or of the partnership when nobody owns it. That is today's single relationship, so
-- no data moves. Every other organisation's relationship is a row here, one per actor and organisation, created when
-- that organisation first records one. Its changes go into the actor's history with the organisation named
-- ("PartnersActorChange"."organisationId"; null: the lead relationship).

CREATE TABLE "PartnersRelationship" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL,
  "actorId" uuid NOT NULL,
  "organisationId" uuid NOT NULL,
  "status" text NOT NULL DEFAULT 'not_contacted' CHECK ("status" IN ('intensive', 'occasional', 'dormant', 'not_contacted', 'let_go')),
  "offersUs" text NOT NULL DEFAULT '' CHECK (length("offersUs") <= 5000),
  "offersThem" text NOT NULL DEFAULT '' CHECK (length("offersThem") <= 5000),
  "statusChangedAt" timestamptz(3) NOT NULL DEFAULT now(),
  "version" integer NOT NULL DEFAULT 1,
  "createdById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "id"),
  CONSTRAINT "PartnersRelationship_tenant_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "actorId") REFERENCES "PartnersActor"("tenantId", "id") ON DELETE CASCADE,
  -- A deleted organisation takes its own relationships with it (the actor and the other relationships stay).
  CONSTRAINT "PartnersRelationship_organisation_fkey" FOREIGN KEY ("tenantId", "organisationId")
    REFERENCES "Organisation"("tenantId", "id") ON DELETE CASCADE,
  CONSTRAINT "PartnersRelationship_createdBy_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL
);
CREATE UNIQUE INDEX "PartnersRelationship_actorId_organisationId_key" ON "PartnersRelationship"("actorId", "organisationId");
CREATE INDEX "PartnersRelationship_tenantId_organisationId_idx" ON "PartnersRelationship"("tenantId", "organisationId");

ALTER TABLE "PartnersRelationship" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnersRelationship" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartnersRelationship"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- The history names whose relationship changed (null: the actor itself or its lead relationship). A deleted
-- organisation's relationship history goes with its relationships.
ALTER TABLE "PartnersActorChange" ADD COLUMN "organisationId" uuid;
ALTER TABLE "PartnersActorChange" DROP CONSTRAINT "PartnersActorChange_kind_check";
ALTER TABLE "PartnersActorChange" ADD CONSTRAINT "PartnersActorChange_kind_check"
  CHECK ("kind" IN ('created', 'updated', 'status', 'archived', 'restored', 'imported', 'erased', 'relationship'));

ALTER TABLE "PartnersActorChange" ADD CONSTRAINT "PartnersActorChange_organisation_fkey" FOREIGN KEY ("tenantId", "organisationId")
  REFERENCES "Organisation"("tenantId", "id") ON DELETE CASCADE;

-- migrate:down
DELETE FROM "PartnersActorChange" WHERE "kind" = 'relationship';
ALTER TABLE "PartnersActorChange" DROP CONSTRAINT "PartnersActorChange_kind_check";
ALTER TABLE "PartnersActorChange" ADD CONSTRAINT "PartnersActorChange_kind_check"
  CHECK ("kind" IN ('created', 'updated', 'status', 'archived', 'restored', 'imported', 'erased'));
ALTER TABLE "PartnersActorChange" DROP CONSTRAINT "PartnersActorChange_organisation_fkey";
ALTER TABLE "PartnersActorChange" DROP COLUMN "organisationId";
DROP TABLE IF EXISTS "PartnersRelationship";
