import nodemailer from "nodemailer";
import { env } from "../env";

export interface OutgoingMail {
  /** One address, or several separated by commas. */
  to: string;
  subject: string;
  text: string;
  html?: string;
}

type Transport = ReturnType<typeof nodemailer.createTransport>;
let cached: { key: string; transport: Transport } | undefined;

function transport(): Transport {
  const e = env();
  // Keyed on the settings so that a changed configuration (tests point SMTP_PORT elsewhere) gets a new transport.
  const key = JSON.stringify([e.SMTP_HOST, e.SMTP_PORT, e.SMTP_SECURE, e.SMTP_USER, e.SMTP_PASSWORD]);
  if (cached?.key !== key) {
    cached?.transport.close();
    const t = nodemailer.createTransport({
      host: e.SMTP_HOST,
      port: e.SMTP_PORT,
      secure: e.SMTP_SECURE,
      ...(e.SMTP_USER ? { auth: { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? "" } } : {}),
      // Fail the send (and let the job retry) rather than hang on a dead server.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    cached = { key, transport: t };
  }
  return cached.transport;
}

/**
 * Sends one mail through the configured SMTP server, from SMTP_FROM. Throws when the server refuses it; call it from
 * the core.mail.send job, not from a request, so that failures are retried.
 */
export async function sendMail(mail: OutgoingMail): Promise<{ messageId: string }> {
  const info = await transport().sendMail({
    from: env().SMTP_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html !== undefined ? { html: mail.html } : {}),
  });
  return { messageId: String(info.messageId ?? "") };
}

/** Releases the SMTP transport (shutdown, tests). */
export function closeMailTransport(): void {
  cached?.transport.close();
  cached = undefined;
}
