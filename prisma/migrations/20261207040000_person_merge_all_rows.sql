-- migrate:up
-- A merge moves every row about the merged person, also rows the member who merges cannot see. With the caller's
-- row-level security (20261207010100) the UPDATE skipped rows hidden from her (a colleague's refused survey answer,
-- which a field worker does not see), and deleting the merged person then deleted them by cascade: data of others,
-- lost without a word. The function now runs as its owner, bound to the caller's tenant (app_tenant_id()), as
-- burenhulp_helper_load does; people.merge has already checked that the caller sees both persons and may manage them.
CREATE OR REPLACE FUNCTION person_merge_references(keep uuid, merged uuid) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  r record;
  n integer;
  total integer := 0;
  t uuid := app_tenant_id();
BEGIN
  IF t IS NULL OR keep = merged
     OR (SELECT count(*) FROM "Person" p WHERE p."id" IN (keep, merged) AND p."tenantId" = t) <> 2 THEN
    RAISE EXCEPTION 'person_merge_references: two persons of the current tenant are needed' USING ERRCODE = 'no_data_found';
  END IF;
  FOR r IN
    SELECT c.conrelid::regclass AS tbl, a.attname AS col
    FROM pg_constraint c
    JOIN LATERAL unnest(c.conkey) AS k(attnum) ON true
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
    WHERE c.contype = 'f' AND c.confrelid = '"Person"'::regclass AND a.attname <> 'tenantId'
    ORDER BY 1, 2
  LOOP
    EXECUTE format('UPDATE %s SET %I = $1 WHERE %I = $2 AND "tenantId" = $3', r.tbl, r.col, r.col) USING keep, merged, t;
    GET DIAGNOSTICS n = ROW_COUNT;
    total := total + n;
  END LOOP;
  RETURN total;
END
$$;

-- migrate:down
CREATE OR REPLACE FUNCTION person_merge_references(keep uuid, merged uuid) RETURNS integer
LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
  r record;
  n integer;
  total integer := 0;
BEGIN
  FOR r IN
    SELECT c.conrelid::regclass AS tbl, a.attname AS col
    FROM pg_constraint c
    JOIN LATERAL unnest(c.conkey) AS k(attnum) ON true
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
    WHERE c.contype = 'f' AND c.confrelid = '"Person"'::regclass AND a.attname <> 'tenantId'
    ORDER BY 1, 2
  LOOP
    EXECUTE format('UPDATE %s SET %I = $1 WHERE %I = $2', r.tbl, r.col, r.col) USING keep, merged;
    GET DIAGNOSTICS n = ROW_COUNT;
    total := total + n;
  END LOOP;
  RETURN total;
END
$$;
