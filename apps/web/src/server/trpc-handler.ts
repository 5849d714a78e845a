import {
  type AnyRouter,
  apiBodyLimitMb,
  createContext,
  localeFromHeaders,
  type PendingSession,
  requestClientIp,
  type SessionUser,
  translate,
  validateSession,
} from "@zorgzaam/core";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import { readCapped } from "./read-capped";

export const TENANT_HEADER = "x-zorgzaam-tenant";

type ProblemCode = "UNSUPPORTED_MEDIA_TYPE" | "FORBIDDEN" | "PAYLOAD_TOO_LARGE";
const STATUS: Record<ProblemCode, number> = { UNSUPPORTED_MEDIA_TYPE: 415, FORBIDDEN: 403, PAYLOAD_TOO_LARGE: 413 };

/**
 * A refusal before tRPC sees the request, in the shape tRPC's client reads (superjson's `json` envelope; a batch gets
 * one error for all its calls), in the caller's language.
 */
function problem(code: ProblemCode, message: string, params?: Record<string, number>) {
  const status = STATUS[code];
  return Response.json(
    {
      error: {
        json: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: status, params } },
      },
    },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/**
 * The tRPC HTTP endpoint. Mutations (POST) are accepted only as application/json from the same origin, which
 * together with SameSite=Lax cookies stops cross-site request forgery, and only up to apiBodyLimitMb() (API_MAX_BODY_MB, or more when uploads need it): a larger body is
 * refused with 413 before it is read to the end. The session comes from the caller (SessionSource: the cookie's session id in the route handler,
 * a fixed user in tests), and so does the router: the platform's (webPlatform().router in the route handler, the test
 * platform's in tests).
 */
/**
 * Where a request's session comes from: a function answering the checked session (a fixed user in tests), or the id
 * of the session its signed cookie names (the route handler): that one is checked against its row by the procedure,
 * in a tenant procedure's first statement, before any other procedure (ADR 0037).
 */
export type SessionSource = ((req: Request) => Promise<SessionUser | null>) | { sessionId: (req: Request) => Promise<string | null> };

/** A pending session for this id whose row is checked (validateSession) at most once, by the first who asks. */
function pendingSession(id: string): PendingSession {
  let checked: Promise<SessionUser | null> | undefined;
  return { id, check: () => (checked ??= validateSession(id).then((r) => (r.ok ? r.user : null))) };
}

export async function handleTrpcRequest(
  req: Request,
  source: SessionSource,
  options: { appUrl: string; router: AnyRouter; maxBodyMb?: number },
): Promise<Response> {
  const locale = localeFromHeaders(req.headers);
  let request = req;
  if (req.method === "POST") {
    const type = req.headers.get("content-type") ?? "";
    if (!type.toLowerCase().startsWith("application/json"))
      return problem("UNSUPPORTED_MEDIA_TYPE", translate(locale, "errors.request.jsonOnly"));
    const origin = req.headers.get("origin");
    const expected = new URL(options.appUrl).origin;
    const self = new URL(req.url).origin;
    if (!origin || (origin !== expected && origin !== self)) return problem("FORBIDDEN", translate(locale, "errors.request.otherOrigin"));
    const maxMb = options.maxBodyMb ?? apiBodyLimitMb();
    const body = await readCapped(req, Math.floor(maxMb * 1024 * 1024));
    if (!body) return problem("PAYLOAD_TOO_LARGE", translate(locale, "errors.request.tooLarge", { maxMb }), { maxMb });
    request = new Request(req.url, { method: "POST", headers: req.headers, body, signal: req.signal });
  }
  let session: SessionUser | null = null;
  let pending: PendingSession | null = null;
  if (typeof source === "function") session = await source(request);
  else {
    const id = await source.sessionId(request);
    pending = id ? pendingSession(id) : null;
  }
  const slug = request.headers.get(TENANT_HEADER);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: options.router,
    createContext: () =>
      createContext({
        session,
        pendingSession: pending,
        tenantSlug: slug && /^[a-z0-9-]{1,63}$/.test(slug) ? slug : null,
        ip: requestClientIp(request.headers),
        userAgent: request.headers.get("user-agent"),
        origin: request.headers.get("origin"),
        // Server messages (validation too) in the person's language: the locale cookie, else Accept-Language.
        locale,
      }),
    // Never cache tenant data in shared caches.
    responseMeta: () => ({ headers: new Headers({ "cache-control": "no-store" }) }),
  });
}
