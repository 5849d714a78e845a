import { defineJob, env, escapeHtml, queueMail, readModuleSettings, type Tx } from "@zorgzaam/core/plugin";
import type { Locale } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { manifest } from "../../manifest";
import { membersById } from "../access";
import { addDays, brusselsDay, dateColumnDay, dayAsDate, isOverdue, OPEN_STATUSES } from "../dates";
import { formatDay, formatDayTime, translator } from "../i18n";
import { asLocale } from "../text";

export const REMINDERS_PATTERN = "0 7 * * *";
export const remindersSchedulerId = (tenantId: string) => `reflectie-reminders-${tenantId}`;

interface PendingMail {
  noticeId: string;
  idempotencyKey: string;
  /** A reminder is pointless once the session has started. */
  expiresAt: Date;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Moves a rhythm whose session date passed to its next date (every intervalWeeks weeks), without skipping into the past. */
export function rollForward(next: Date, intervalWeeks: number, now: Date): Date {
  let d = next;
  const step = intervalWeeks * 7;
  while (d.getTime() < now.getTime()) d = addDays(d, step);
  return d;
}

/**
 * Daily, per tenant: for every active rhythm whose next session is within `reminderDaysBefore` days, one in-app notice
 * and one mail per participant (with a digest of their open action points when `sendDigest` is on). Running it again
 * the same day (or after a crash) sends nothing twice: the notice is unique per rhythm, session day and member, its
 * mailedAt marks the mail as handed over, and the mail job's idempotency key covers the gap in between.
 */
export async function runReminders(
  ctx: { tenantId: string | null; withTenantDb<T>(fn: (tx: Tx) => Promise<T>): Promise<T> },
  now: Date = new Date(),
): Promise<{ rhythms: number; notices: number; mails: number }> {
  const tenantId = ctx.tenantId;
  if (!tenantId) throw new Error("reflectie.reminders.run needs a tenant");

  const plan = await ctx.withTenantDb(async (tx) => {
    const settings = await readModuleSettings(tx, tenantId, manifest);
    const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: { slug: true, name: true, defaultLocale: true } });
    if (!tenant) return { rhythms: 0, notices: 0, mails: [] as PendingMail[] };

    const rhythms = await tx.reflectieRhythm.findMany({ where: { tenantId, active: true } });
    const horizon = addDays(now, settings.reminderDaysBefore);
    const due: typeof rhythms = [];
    for (const r of rhythms) {
      const next = rollForward(r.nextSessionAt, r.intervalWeeks, now);
      if (next.getTime() !== r.nextSessionAt.getTime()) {
        await tx.reflectieRhythm.update({ where: { id: r.id }, data: { nextSessionAt: next } });
        r.nextSessionAt = next;
      }
      if (brusselsDay(r.nextSessionAt) <= brusselsDay(horizon)) due.push(r);
    }

    let notices = 0;
    const mails: PendingMail[] = [];
    const link = `${env().APP_URL.replace(/\/$/, "")}/t/${tenant.slug}/reflectie`;
    for (const r of due) {
      const members = await membersById(tx, r.participantIds);
      if (members.size === 0) continue;
      const day = brusselsDay(r.nextSessionAt);
      const created = await tx.reflectieNotice.createMany({
        data: [...members.keys()].map((userId) => ({
          tenantId,
          rhythmId: r.id,
          userId,
          sessionDay: dayAsDate(day),
          sessionAt: r.nextSessionAt,
        })),
        skipDuplicates: true,
      });
      notices += created.count;
      const pending = await tx.reflectieNotice.findMany({
        where: { tenantId, rhythmId: r.id, sessionDay: dayAsDate(day), mailedAt: null, userId: { in: [...members.keys()] } },
        select: { id: true, userId: true },
      });
      for (const n of pending) {
        const m = members.get(n.userId);
        if (!m) continue;
        const locale = asLocale(m.locale, asLocale(tenant.defaultLocale));
        const digest = settings.sendDigest
          ? await tx.reflectieAction.findMany({
              where: { tenantId, ownerUserId: m.userId, status: { in: [...OPEN_STATUSES] } },
              orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }],
              take: 20,
              include: { session: { select: { title: true } } },
            })
          : [];
        mails.push({
          noticeId: n.id,
          idempotencyKey: `reflectie-reminder-${r.id}-${day}-${m.userId}`,
          expiresAt: r.nextSessionAt,
          to: m.email,
          ...reminderMail({
            locale,
            name: m.name,
            tenantName: tenant.name,
            rhythmName: r.name,
            at: r.nextSessionAt,
            link,
            actions: digest.map((a) => ({
              text: a.text,
              session: a.session.title,
              dueDate: a.dueDate ? dateColumnDay(a.dueDate) : null,
              overdue: isOverdue(a, now),
            })),
          }),
        });
      }
    }
    return { rhythms: due.length, notices, mails };
  });

  // Mail goes out through the core outbox (the job in Redis carries only the mail's id), outside the transaction; the
  // key makes a repeated run send nothing twice.
  const handed: string[] = [];
  for (const mail of plan.mails) {
    await queueMail(
      { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html },
      { tenantId, idempotencyKey: mail.idempotencyKey, expiresAt: mail.expiresAt },
    );
    handed.push(mail.noticeId);
  }
  if (handed.length) {
    await ctx.withTenantDb((tx) =>
      tx.reflectieNotice.updateMany({ where: { id: { in: handed }, mailedAt: null }, data: { mailedAt: new Date() } }),
    );
  }
  return { rhythms: plan.rhythms, notices: plan.notices, mails: handed.length };
}

