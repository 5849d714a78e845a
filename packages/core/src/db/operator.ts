import { REGION_VIEW, type Region } from "../map/base-maps";
import { appDb, withDbContext } from "./client";
import { writeAudit } from "../audit";

/**
 * The platform operator's cross-tenant access, in one explicitly named place. It sees tenants and counts, never a
 * tenant's people: the counts come from a SECURITY DEFINER function that returns numbers only. Every change is
 * audit-logged.
 */
export const operatorDb = {
  async tenantHealth() {
    const [tenants, health] = await Promise.all([
      appDb().tenant.findMany({
        select: { id: true, slug: true, name: true, defaultLocale: true, createdAt: true },
        orderBy: { name: "asc" },
      }),
      appDb().$queryRaw<
        { tenantId: string; members: bigint; people: bigint; neighbourhoods: bigint; organisations: bigint; lastActivity: Date | null }[]
      >`SELECT * FROM operator_tenant_health()`,
    ]);
    const byId = new Map(health.map((h) => [h.tenantId, h]));
    return tenants.map((t) => {
      const h = byId.get(t.id);
      return {
        ...t,
        members: Number(h?.members ?? 0),
        people: Number(h?.people ?? 0),
        neighbourhoods: Number(h?.neighbourhoods ?? 0),
        organisations: Number(h?.organisations ?? 0),
        lastActivity: h?.lastActivity ?? null,
      };
    });
  },

  async createTenant(input: { slug: string; name: string; defaultLocale: string; region: Region }, actorUserId: string) {
    // The region places the map, and with it the base map a new tenant gets ("auto": map/base-maps.ts).
    const tenant = await appDb().tenant.create({
      data: { slug: input.slug, name: input.name, defaultLocale: input.defaultLocale, ...REGION_VIEW[input.region] },
      select: { id: true, slug: true, name: true },
    });
    await withDbContext({ tenantId: tenant.id }, (tx) =>
      writeAudit(tx, { tenantId: tenant.id, actorUserId, action: "operator.tenant_created", targetType: "Tenant", targetId: tenant.id }),
    );
    return tenant;
  },
};
