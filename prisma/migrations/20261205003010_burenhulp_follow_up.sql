-- migrate:up
-- Module "burenhulp": the follow-up after a match (BH-6). After the planned date both sides are asked (one tap by a
-- signed e-mail link, or by the worker): did it happen, how did it go, anything heavier noticed. One row per match
-- and side; the answer is codes and booleans only (no free text).
ALTER TABLE "BurenhulpMatch" ADD CONSTRAINT "BurenhulpMatch_tenantId_id_key" UNIQUE ("tenantId", "id");
CREATE TABLE "BurenhulpFollowUp" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "matchId" uuid NOT NULL,
  "side" text NOT NULL CHECK ("side" IN ('asker', 'helper')),
  "happened" boolean,
  "went" text CHECK ("went" IN ('good', 'ok', 'bad')),
  "heavier" boolean NOT NULL DEFAULT false,
  "answeredVia" text CHECK ("answeredVia" IN ('link', 'worker')),
  "answeredAt" timestamptz(3),
  "mailedAt" timestamptz(3),
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE ("tenantId", "matchId", "side"),
  FOREIGN KEY ("tenantId", "matchId") REFERENCES "BurenhulpMatch"("tenantId", "id") ON DELETE CASCADE
);
ALTER TABLE "BurenhulpFollowUp" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpFollowUp" FORCE ROW LEVEL SECURITY;
-- Seen by those who see its match (so: its request).
CREATE POLICY tenant_isolation ON "BurenhulpFollowUp"
  USING ("tenantId" = (SELECT app_tenant_id()) AND EXISTS (SELECT 1 FROM "BurenhulpMatch" m WHERE m."id" = "BurenhulpFollowUp"."matchId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
DROP TABLE "BurenhulpFollowUp";
ALTER TABLE "BurenhulpMatch" DROP CONSTRAINT "BurenhulpMatch_tenantId_id_key";
