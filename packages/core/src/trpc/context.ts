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

export interface Context {
  session: SessionUser | null;
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
