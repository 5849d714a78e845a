-- migrate:up
-- Base map presets (ADR 0016): the tenant's choice (null = "auto", the installation's default for its region) and
-- the attribution of a custom tile address.
ALTER TABLE "Tenant" ADD COLUMN "mapBaseMap" text, ADD COLUMN "mapAttribution" text;
-- A tenant that had typed a style URL keeps it, now as an explicit custom choice.
UPDATE "Tenant" SET "mapBaseMap" = 'custom' WHERE "mapStyleUrl" IS NOT NULL AND "mapboxToken" IS NULL;

-- migrate:down
ALTER TABLE "Tenant" DROP COLUMN "mapBaseMap", DROP COLUMN "mapAttribution";
