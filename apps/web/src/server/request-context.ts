import {
  type Context,
  createContext,
  localeFromHeaders,
  type PendingSession,
  requestClientIp,
  type SessionUser,
  validateSession,
} from "@zorgzaam/core";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";

/** The header the browser names the page's tenant in (/t/<slug>/…) for the HTTP endpoint; the server checks membership. */
export const TENANT_HEADER = "x-zorgzaam-tenant";

/**
 * Where a call's session comes from: a function answering the checked session (a fixed user in tests), or the id of
 * the session its signed cookie names (the route handler, the procedure action): that one is checked against its row by
 * the procedure, in a tenant procedure's first statement, before any other procedure (ADR 0037).
 */
export type SessionSource =
  | ((headers: Headers) => Promise<SessionUser | null>)
  | { sessionId: (headers: Headers) => Promise<string | null> };

/** A pending session for this id whose row is checked (validateSession) at most once, by the first who asks. */
function pendingSession(id: string): PendingSession {
  let checked: Promise<SessionUser | null> | undefined;
  return { id, check: () => (checked ??= validateSession(id).then((r) => (r.ok ? r.user : null))) };
}

/** A tenant slug as the browser sends it, or null when it cannot be one. */
export function tenantSlug(slug: string | null | undefined): string | null {
  return slug && /^[a-z0-9-]{1,63}$/.test(slug) ? slug : null;
}

/**
 * The context of one call from the browser, from its request headers: the session (pending, or checked by a test's
 * source), the tenant, ip address, user agent, origin and language. The one place for it: the tRPC HTTP endpoint
 * (./trpc-handler.ts) and the procedure action (./procedure-call.ts) both build their context here.
 */
export async function requestContext(headers: Headers, source: SessionSource, slug: string | null): Promise<Context> {
  let session: SessionUser | null = null;
  let pending: PendingSession | null = null;
  if (typeof source === "function") session = await source(headers);
  else {
    const id = await source.sessionId(headers);
    pending = id ? pendingSession(id) : null;
  }
  return createContext({
    session,
    pendingSession: pending,
    tenantSlug: tenantSlug(slug),
    ip: requestClientIp(headers),
    userAgent: headers.get("user-agent"),
    origin: headers.get("origin"),
    // Server messages (validation too) in the person's language: the locale cookie, else Accept-Language.
    locale: localeFromHeaders(headers),
  });
}

export type RefusalCode = "UNSUPPORTED_MEDIA_TYPE" | "FORBIDDEN" | "PAYLOAD_TOO_LARGE";
const STATUS: Record<RefusalCode, number> = { UNSUPPORTED_MEDIA_TYPE: 415, FORBIDDEN: 403, PAYLOAD_TOO_LARGE: 413 };

/**
 * A call refused before tRPC sees it (a body too large, another origin), with the error shape of the router's
 * errorFormatter: the message in the caller's language, the code and status in `data`, the limit in `data.params`.
 */
export function refusal(code: RefusalCode, message: string, params?: Record<string, number>) {
  const httpStatus = STATUS[code];
  return { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus, params } };
}
