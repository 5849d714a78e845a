import { schedule, type TenantHookContext, unschedule } from "@zorgzaam/core";
import { REMINDERS_PATTERN, remindersJob, remindersSchedulerId } from "./jobs/reminders";
import { ensureStarterSet } from "./library";

/** Enabling: the tenant gets its copy of the starter set, and the daily reminder run (07:00 Brussels time). */
export async function onEnable(ctx: TenantHookContext): Promise<void> {
  await ensureStarterSet(ctx.tx, ctx.tenantId);
  const tenantId = ctx.tenantId;
  ctx.afterCommit(async () => {
    await schedule(
      remindersJob,
      {},
      { schedulerId: remindersSchedulerId(tenantId), pattern: REMINDERS_PATTERN, tz: "Europe/Brussels", tenantId },
    );
  });
}

/** Disabling deletes nothing: it only stops the reminder schedule (the worker also skips jobs of a disabled module). */
export async function onDisable(ctx: TenantHookContext): Promise<void> {
  const tenantId = ctx.tenantId;
  ctx.afterCommit(async () => {
    await unschedule(remindersSchedulerId(tenantId));
  });
}
