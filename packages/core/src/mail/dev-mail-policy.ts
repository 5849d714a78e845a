import type { Env } from "../env";

/**
 * The rules for captured development mail, in one place: when the capturing SMTP server and /dev/mail exist at all,
 * and which captured mail /dev/mail may show. No database access here, so the rules are unit tested.
 */

/**
 * Top-level domains that never deliver to a real person: `.demo` (the seeded demo accounts) and the names reserved by
 * RFC 2606/6761 for tests and local use.
 */
export const DEMO_MAIL_DOMAINS = [".demo", ".localhost", ".test", ".example"] as const;

/** The address inside `Name <a@b.demo>` or a bare `a@b.demo`, lower-cased; null when there is none. */
function bareAddress(text: string): string | null {
  const angle = /<([^<>]*)>\s*$/.exec(text);
  const address = (angle?.[1] ?? text).trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1 || /\s/.test(address)) return null;
  return address;
}

/** True when the address's domain ends in a demo domain (`x@zonnedal.demo`, `Naam <x@mail.test>`). */
export function isDemoAddress(text: string): boolean {
  const address = bareAddress(text);
  if (!address) return false;
  const domain = address.slice(address.lastIndexOf("@") + 1).replace(/\.$/, "");
  return DEMO_MAIL_DOMAINS.some((suffix) => domain.endsWith(suffix) && domain.length > suffix.length);
}

/**
 * True when every recipient in a captured mail's `to` (addresses separated by commas) is a demo address, so that
 * /dev/mail never shows a sign-in link or invitation meant for a real person, even on a developer's machine.
 */
export function isDemoRecipientList(to: string): boolean {
  const parts = to
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every(isDemoAddress);
}

/**
 * Whether the capturing SMTP server runs (worker) and /dev/mail exists (web): SMTP_CAPTURE in development and tests; in
 * a production build only with the explicit DEV_MAIL_IN_PRODUCTION override, which the demo and e2e scripts set.
 */
export function devMailEnabled(e: Pick<Env, "NODE_ENV" | "SMTP_CAPTURE" | "DEV_MAIL_IN_PRODUCTION">): boolean {
  if (!e.SMTP_CAPTURE) return false;
  return e.NODE_ENV !== "production" || e.DEV_MAIL_IN_PRODUCTION;
}

/** The warning web and worker log at every start when a production build captures mail (null when it does not). */
export function devMailProductionWarning(e: Pick<Env, "NODE_ENV" | "SMTP_CAPTURE" | "DEV_MAIL_IN_PRODUCTION">): string | null {
  if (e.NODE_ENV !== "production" || !e.DEV_MAIL_IN_PRODUCTION) return null;
  return e.SMTP_CAPTURE
    ? "DEV_MAIL_IN_PRODUCTION is on: this production build captures every e-mail locally and shows the demo mail (with sign-in links) at /dev/mail to anyone, without sign-in. Use it only for the demo and tests; a real installation leaves it unset."
    : "DEV_MAIL_IN_PRODUCTION is on but SMTP_CAPTURE=false: mail is not captured. Leave DEV_MAIL_IN_PRODUCTION unset in a real installation.";
}
