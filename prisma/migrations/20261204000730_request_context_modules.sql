-- migrate:up
-- app_request_context (ADR 0014) also returns the tenant's modules (enabled, settings), so that a module procedure
-- checks that its module is switched on without a round trip of its own. Read under the tenant's policy, after the
-- settings, like the rest.
CREATE OR REPLACE FUNCTION app_request_context(p_slug text, p_user uuid, p_tenant_wide_roles text[]) RETURNS jsonb
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
    RETURN jsonb_build_object('tenant', to_jsonb(t), 'membership', NULL, 'overrides', '[]'::jsonb, 'modules', '{}'::jsonb);
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
                             FROM "RolePermission" r WHERE r."role" = ANY (m."roles")), '[]'::jsonb),
    'modules', coalesce((SELECT jsonb_object_agg(tm."moduleId", jsonb_build_object('enabled', tm."enabled", 'settings', tm."settings"))
                           FROM "TenantModule" tm WHERE tm."tenantId" = t."id"), '{}'::jsonb));
END $$;

-- migrate:down
CREATE OR REPLACE FUNCTION app_request_context(p_slug text, p_user uuid, p_tenant_wide_roles text[]) RETURNS jsonb
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
