/**
 * The receipt of a public form (issue 11): every public form that makes a Person gives the resident a short reference
 * code ("K7QM-2XPA"), kept on the person (Person.publicReference: staff find her by it in the people search, and it
 * goes when she is erased), and, when she gave an e-mail address, a receipt by mail in her language with the code and
 * how to ask for a copy of her details or their erasure. The contact form's code is its message's reference; a
 * module's form (Burenhulp's ask/offer, Bevragingen's "contact me") calls ctx.receipt.
 */
import { newContactReference } from "../contact/inbox";

import { mailOf } from "../contact/mail";
import type { Tx } from "../db/client";
import { env } from "../env";
import { translate } from "../i18n/index";
import type { Locale } from "../i18n/locales";
import { queueMail } from "../mail/outbox";
import type { TenantInfo } from "../trpc/tenant";
import { textIn } from "./texts";

export interface PublicReceiptInput {
  /** The person the form made. */
  personId: string;
  /** Where the receipt goes (none: only the page shows the code). */
  email: string | null;
  /** What was received, in the reader's language, in a few words ("je vraag om hulp: boodschappen"). */
  about: string;
  /** The code to use (the contact form's message reference); a new one otherwise. */
  reference?: string;
  /** What she wrote, repeated in the mail (the contact form's message). */
  quote?: string;
}

/**
 * Gives the resident her receipt: the code on her person and, with an address, the mail (through the outbox, in the
 * request's transaction: nothing is sent for a form that rolled back). Returns the code for the receipt page.
 */
export async function givePublicReceipt(
  ctx: { tx: Tx; tenant: TenantInfo; locale: Locale },
  v: PublicReceiptInput,
): Promise<{ reference: string }> {
  const reference = v.reference ?? newContactReference();
  await ctx.tx.person.update({ where: { id: v.personId }, data: { publicReference: reference }, select: { id: true } });
  if (v.email) {
    const t = await ctx.tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenant.id }, select: { name: true, publicName: true } });
    const l = ctx.locale;
    const name = textIn(t.publicName, l, ctx.tenant.defaultLocale as Locale) || t.name;
    const privacy = `${env().APP_URL}/${ctx.tenant.slug}/privacy`;
    const about = v.about.replace(/\s+/g, " ").trim();
    const mail = mailOf(translate(l, "publicReceipt.subject", { about, reference, name }), [
      translate(l, "publicReceipt.hello"),
      translate(l, "publicReceipt.received", { name, about }),
      translate(l, "publicReceipt.next"),
      translate(l, "publicReceipt.reference", { reference }),
      ...(v.quote ? [translate(l, "publicReceipt.wrote", { message: v.quote })] : []),
      translate(l, "publicReceipt.rights", { privacy }),
      `${translate(l, "publicReceipt.regards")}\n${name}`,
    ]);
    await queueMail({ to: v.email, ...mail }, { idempotencyKey: `public-receipt-${ctx.tenant.id}-${reference}` }, ctx);
  }
  return { reference };
}
