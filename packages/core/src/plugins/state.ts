import type { Tx } from "../db/client";
import { withDbContext } from "../db/client";

/** Ids of the modules enabled for the tenant bound to tx. */
export async function enabledModuleIds(tx: Tx): Promise<Set<string>> {
  const rows = await tx.tenantModule.findMany({ where: { enabled: true }, select: { moduleId: true } });
  return new Set(rows.map((r) => r.moduleId));
}

/** For the worker: may a job of this scope run for this tenant? Core and platform jobs always may. */
export async function isModuleEnabledFor(scope: string, tenantId: string | null): Promise<boolean> {
  if (scope === "core" || !tenantId) return true;
  return withDbContext({ tenantId }, async (tx) => {
    const row = await tx.tenantModule.findUnique({
      where: { tenantId_moduleId: { tenantId, moduleId: scope } },
      select: { enabled: true },
    });
    return row?.enabled === true;
  });
}
