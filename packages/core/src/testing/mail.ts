import { openMail } from "../mail/outbox";
import { ownerDb } from "./db";

/**
 * The mails a tenant's requests queued for an address (all of them without one) (opened from the outbox: their rows are sealed), oldest first:
 * what a test checks of a receipt or a reply without a mail server.
 */
export async function queuedMailsTo(tenantId: string, to?: string): Promise<{ to: string; subject: string; text: string }[]> {
  const jobs = await ownerDb().jobOutbox.findMany({
    where: { tenantId, jobName: "core.mail.send" },
    orderBy: { createdAt: "asc" },
    select: { payload: true },
  });
  const out: { to: string; subject: string; text: string }[] = [];
  for (const j of jobs) {
    const mailId = (j.payload as { mailId?: string } | null)?.mailId;
    if (!mailId) continue;
    const row = await ownerDb().outgoingMail.findUnique({ where: { id: mailId }, select: { sealed: true } });
    if (!row) continue;
    const mail = openMail(mailId, row.sealed);
    if (to === undefined || mail.to === to) out.push({ to: mail.to, subject: mail.subject, text: mail.text });
  }
  return out;
}
