import type { TenantHookContext } from "@zorgzaam/core/plugin";
import { ensureDefaultSectors } from "./sectors";

/** Enabling gives the tenant the default sectors (its own editable copy). Disabling deletes nothing. */
export async function onEnable(ctx: TenantHookContext): Promise<void> {
  await ensureDefaultSectors(ctx.tx, ctx.tenantId);
}
