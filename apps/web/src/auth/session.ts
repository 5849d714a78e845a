import { type SessionUser, validateSession } from "@zorgzaam/core";
import { cache } from "react";
import { auth } from "./config";

/**
 * The signed-in user of this request, or null. The cookie alone is not enough: the server-side session row must
 * exist, not be revoked, and be neither idle nor past its absolute lifetime.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const s = (await auth()) as { sid?: string } | null;
  if (!s?.sid) return null;
  const check = await validateSession(s.sid);
  return check.ok ? check.user : null;
});
