-- migrate:up
-- Two records of one person become one (issue 11: a public form always makes a new Person, never matched to an
-- existing one automatically; staff who recognise her merge the records). Every column that references "Person"
-- through a foreign key, core's and every module's (found in the catalogue, so a new module's table is covered
-- without a line of its own), is pointed from the merged record to the kept one. SECURITY INVOKER: the caller's
-- row-level security applies. A row that may exist once per person on both sides raises unique_violation, and the
-- caller's transaction (the whole merge) is rolled back.
CREATE FUNCTION person_merge_references(keep uuid, merged uuid) RETURNS integer LANGUAGE plpgsql AS $$
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

-- migrate:down
DROP FUNCTION person_merge_references(uuid, uuid);
