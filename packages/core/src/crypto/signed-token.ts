import { createHmac, timingSafeEqual } from "node:crypto";
import { derivedKey } from "./derived-key";

/**
 * A signed token for a link in a mail that works without signing in (a module's "one tap" answer): the claims in
 * plain base64url, an expiry, and an HMAC under a key derived for the purpose, so a token for one purpose is worthless
 * for another. The link is the check's result: whoever holds it may do what it names, until it expires. Keep the
 * claims to ids (no personal data: links end up in logs and browser histories).
 */
export function signToken(purpose: string, claims: readonly string[], expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  const body = Buffer.from(JSON.stringify([...claims, exp])).toString("base64url");
  return `${body}.${mac(purpose, body)}`;
}

export type TokenCheck = { ok: true; claims: string[] } | { ok: false; reason: "invalid" | "expired" };

/** The claims of a token signed for this purpose, or why not. */
export function verifyToken(purpose: string, token: string, now: Date = new Date()): TokenCheck {
  const [body, given] = token.split(".");
  if (!body || !given || token.length > 2_000) return { ok: false, reason: "invalid" };
  const a = Buffer.from(given);
  const b = Buffer.from(mac(purpose, body));
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { ok: false, reason: "invalid" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (!Array.isArray(parsed) || parsed.length < 1) return { ok: false, reason: "invalid" };
  const exp = parsed[parsed.length - 1];
  const claims = parsed.slice(0, -1);
  if (typeof exp !== "number" || !claims.every((c) => typeof c === "string")) return { ok: false, reason: "invalid" };
  if (exp * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, claims: claims as string[] };
}

function mac(purpose: string, body: string): string {
  return createHmac("sha256", derivedKey(`signed-token ${purpose}`))
    .update(body)
    .digest("base64url");
}
