/**
 * Putting a message in the contact point's inbox (aanspreekpunt, issue 11): one way for the public contact form and
 * for a module (a partner's referral in Burenhulp). The members hear of it through the digest job; the message is
 * seen by those who see its person (row-level security).
 */
import { randomInt } from "node:crypto";
import type { AuditInput } from "../audit";
import type { Tx } from "../db/client";
import type { Locale } from "../i18n/locales";
import type { Enqueue } from "../jobs/index";
import { contactDigestJob } from "./mail";

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
const REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** What a reference code looks like: four of those letters or digits, a dash, four more. */
export const RECEIPT_REFERENCE = new RegExp(`^[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** A message's short reference code ("K7QM-2XPA"), the one on the resident's receipt. */
export function newContactReference(): string {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${Array.from({ length: 4 }, pick).join("")}-${Array.from({ length: 4 }, pick).join("")}`;
}

export const CONTACT_SOURCES = ["contact_form", "referral", "module"] as const;
export const CONTACT_STATUSES = ["new", "in_progress", "done", "forwarded"] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/**
 * A new message in the inbox, audit-logged, with the members' digest queued (one per tenant per quarter of an hour,
 * sent a few minutes after the first message in it). The person must exist already (made with the consent given).
 */
export async function receiveContactMessage(
  ctx: { tx: Tx; tenant: { id: string }; enqueue: Enqueue; audit: (input: AuditInput) => Promise<void> },
  v: { personId: string; neighbourhoodId: string | null; body: string; locale: Locale; source: (typeof CONTACT_SOURCES)[number] },
): Promise<{ id: string; reference: string }> {
  const reference = newContactReference();
  const message = await ctx.tx.contactMessage.create({
    data: {
      tenantId: ctx.tenant.id,
      reference,
      source: v.source,
      personId: v.personId,
      neighbourhoodId: v.neighbourhoodId,
      body: v.body,
      locale: v.locale,
    },
    select: { id: true },
  });
  await ctx.audit({ action: "contact.received", targetType: "ContactMessage", targetId: message.id });
  const bucket = Math.floor(Date.now() / (15 * 60_000));
  await ctx.enqueue(contactDigestJob, {}, { idempotencyKey: `contact-digest-${bucket}`, delayMs: 5 * 60_000 });
  return { id: message.id, reference };
}

/** A module moves the message it handles on (its work on the message is its status): in progress, done, forwarded. */
export async function setContactMessageStatus(tx: Tx, id: string, status: ContactStatus): Promise<void> {
  await tx.contactMessage.updateMany({ where: { id }, data: { status } });
}