export function reminderMail(input: {
  locale: Locale;
  name: string;
  tenantName: string;
  rhythmName: string;
  at: Date;
  link: string;
  actions: { text: string; session: string; dueDate: string | null; overdue: boolean }[];
}): { subject: string; text: string; html: string } {
  const t = translator(input.locale, "mail");
  const when = formatDayTime(input.at, input.locale);
  const subject = t("subject", { rhythm: input.rhythmName, date: formatDay(input.at, input.locale) });
  const lines = [
    t("greeting", { name: input.name }),
    "",
    t("intro", { rhythm: input.rhythmName, tenant: input.tenantName, when }),
    t("successes"),
    "",
  ];
  const actionLine = (a: (typeof input.actions)[number]) =>
    `${a.text} (${a.session}${a.dueDate ? `, ${t("due", { date: formatDay(new Date(`${a.dueDate}T12:00:00Z`), input.locale) })}` : ""}${a.overdue ? `, ${t("overdue")}` : ""})`;
  if (input.actions.length) {
    lines.push(t("digest", { count: input.actions.length }));
    for (const a of input.actions) lines.push(`- ${actionLine(a)}`);
    lines.push("");
  }
  lines.push(t("open", { link: input.link }), "", t("signature"));
  const text = lines.join("\n");
  const html = [
    `<p>${escapeHtml(t("greeting", { name: input.name }))}</p>`,
    `<p>${escapeHtml(t("intro", { rhythm: input.rhythmName, tenant: input.tenantName, when }))}<br>${escapeHtml(t("successes"))}</p>`,
    input.actions.length
      ? `<p>${escapeHtml(t("digest", { count: input.actions.length }))}</p><ul>${input.actions
          .map((a) => `<li${a.overdue ? ' style="color:#991b1b"' : ""}>${escapeHtml(actionLine(a))}</li>`)
          .join("")}</ul>`
      : "",
    `<p><a href="${escapeHtml(input.link)}">${escapeHtml(t("button"))}</a></p>`,
    `<p>${escapeHtml(t("signature"))}</p>`,
  ].join("\n");
  return { subject, text, html };
}

export const remindersJob = defineJob({
  name: "reflectie.reminders.run",
  payload: z.object({}),
  attempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => runReminders(ctx),
});
