import { randomUUID } from "node:crypto";
import { DEFAULT_LOCALE, type Locale } from "../i18n/index";

/** Who is calling, as established by the web layer (Auth.js session checked against AuthSession). */
export interface SessionUser {
  userId: string;
  sessionId: string;
  email: string;
  isOperator: boolean;
  /** How this session signed in ("password" or "email"); tenants may refuse password sessions. */
  method?: string;
}

/**
 * A session named by the request's signed cookie whose server-side row is not checked yet (the HTTP endpoint, ADR 0037).
 * A tenant procedure checks it in the first statement of its transaction; every other procedure has `check()` run
 * before it (baseProcedure), once per request. Until then `session` is null: an unchecked session is never a session.
 */
export interface PendingSession {
  id: string;
  /** validateSession's answer for this id (the user, or null); the first call checks, later calls share its answer. */
  check: () => Promise<SessionUser | null>;
}

export interface Context {
  /** The checked session (its row holds: not revoked, idle or expired), or null. */
  session: SessionUser | null;
  /** See PendingSession: set, with `session` null, by the HTTP endpoint for a request that carries a session cookie. */
  pendingSession?: PendingSession | null;
  /** The tenant slug from the page URL (/t/<slug>/...), sent by the client; membership is checked on the server. */
  tenantSlug: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  /** Where this request comes from: used for the same-origin check and links in mail. */
  origin: string | null;
  /** The caller's interface language (locale cookie, else Accept-Language, else Dutch): server messages use it. */
  locale: Locale;
  /**
   * The solved proof of work a public form post carried (its hidden field "altcha"), handed over by the web layer;
   * public procedures check it while the limits are approached (public/form-guard.ts).
   */
  publicProof?: string | null;
}

export function createContext(partial: Partial<Context> = {}): Context {
  return {
    session: null,
    tenantSlug: null,
    ip: null,
    userAgent: null,
    origin: null,
    locale: DEFAULT_LOCALE,
    requestId: randomUUID(),
    ...partial,
  };
}
