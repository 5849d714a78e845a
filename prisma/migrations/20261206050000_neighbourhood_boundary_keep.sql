-- migrate:up
-- A neighbourhood's boundary is never lost, whoever changes it: the database itself keeps the boundary a change
-- replaces (core's setNeighbourhoodBoundary names the source and the user through transaction-local settings; any
-- other UPDATE, by a module or by hand, is kept too, as source "direct"). Before this, keeping it was the function's
-- job, and a module writing Neighbourhood.boundary itself would have skipped the history.
CREATE FUNCTION neighbourhood_boundary_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."boundary" IS NOT NULL AND OLD."boundary" IS DISTINCT FROM NEW."boundary" THEN
    INSERT INTO "NeighbourhoodBoundaryVersion" ("tenantId", "neighbourhoodId", "boundary", "source", "replacedById")
    VALUES (
      OLD."tenantId",
      OLD."id",
      OLD."boundary",
      left(COALESCE(NULLIF(current_setting('app.boundary_source', true), ''), 'direct'), 200),
      NULLIF(current_setting('app.user_id', true), '')::uuid
    );
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER neighbourhood_boundary_keep
  AFTER UPDATE OF "boundary" ON "Neighbourhood"
  FOR EACH ROW EXECUTE FUNCTION neighbourhood_boundary_keep();

-- migrate:down
DROP TRIGGER neighbourhood_boundary_keep ON "Neighbourhood";
DROP FUNCTION neighbourhood_boundary_keep();
