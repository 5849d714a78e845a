import type { ModuleSchedule, TenantHookContext } from "@zorgzaam/core/plugin";
import { REMINDERS_PATTERN, remindersJob, remindersSchedulerId } from "./jobs/reminders";
import { ensureStarterSet } from "./library";

/** Enabling: the tenant gets its copy of the starter set. Disabling deletes nothing. */
export async function onEnable(ctx: TenantHookContext): Promise<void> {
  await ensureStarterSet(ctx.tx, ctx.tenantId);
}

/**
 * The daily reminder run (07:00 Brussels time) of every tenant where the module is on. Core creates it when the
 * module is switched on, removes it when it is switched off (the worker also skips jobs of a disabled module), and
 * reconciles it at every worker start.
 */
export const schedules: readonly ModuleSchedule[] = [
  { job: remindersJob, pattern: REMINDERS_PATTERN, tz: "Europe/Brussels", schedulerId: remindersSchedulerId },
];
