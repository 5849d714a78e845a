import {
  type AuditInput,
  asLocale,
  defineJob,
  env,
  type ModuleSchedule,
  readModuleSettings,
  receiveContactMessage,
  type Tx,
  writeAudit,
} from "@zorgzaam/core/plugin";
import { referralServices } from "@zorgzaam/plugin-partners/server";
import { z } from "zod";
import { manifest } from "../../manifest";
import { formatDay, translator } from "../i18n";

const DAY_MS = 86_400_000;
/** A referral still waiting on the service: sent and not taken up yet, or taken up and not done. */
export const STALLING_STATUSES = ["sent", "accepted"] as const;

/** Since when a referral counts as stalled for this tenant (its status unchanged since before this moment). */
export function stalledBefore(days: number, now = new Date()): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

type ReminderCtx = {
  tx: Tx;
  tenant: { id: string };
  enqueue: Parameters<typeof receiveContactMessage>[0]["enqueue"];
  audit: (input: AuditInput) => Promise<void>;
};

/**
 * The closed loop of a referral (BH-4): every referral whose status has not moved for `days` days (still sent, or
 * taken up and not done) puts a reminder in the contact point's inbox, in the tenant's language, with a link to the
 * request: ask the service how it goes and record it. Once per period: a referral reminded less than `days` days ago
 * waits. A request anonymised after retention (no person) is closed and never stalls.
 */
export async function remindStalledReferrals(ctx: ReminderCtx, days: number, now = new Date()): Promise<number> {
  const before = stalledBefore(days, now);
  const stalled = await ctx.tx.burenhulpReferral.findMany({
    where: {
      tenantId: ctx.tenant.id,
      status: { in: [...STALLING_STATUSES] },
      statusChangedAt: { lt: before },
      OR: [{ remindedAt: null }, { remindedAt: { lt: before } }],
      request: { personId: { not: null } },
    },
    orderBy: { statusChangedAt: "asc" },
    take: 200,
    select: {
      id: true,
      status: true,
      statusChangedAt: true,
      serviceActorId: true,
      serviceName: true,
      request: {
        select: {
          id: true,
          personId: true,
          neighbourhoodId: true,
          kind: { select: { key: true, label: true } },
          person: { select: { firstName: true, lastName: true } },
        },
      },
    },
  });
  if (stalled.length === 0) return 0;
  const tenant = await ctx.tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenant.id }, select: { slug: true, defaultLocale: true } });
  const locale = asLocale(tenant.defaultLocale);
  const t = translator(locale);
  const actorIds = [...new Set(stalled.map((r) => r.serviceActorId).filter((x): x is string => x !== null))];
  // Partners' own API (the whole map: the reminder goes to the contact point, not to a partner).
  const services = new Map(
    actorIds.length
      ? (await referralServices({ tx: ctx.tx, membership: { organisationId: null } }, { ids: actorIds })).map((s) => [s.id, s.name])
      : [],
  );
  const base = env().APP_URL.replace(/\/$/, "");
  for (const r of stalled) {
    const personId = r.request.personId as string;
    const own = (r.request.kind.label ?? {}) as Record<string, string | undefined>;
    await receiveContactMessage(ctx, {
      personId,
      neighbourhoodId: r.request.neighbourhoodId,
      body: t("referral.reminderMessage", {
        name: [r.request.person?.firstName, r.request.person?.lastName].filter(Boolean).join(" "),
        kind: own[locale] || t(`kinds.${r.request.kind.key}`),
        service: (r.serviceActorId ? services.get(r.serviceActorId) : null) ?? r.serviceName ?? "—",
        status: t(`referralStatus.${r.status}`),
        since: formatDay(r.statusChangedAt, locale),
        days: Math.floor((now.getTime() - r.statusChangedAt.getTime()) / DAY_MS),
        link: `${base}/t/${tenant.slug}/burenhulp/requests/${r.request.id}`,
      }),
      locale,
      source: "module",
    });
    await ctx.tx.burenhulpReferral.update({ where: { id: r.id }, data: { remindedAt: now } });
    await ctx.audit({ action: "burenhulp.referral.reminded", targetType: "BurenhulpReferral", targetId: r.id, data: { days } });
  }
  return stalled.length;
}

export const referralReminderJob = defineJob({
  name: "burenhulp.referrals.remind",
  payload: z.object({}),
  attempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => {
    const tenantId = ctx.tenantId;
    if (!tenantId) return { reminded: 0 };
    return ctx.withTenantDb(async (tx) => {
      const settings = await readModuleSettings(tx, tenantId, manifest);
      const audit = (input: AuditInput) => writeAudit(tx, { ...input, tenantId, actorUserId: null });
      return {
        reminded: await remindStalledReferrals({ tx, tenant: { id: tenantId }, enqueue: ctx.enqueue, audit }, settings.referralStallDays),
      };
    });
  },
});

export const referralReminderSchedule: ModuleSchedule = {
  job: referralReminderJob,
  pattern: "0 9 * * 1-5",
  tz: "Europe/Brussels",
  schedulerId: (tenantId: string) => `burenhulp-referral-reminders-${tenantId}`,
};
