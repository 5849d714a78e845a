-- migrate:up
-- Search by part of a name under row-level security (ADR 0013).
--
-- 1. Trigram indexes, so that ILIKE '%term%' finds its rows without reading the whole tenant. pg_trgm is a trusted
--    contrib extension: a database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Person_search_trgm_idx" ON "Person"
  USING gin ("firstName" gin_trgm_ops, "lastName" gin_trgm_ops, "email" gin_trgm_ops);
CREATE INDEX "PartnersActor_search_trgm_idx" ON "PartnersActor"
  USING gin ("name" gin_trgm_ops, "address" gin_trgm_ops, "city" gin_trgm_ops);

-- 2. Under row-level security the planner may use an index for a condition only when the condition's function is
--    LEAKPROOF (it must not run before the policy otherwise, so it cannot drive an index scan). ILIKE's function,
--    texticlike, is not marked so, although it can only fail on its pattern (a parameter here), never on a row's value.
--    Marking it needs a superuser and is not carried by pg_dump: migrateDatabase reasserts it on every run
--    (app_assert_search_leakproof below). Without a superuser the search stays correct, only slower; the function
--    says so.
CREATE FUNCTION app_assert_search_leakproof() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT proleakproof FROM pg_proc WHERE oid = 'texticlike(text, text)'::regprocedure) THEN
    RETURN true;
  END IF;
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    RAISE NOTICE 'texticlike is not LEAKPROOF and % is no superuser: search works, without its trigram index under RLS', current_user;
    RETURN false;
  END IF;
  ALTER FUNCTION texticlike(text, text) LEAKPROOF;
  RETURN true;
END $$;
REVOKE ALL ON FUNCTION app_assert_search_leakproof() FROM PUBLIC;
SELECT app_assert_search_leakproof();

-- migrate:down
DROP FUNCTION IF EXISTS app_assert_search_leakproof();
DROP INDEX IF EXISTS "PartnersActor_search_trgm_idx";
DROP INDEX IF EXISTS "Person_search_trgm_idx";
-- texticlike keeps LEAKPROOF (other databases of the cluster do not share it; it is harmless) and pg_trgm stays:
-- dropping either could break what else uses them.
