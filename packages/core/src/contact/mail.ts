/**
 * The contact point's mail: a reply from the contact point, and the digest that tells the contact point's members
 * about new messages (the resident's receipt is every public form's: public/receipt.ts). Words from core's catalogs. All through the mail outbox (mail/outbox.ts), in the request's
 * transaction: nothing is sent for a request that rolled back.
 */
import { z } from "zod";
import type { Tx } from "../db/client";
import { env } from "../env";
import { translate } from "../i18n/index";
import type { Locale } from "../i18n/locales";
import { defineJob } from "../jobs/define";
import { queueMail } from "../mail/outbox";
import { escapeHtml } from "../mail/templates";
import { contactPointMembershipIds } from "./point";

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, " ").trim();
}

function html(paragraphs: string[]): string {
  const p = (s: string) => `<p style="margin:0 0 16px;white-space:pre-wrap">${escapeHtml(s)}</p>`;
  return `<!doctype html>
<html><body style="margin:0;padding:24px;background:#f6f6f4;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:16px;line-height:1.5;color:#1f2937">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
${paragraphs.map(p).join("\n")}
</div></body></html>`;
}

/** A plain mail of paragraphs (text and the same words as simple HTML). */
export function mailOf(subject: string, paragraphs: string[]) {
  return { subject: oneLine(subject), text: paragraphs.join("\n\n"), html: html(paragraphs) };
}

/** A reply of the contact point to the resident, in the language the resident wrote in. */
export async function queueReplyMail(
  ctx: { tx: Tx; tenant: { id: string } },
  v: { to: string; reference: string; name: string; locale: Locale; body: string; replyId: string },
) {
  const subject = translate(v.locale, "contactMail.replySubject", { reference: v.reference, name: v.name });
  await queueMail(
    { to: v.to, ...mailOf(subject, [v.body, translate(v.locale, "contactMail.replyFooter"), v.name]) },
    { idempotencyKey: `contact-reply-${v.replyId}` },
    ctx,
  );
}

/**
 * Tells the contact point's members (or, while none is chosen, the tenant's regie members) how many messages are new,
 * one mail each in the tenant's language. Idempotent per run: the mails carry the job's id as their key.
 */
export const contactDigestJob = defineJob({
  name: "core.contact.digest",
  payload: z.object({}),
  attempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => {
    const tenantId = ctx.tenantId;
    if (!tenantId) return { sent: 0 };
    const { count, to, tenant } = await ctx.withTenantDb(async (tx) => {
      const tenant = await tx.tenant.findUniqueOrThrow({
        where: { id: tenantId },
        select: { name: true, slug: true, defaultLocale: true },
      });
      const count = await tx.contactMessage.count({ where: { status: "new" } });
      const ids = await contactPointMembershipIds(tx);
      const to = (await tx.membership.findMany({ where: { id: { in: ids } }, select: { user: { select: { email: true } } } })).map(
        (m) => m.user.email,
      );
      return { count, to, tenant };
    });
    if (count === 0 || to.length === 0) return { sent: 0 };
    const locale = (["nl", "fr", "en"].includes(tenant.defaultLocale) ? tenant.defaultLocale : "nl") as Locale;
    const url = `${env().APP_URL}/t/${tenant.slug}/contact`;
    const subject = translate(locale, "contactMail.digestSubject", { count, tenant: tenant.name });
    const body = [
      translate(locale, "contactMail.digestBody", { count, tenant: tenant.name }),
      translate(locale, "contactMail.digestLink", { url }),
    ];
    for (const [i, address] of to.entries()) {
      await queueMail({ to: address, ...mailOf(subject, body) }, { tenantId, idempotencyKey: `contact-digest-${ctx.jobId}-${i}` });
    }
    return { sent: to.length };
  },
});
