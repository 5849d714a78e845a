import { z } from "zod";
import { defineJob } from "../jobs/define";
import { erasePersonalData, exportPersonalData } from "./collect";

const payload = z.object({ personId: z.uuid(), requestedBy: z.uuid().nullable() });

function tenantOf(ctx: { tenantId: string | null; jobId: string }): string {
  if (!ctx.tenantId) throw new Error(`Personal data job ${ctx.jobId} has no tenant`);
  return ctx.tenantId;
}

/** Collects everything about one person (core and every enabled module); the result is the export (JSON). */
export const personalDataExportJob = defineJob({
  name: "core.personal_data.export",
  payload,
  attempts: 3,
  handler: async (ctx, { personId }) =>
    exportPersonalData(
      tenantOf(ctx),
      personId,
      (fn) => ctx.withTenantDb(fn),
      (pct) => ctx.updateProgress(pct),
    ),
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
