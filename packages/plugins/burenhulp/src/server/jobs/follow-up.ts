import { defineJob, type ModuleSchedule, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { followUpDue, sendFollowUps } from "../follow-up";
import { FOLLOW_UP_CAPABILITY } from "../routers/follow-ups";

/**
 * Daily, per tenant: the confirmed (or done) matches past their planned date that nobody asked yet get their
 * follow-up (BH-6): both sides are asked, by a mailed link when the tenant has the follow-up page on.
 */
export async function runFollowUps(tx: Tx, tenantId: string, now = new Date()): Promise<{ matches: number; mailed: number }> {
  const tenant = await tx.tenant.findUnique({
    where: { id: tenantId },
    select: { id: true, slug: true, defaultLocale: true, publicCapabilities: true },
  });
  if (!tenant) return { matches: 0, mailed: 0 };
  const open = await tx.burenhulpMatch.findMany({
    where: { tenantId, status: { in: ["confirmed", "done"] }, followUps: { none: {} } },
    select: { id: true, statusChangedAt: true, request: { select: { startsOn: true, endsOn: true } } },
    orderBy: { statusChangedAt: "asc" },
    take: 500,
  });
  const due = open.filter((m) => followUpDue(m) <= now).map((m) => m.id);
  const mailed = await sendFollowUps({ tx, tenant }, due, tenant.publicCapabilities.includes(FOLLOW_UP_CAPABILITY));
  return { matches: due.length, mailed };
}

export const followUpJob = defineJob({
  name: "burenhulp.followup.run",
  payload: z.object({}),
  attempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => {
    const tenantId = ctx.tenantId;
    if (!tenantId) return { matches: 0, mailed: 0 };
    return ctx.withTenantDb((tx) => runFollowUps(tx, tenantId));
  },
});

export const followUpSchedule: ModuleSchedule = {
  job: followUpJob,
  pattern: "0 10 * * *",
  tz: "Europe/Brussels",
  schedulerId: (tenantId: string) => `burenhulp-followup-${tenantId}`,
};
