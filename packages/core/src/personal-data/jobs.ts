import { z } from "zod";
import { env } from "../env";
import { defineJob } from "../jobs/define";
import { erasePersonalData, exportPersonalData } from "./collect";

const payload = z.object({ personId: z.uuid(), requestedBy: z.uuid().nullable() });

function tenantOf(ctx: { tenantId: string | null; jobId: string }): string {
  if (!ctx.tenantId) throw new Error(`Personal data job ${ctx.jobId} has no tenant`);
  return ctx.tenantId;
}

/** What the export job leaves in Redis: the id of the stored export, nothing personal. */
export interface PersonalDataExportResult {
  exportId: string | null;
}

/**
 * Collects everything about one person (core and every registered module) and stores it as a PersonalDataExport row
 * (under RLS, expiring after PERSONAL_DATA_EXPORT_HOURS, deleted when the person is erased). The job's result, kept in
 * Redis, is only that row's id.
 */
export const personalDataExportJob = defineJob({
  name: "core.personal_data.export",
  payload,
  attempts: 3,
  handler: async (ctx, { personId, requestedBy }): Promise<PersonalDataExportResult> => {
    const tenantId = tenantOf(ctx);
    const data = await exportPersonalData(
      tenantId,
      personId,
      (fn) => ctx.withTenantDb(fn),
      (pct) => ctx.updateProgress(Math.min(pct, 99)),
    );
    if (!data.person) return { exportId: null };
    const row = await ctx.withTenantDb((tx) =>
      tx.personalDataExport.create({
        data: {
          tenantId,
          personId,
          requestedById: requestedBy,
          data: data as object,
          expiresAt: new Date(Date.now() + env().PERSONAL_DATA_EXPORT_HOURS * 3600_000),
        },
        select: { id: true },
      }),
    );
    await ctx.updateProgress(100);
    return { exportId: row.id };
  },
});

/** Anonymises one person in core and every enabled module; the result is a summary of counts (no personal data). */
export const personalDataEraseJob = defineJob({
  name: "core.personal_data.erase",
  payload,
  attempts: 5,
  handler: async (ctx, { personId, requestedBy }) =>
    erasePersonalData(
      tenantOf(ctx),
      personId,
      { requestedBy, jobId: ctx.jobId },
      (fn) => ctx.withTenantDb(fn),
      (pct) => ctx.updateProgress(pct),
    ),
});

export const PERSONAL_DATA_JOB_NAMES: readonly string[] = [personalDataExportJob.name, personalDataEraseJob.name];
