/**
 * Transactional mail texts in Dutch, French and English. Each template gives a plain-text body (what many care
 * workers' mail clients show) and a simple HTML body with the same words; every value put into the HTML is escaped.
 */
export type MailLocale = "nl" | "fr" | "en";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Unknown or missing locales fall back to Dutch, the platform's first language. */
export function mailLocale(locale: string | null | undefined): MailLocale {
  const base = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return base === "fr" || base === "en" ? base : "nl";
}

export function escapeHtml(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

/** Links in mail must be web links: anything else (javascript:, data:) would be a trap in the HTML body. */
function checkedUrl(url: string): string {
  const u = new URL(url);
  if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error(`Mail links must be http(s), got ${u.protocol}`);
  return u.toString();
}

/** Names end up in the subject line: a line break there would be a header injection attempt or a broken subject. */
function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, " ").trim();
}

interface Body {
  greeting: string;
  paragraphs: string[];
  button: string;
  after: string[];
  signature: string;
}

function render(subject: string, url: string, body: Body): RenderedMail {
  const text = [
    body.greeting,
    "",
    ...body.paragraphs.flatMap((p) => [p, ""]),
    url,
    "",
    ...body.after.flatMap((p) => [p, ""]),
    body.signature,
  ].join("\n");
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = `<!doctype html>
<html><body style="margin:0;padding:24px;background:#f6f6f4;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:16px;line-height:1.5;color:#1f2937">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
${p(body.greeting)}
${body.paragraphs.map(p).join("\n")}
<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;background:#1d6f5f;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600">${escapeHtml(body.button)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#4b5563;word-break:break-all">${escapeHtml(url)}</p>
${body.after.map(p).join("\n")}
<p style="margin:0">${escapeHtml(body.signature)}</p>
</div></body></html>`;
  return { subject: oneLine(subject), text, html };
}

export interface MagicLinkMailInput {
  url: string;
  locale?: string | null;
  /** How long the link works; mentioned in the text. Default 15. */
  minutesValid?: number;
}

export function magicLinkMail({ url, locale, minutesValid = 15 }: MagicLinkMailInput): RenderedMail {
  const link = checkedUrl(url);
  const n = minutesValid;
  switch (mailLocale(locale)) {
    case "fr":
      return render("Votre lien de connexion à Zorgzaam", link, {
        greeting: "Bonjour,",
        paragraphs: ["Cliquez sur le lien ci-dessous pour vous connecter à Zorgzaam :"],
        button: "Me connecter",
        after: [
          `Ce lien ne fonctionne qu'une seule fois et reste valable ${n} minutes.`,
          "Vous n'avez pas demandé à vous connecter ? Vous pouvez simplement ignorer ce message.",
        ],
        signature: "L'équipe Zorgzaam",
      });
    case "en":
      return render("Your sign-in link for Zorgzaam", link, {
        greeting: "Hello,",
        paragraphs: ["Click the link below to sign in to Zorgzaam:"],
        button: "Sign in",
        after: [`The link works once and is valid for ${n} minutes.`, "Didn't ask to sign in? Then you can simply ignore this email."],
        signature: "The Zorgzaam team",
      });
    default:
      return render("Je aanmeldlink voor Zorgzaam", link, {
        greeting: "Hallo,",
        paragraphs: ["Klik op de link hieronder om je aan te melden bij Zorgzaam:"],
        button: "Aanmelden",
        after: [
          `De link werkt één keer en is ${n} minuten geldig.`,
          "Heb je niet gevraagd om je aan te melden? Dan mag je deze mail gewoon negeren.",
        ],
        signature: "Het Zorgzaam-team",
      });
  }
}

export interface InvitationMailInput {
  url: string;
  tenantName: string;
  /** Who sent the invitation; without it the text says "you have been invited". */
  inviterName?: string | null;
  locale?: string | null;
  /** How long the invitation works; mentioned in the text. Default 7. */
  daysValid?: number;
}

export function invitationMail({ url, tenantName, inviterName, locale, daysValid = 7 }: InvitationMailInput): RenderedMail {
  const link = checkedUrl(url);
  const tenant = oneLine(tenantName);
  const inviter = inviterName ? oneLine(inviterName) : "";
  const n = daysValid;
  switch (mailLocale(locale)) {
    case "fr":
      return render(`Invitation à rejoindre ${tenant} sur Zorgzaam`, link, {
        greeting: "Bonjour,",
        paragraphs: [
          inviter ? `${inviter} vous invite à rejoindre ${tenant} sur Zorgzaam.` : `Vous êtes invité·e à rejoindre ${tenant} sur Zorgzaam.`,
          "Cliquez sur le lien ci-dessous pour accepter l'invitation :",
        ],
        button: "Accepter l'invitation",
        after: [`L'invitation est valable ${n} jours.`, "Vous ne vous attendiez pas à cette invitation ? Vous pouvez ignorer ce message."],
        signature: "L'équipe Zorgzaam",
      });
    case "en":
      return render(`Invitation to join ${tenant} on Zorgzaam`, link, {
        greeting: "Hello,",
        paragraphs: [
          inviter ? `${inviter} invites you to join ${tenant} on Zorgzaam.` : `You have been invited to join ${tenant} on Zorgzaam.`,
          "Click the link below to accept the invitation:",
        ],
        button: "Accept the invitation",
        after: [`The invitation is valid for ${n} days.`, "Weren't expecting this invitation? Then you can ignore this email."],
        signature: "The Zorgzaam team",
      });
    default:
      return render(`Uitnodiging voor ${tenant} op Zorgzaam`, link, {
        greeting: "Hallo,",
        paragraphs: [
          inviter
            ? `${inviter} nodigt je uit om mee te werken in ${tenant} op Zorgzaam.`
            : `Je bent uitgenodigd om mee te werken in ${tenant} op Zorgzaam.`,
          "Klik op de link hieronder om de uitnodiging te aanvaarden:",
        ],
        button: "Uitnodiging aanvaarden",
        after: [`De uitnodiging is ${n} dagen geldig.`, "Verwachtte je deze uitnodiging niet? Dan mag je deze mail negeren."],
        signature: "Het Zorgzaam-team",
      });
  }
}
