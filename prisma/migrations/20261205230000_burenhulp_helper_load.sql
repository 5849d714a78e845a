-- migrate:up
-- A helper's load this month, counted over ALL her matches in the tenant. Matches are visible only with their request
-- (row-level security: a field worker sees her neighbourhoods' requests), so a count under the caller's policies
-- missed a helper's matches for requests elsewhere, and a helper over her own limit could be proposed (BH-5, BH-7).
-- This function counts as the owner, inside the caller's tenant only (app_tenant_id()), for the persons the caller
-- names (the helpers of offers she can see), and returns counts only: nothing about the other requests.
CREATE FUNCTION burenhulp_helper_load(p_persons uuid[], p_since timestamptz, p_statuses text[])
RETURNS TABLE ("personId" uuid, "thisMonth" int)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT o."personId", count(*)::int
  FROM "BurenhulpMatch" m
  JOIN "BurenhulpOffer" o ON o."id" = m."offerId" AND o."tenantId" = m."tenantId"
  WHERE m."tenantId" = app_tenant_id()
    AND o."personId" = ANY (p_persons)
    AND m."status" = ANY (p_statuses)
    AND (m."status" <> 'done' OR m."statusChangedAt" >= p_since)
  GROUP BY o."personId"
$$;

-- migrate:down
DROP FUNCTION burenhulp_helper_load(uuid[], timestamptz, text[]);
