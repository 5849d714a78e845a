-- migrate:up
-- Everything tenantProcedure needs before its handler, in one round trip (ADR 0014): the tenant by its slug, the
-- transaction's settings for row-level security (tenant, user and, for a member limited to neighbourhoods, the person
-- scope of ADR 0011), the membership with its neighbourhoods, and the tenant's role overrides for the member's roles.
-- It runs as the caller (the application role), so every read after the settings goes through the policies as any
-- other query of the request would. The settings are local to the transaction (set_config(..., true)).
--
-- Returns NULL when no tenant has the slug; {"tenant": ..., "membership": null} when the user is no member. The
-- roles that see the whole tenant come from the application (TENANT_WIDE_ROLES), so the rule has one source.
CREATE FUNCTION app_request_context(p_slug text, p_user uuid, p_tenant_wide_roles text[]) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  t record;
  m record;
  nbh uuid[];
BEGIN
  SELECT x."id", x."slug", x."name", x."defaultLocale", x."enabledLocales", x."allowPassword" INTO t
    FROM "Tenant" x WHERE x."slug" = p_slug;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('app.tenant_id', t."id"::text, true), set_config('app.user_id', coalesce(p_user::text, ''), true);
  SELECT x."id", x."roles", x."organisationId" INTO m
    FROM "Membership" x WHERE x."tenantId" = t."id" AND x."userId" = p_user;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('tenant', to_jsonb(t), 'membership', NULL, 'overrides', '[]'::jsonb);
  END IF;
  IF NOT (m."roles" && p_tenant_wide_roles) THEN
    nbh := ARRAY(SELECT n."neighbourhoodId" FROM "MembershipNeighbourhood" n WHERE n."membershipId" = m."id");
    IF cardinality(nbh) > 0 THEN
      PERFORM set_config('app.person_scope', array_to_string(nbh, ','), true);
    ELSE
      nbh := NULL;
    END IF;
  END IF;
  RETURN jsonb_build_object(
    'tenant', to_jsonb(t),
    'membership', jsonb_build_object('id', m."id", 'userId', p_user, 'roles', to_jsonb(m."roles"),
                                     'organisationId', m."organisationId", 'neighbourhoodIds', to_jsonb(nbh)),
    'overrides', coalesce((SELECT jsonb_agg(jsonb_build_object('role', r."role", 'permission', r."permission", 'granted', r."granted"))
                             FROM "RolePermission" r WHERE r."role" = ANY (m."roles")), '[]'::jsonb));
END $$;

-- migrate:down
DROP FUNCTION IF EXISTS app_request_context(text, uuid, text[]);
