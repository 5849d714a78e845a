/**
 * The contact point's mail: the resident's receipt, a reply from the contact point, and the digest that tells the
 * contact point's members about new messages. All through the mail outbox (mail/outbox.ts), in the request's
 * transaction: nothing is sent for a request that rolled back.
 */
import { z } from "zod";
import type { Tx } from "../db/client";
import { env } from "../env";
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

const RECEIPT: Record<
  Locale,
  (v: { name: string; reference: string; message: string; privacy: string }) => { subject: string; body: string[] }
> = {
  nl: (v) => ({
    subject: `We hebben je bericht ontvangen (${v.reference}) - ${v.name}`,
    body: [
      "Hallo,",
      `Bedankt voor je bericht aan ${v.name}. We hebben het goed ontvangen. Iemand van het aanspreekpunt neemt contact met je op.`,
      `Je referentiecode is: ${v.reference}`,
      `Je schreef:\n${v.message}`,
      `Wil je een kopie van je gegevens, of wil je dat we ze wissen? Antwoord op deze mail of stuur een nieuw bericht met je referentiecode. Meer uitleg: ${v.privacy}`,
      `Met vriendelijke groet,\n${v.name}`,
    ],
  }),
  fr: (v) => ({
    subject: `Nous avons bien reçu votre message (${v.reference}) - ${v.name}`,
    body: [
      "Bonjour,",
      `Merci pour votre message à ${v.name}. Nous l'avons bien reçu. Une personne du point de contact vous contactera.`,
      `Votre code de référence est : ${v.reference}`,
      `Vous avez écrit :\n${v.message}`,
      `Vous voulez une copie de vos données, ou vous voulez que nous les effacions ? Répondez à ce mail ou envoyez un nouveau message avec votre code de référence. Plus d'explications : ${v.privacy}`,
      `Bien cordialement,\n${v.name}`,
    ],
  }),
  en: (v) => ({
    subject: `We received your message (${v.reference}) - ${v.name}`,
    body: [
      "Hello,",
      `Thank you for your message to ${v.name}. We received it. Someone from the contact point will get in touch with you.`,
      `Your reference code is: ${v.reference}`,
      `You wrote:\n${v.message}`,
      `Would you like a copy of your details, or would you like us to erase them? Reply to this mail or send a new message with your reference code. More about this: ${v.privacy}`,
      `Kind regards,\n${v.name}`,
    ],
  }),
};

/** The resident's receipt, with the reference code and how to ask for a copy or erasure. */
export async function queueReceiptMail(
  ctx: { tx: Tx; tenant: { id: string; slug: string } },
  v: { to: string; reference: string; name: string; locale: Locale; message: string },
) {
  const privacy = `${env().APP_URL}/${ctx.tenant.slug}/privacy`;
  const r = RECEIPT[v.locale]({ name: v.name, reference: v.reference, message: v.message, privacy });
  await queueMail({ to: v.to, ...mailOf(r.subject, r.body) }, { idempotencyKey: `contact-receipt-${v.reference}` }, ctx);
}

const REPLY_SUBJECT: Record<Locale, string> = {
  nl: "Antwoord op je bericht",
  fr: "Réponse à votre message",
  en: "Reply to your message",
};
const REPLY_FOOTER: Record<Locale, string> = {
  nl: "Je kan op deze mail antwoorden.",
  fr: "Vous pouvez répondre à ce mail.",
  en: "You can reply to this mail.",
};

/** A reply of the contact point to the resident, in the language the resident wrote in. */
export async function queueReplyMail(
  ctx: { tx: Tx; tenant: { id: string } },
  v: { to: string; reference: string; name: string; locale: Locale; body: string; replyId: string },
) {
  const subject = `${REPLY_SUBJECT[v.locale]} (${v.reference}) - ${v.name}`;
  await queueMail(
    { to: v.to, ...mailOf(subject, [v.body, REPLY_FOOTER[v.locale], v.name]) },
    { idempotencyKey: `contact-reply-${v.replyId}` },
    ctx,
  );
}

const DIGEST: Record<Locale, (n: number, tenant: string, url: string) => { subject: string; body: string[] }> = {
  nl: (n, tenant, url) => ({
    subject: `${n === 1 ? "1 nieuw bericht" : `${n} nieuwe berichten`} voor het aanspreekpunt - ${tenant}`,
    body: [
      `Er ${n === 1 ? "wacht 1 nieuw bericht" : `wachten ${n} nieuwe berichten`} op het aanspreekpunt van ${tenant}.`,
      `Bekijk ze: ${url}`,
    ],
  }),
  fr: (n, tenant, url) => ({
    subject: `${n === 1 ? "1 nouveau message" : `${n} nouveaux messages`} pour le point de contact - ${tenant}`,
    body: [
      `${n === 1 ? "1 nouveau message attend" : `${n} nouveaux messages attendent`} au point de contact de ${tenant}.`,
      `Les voir : ${url}`,
    ],
  }),
  en: (n, tenant, url) => ({
    subject: `${n === 1 ? "1 new message" : `${n} new messages`} for the contact point - ${tenant}`,
    body: [`${n === 1 ? "1 new message is" : `${n} new messages are`} waiting at the contact point of ${tenant}.`, `See them: ${url}`],
  }),
};

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
    const d = DIGEST[locale](count, tenant.name, `${env().APP_URL}/t/${tenant.slug}/contact`);
    for (const [i, address] of to.entries()) {
      await queueMail({ to: address, ...mailOf(d.subject, d.body) }, { tenantId, idempotencyKey: `contact-digest-${ctx.jobId}-${i}` });
    }
    return { sent: to.length };
  },
});
