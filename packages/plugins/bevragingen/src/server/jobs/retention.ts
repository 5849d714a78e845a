import { defineJob, deleteStoredFiles, type ModuleSchedule, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";

/**
 * Retention per survey: once a survey has been closed for its `retentionMonths`, its responses lose the link to a
 * person and the street; the answers stay for the figures. Photos (never figures, and a photo may show someone) are
 * deleted then. Refused answers kept for a worker are deleted then. Runs daily per tenant where the module is on.
 */
export async function anonymiseExpired(tx: Tx, tenantId: string, now = new Date()): Promise<number> {
  const photos = await tx.$queryRaw<{ id: string }[]>`
    SELECT f."id"::text AS id FROM "BevragingenResponse" r
      JOIN "BevragingenSurvey" s ON s."id" = r."surveyId"
      CROSS JOIN LATERAL jsonb_each_text(r."answers") e
      JOIN "StoredFile" f ON f."id"::text = e.value AND f."moduleId" = 'bevragingen' AND f."tenantId" = ${tenantId}::uuid
    WHERE s."tenantId" = ${tenantId}::uuid AND r."tenantId" = ${tenantId}::uuid
      AND s."status" = 'closed' AND s."closedAt" < ${now}::timestamptz - make_interval(months => s."retentionMonths")
      AND jsonb_typeof(r."answers") = 'object'`;
  for (const p of photos) await deleteStoredFiles(tx, { id: p.id });
  const r = await tx.$executeRaw`
    UPDATE "BevragingenResponse" r SET "personId" = NULL, "street" = NULL
    FROM "BevragingenSurvey" s
    WHERE s."id" = r."surveyId" AND s."tenantId" = ${tenantId}::uuid AND r."tenantId" = ${tenantId}::uuid
      AND s."status" = 'closed' AND s."closedAt" < ${now}::timestamptz - make_interval(months => s."retentionMonths")
      AND (r."personId" IS NOT NULL OR r."street" IS NOT NULL)`;
  // Refused answers kept for a worker go once their survey's retention is over (answers and all).
  await tx.$executeRaw`
    DELETE FROM "BevragingenRejected" k USING "BevragingenSurvey" s
    WHERE s."id" = k."surveyId" AND s."tenantId" = ${tenantId}::uuid AND k."tenantId" = ${tenantId}::uuid
      AND s."status" = 'closed' AND s."closedAt" < ${now}::timestamptz - make_interval(months => s."retentionMonths")`;
  return r;
}

export const retentionJob = defineJob({
  name: "bevragingen.retention.run",
  payload: z.object({}),
  attempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => {
    const tenantId = ctx.tenantId;
    if (!tenantId) return { anonymised: 0 };
    return ctx.withTenantDb(async (tx) => ({ anonymised: await anonymiseExpired(tx, tenantId) }));
  },
});

export const schedules: readonly ModuleSchedule[] = [
  {
    job: retentionJob,
    pattern: "45 3 * * *",
    tz: "Europe/Brussels",
    schedulerId: (tenantId: string) => `bevragingen-retention-${tenantId}`,
  },
];
