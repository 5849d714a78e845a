import type { TenantHookContext } from "@zorgzaam/core/plugin";
import { ensureStarterKinds } from "./kinds";

/** Enabling: the tenant gets the starter kinds of help. Disabling deletes nothing. */
export async function onEnable(ctx: TenantHookContext): Promise<void> {
  await ensureStarterKinds(ctx.tx, ctx.tenantId);
}
