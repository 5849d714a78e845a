import { defineJob, deleteStoredFiles, type ModuleSchedule, readModuleSettings, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { manifest } from "../../manifest";

/**
 * Retention (BH-12): closed and cancelled requests older than the tenant's `retentionMonths` lose everything about the
 * person (the link to her, the street, the point, the notes, the words about when); what stays (kind, channel,
 * neighbourhood, weight, dates, matches' steps) feeds the figures. A photo sent with the request is deleted. Runs
 * daily per tenant where the module is on.
 */
export async function anonymiseClosed(tx: Tx, tenantId: string, months: number, now = new Date()): Promise<number> {
  const before = new Date(now);
  before.setUTCMonth(before.getUTCMonth() - months);
  const where = { tenantId, status: { in: ["closed", "cancelled"] }, closedAt: { lt: before }, personId: { not: null } };
  const photos = await tx.burenhulpRequest.findMany({ where: { ...where, photoFileId: { not: null } }, select: { photoFileId: true } });
  for (const p of photos) if (p.photoFileId) await deleteStoredFiles(tx, { id: p.photoFileId });
  const r = await tx.burenhulpRequest.updateMany({
    where,
    data: { personId: null, street: null, lat: null, lng: null, notes: null, whenNote: null, languages: [], photoFileId: null },
  });
  return r.count;
}

export const retentionJob = defineJob({
  name: "burenhulp.retention.run",
  payload: z.object({}),
  attempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => {
    const tenantId = ctx.tenantId;
    if (!tenantId) return { anonymised: 0 };
    return ctx.withTenantDb(async (tx) => {
      const settings = await readModuleSettings(tx, tenantId, manifest);
      return { anonymised: await anonymiseClosed(tx, tenantId, settings.retentionMonths) };
    });
  },
});

export const schedules: readonly ModuleSchedule[] = [
  { job: retentionJob, pattern: "30 3 * * *", tz: "Europe/Brussels", schedulerId: (tenantId: string) => `burenhulp-retention-${tenantId}` },
];
