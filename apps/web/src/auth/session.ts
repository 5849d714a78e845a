import { type SessionUser, validateSession } from "@zorgzaam/core";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { cache } from "react";
import { rememberingDecoder } from "./cookie-token";
import { authSecret } from "./dev-secret";

/**
 * Which session cookie Auth.js uses for this request: `__Secure-authjs.session-token` when the site is served over
 * https, `authjs.session-token` otherwise. The same rule as Auth.js's own (next-auth's `auth()`: AUTH_URL when set,
 * else the x-forwarded-proto header Next.js sets, else https), so a plain cookie is never read on an https site.
 */
function secureCookie(h: Headers): boolean {
  const configured = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  if (configured) return new URL(configured).protocol === "https:";
  return (h.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
}

/** Auth.js's decoder, remembering the cookies this process already opened (./cookie-token.ts, ADR 0037). */
const decodeCookie = rememberingDecoder();

/**
 * The id of the server-side session this request's cookie names, or null: the cookie alone, not yet checked against
 * the session row (the tRPC endpoint has a tenant procedure check it in its transaction's first statement, ADR 0037).
 *
 * The cookie is read with Auth.js's own decoder (`getToken`: the encrypted, authenticated token Auth.js set at sign-in,
 * with the session row's id), not with `auth()`: on every call `auth()` also runs the callbacks and re-encrypts a
 * refreshed token that a server component or route handler cannot even set, about as costly as the rest of a
 * request (docs/performance.md, HTTP load). Only the cookie is passed, so a bearer header is never accepted.
 */
export async function cookieSessionId(h: Headers): Promise<string | null> {
  const token = await getToken({
    req: { headers: { cookie: h.get("cookie") ?? "" } },
    secret: authSecret(),
    secureCookie: secureCookie(h),
    decode: decodeCookie,
  });
  const sid = token?.sid;
  return typeof sid === "string" ? sid : null;
}

/**
 * The signed-in user of this request, or null. The cookie alone is not enough: the server-side session row must
 * exist, not be revoked, and be neither idle nor past its absolute lifetime.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const sid = await cookieSessionId(await headers());
  if (!sid) return null;
  const check = await validateSession(sid);
  return check.ok ? check.user : null;
});
