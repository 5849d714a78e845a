-- migrate:up
-- Module "burenhulp": printables (BH-9). A worker asks for a PDF (the Burenbox card, a window poster or referral
-- cards for partners, in nl/fr/en, filled in or blank); a job renders it with progress and stores it here until it
-- is downloaded. No person's data: the tenant's name, its kinds of help and the QR code of its public forms.
CREATE TABLE "BurenhulpPrintable" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "kind" text NOT NULL CHECK ("kind" IN ('card', 'poster', 'referral')),
  "language" text NOT NULL DEFAULT 'nl' CHECK ("language" IN ('nl', 'fr', 'en')),
  "blank" boolean NOT NULL DEFAULT false,
  "status" text NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'done', 'failed')),
  "progress" integer NOT NULL DEFAULT 0 CHECK ("progress" BETWEEN 0 AND 100),
  "pdf" bytea,
  "fileName" text,
  "error" text,
  "requestedById" uuid REFERENCES "User"("id") ON DELETE SET NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "completedAt" timestamptz(3)
);
CREATE INDEX "BurenhulpPrintable_tenantId_createdAt_idx" ON "BurenhulpPrintable"("tenantId", "createdAt");
ALTER TABLE "BurenhulpPrintable" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BurenhulpPrintable" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BurenhulpPrintable"
  USING ("tenantId" = (SELECT app_tenant_id()))
  WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
DROP TABLE "BurenhulpPrintable";
