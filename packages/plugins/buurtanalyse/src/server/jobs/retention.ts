import { defineJob, type ModuleSchedule, readModuleSettings, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { manifest } from "../../manifest";

/**
 * Retention (BA-11): the working notes of sections, which may name people, are cleared once the analysis ended more
 * than the tenant's `notesRetentionMonths` ago; the structured content (answers, hypotheses, SWOT, actions) stays.
 * Runs daily per tenant where the module is on.
 */
export async function clearExpiredNotes(tx: Tx, tenantId: string, months: number, now = new Date()): Promise<number> {
  const before = new Date(now);
  before.setUTCMonth(before.getUTCMonth() - months);
  const r = await tx.buurtanalyseSection.updateMany({
    where: { tenantId, notes: { not: null }, analysis: { periodEnd: { lt: before } } },
    data: { notes: null },
  });
  // Notes on what was drawn on the map may name people too: the same retention.
  const m = await tx.buurtanalyseMapItem.updateMany({
    where: { tenantId, note: { not: null }, analysis: { periodEnd: { lt: before } } },
    data: { note: null },
  });
  // The notes of conversations and focus groups (round 4) may name people too: the same retention.
  const c = await tx.buurtanalyseConversation.updateMany({
    where: { tenantId, notes: { not: null }, analysis: { periodEnd: { lt: before } } },
    data: { notes: null },
  });
  // The notes on key-figure leads (round 4) too.
  const l = await tx.buurtanalyseLead.updateMany({
    where: { tenantId, notes: { not: null }, analysis: { periodEnd: { lt: before } } },
    data: { notes: null },
  });
  return r.count + m.count + c.count + l.count;
}

export const retentionJob = defineJob({
  name: "buurtanalyse.retention.run",
  payload: z.object({}),
  attempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => {
    const tenantId = ctx.tenantId;
    if (!tenantId) return { cleared: 0 };
    return ctx.withTenantDb(async (tx) => {
      const settings = await readModuleSettings(tx, tenantId, manifest);
      return { cleared: await clearExpiredNotes(tx, tenantId, settings.notesRetentionMonths) };
    });
  },
});

export const schedules: readonly ModuleSchedule[] = [
  {
    job: retentionJob,
    pattern: "50 3 * * *",
    tz: "Europe/Brussels",
    schedulerId: (tenantId: string) => `buurtanalyse-retention-${tenantId}`,
  },
];
