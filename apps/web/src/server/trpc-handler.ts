import {
  type AnyRouter,
  apiBodyLimitMb,
  createContext,
  localeFromHeaders,
  requestClientIp,
  type SessionUser,
  translate,
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
 * refused with 413 before it is read to the end. The session is resolved by the caller (Auth.js in the route handler,
 * a fixed user in tests), and so is the router: the platform's (webPlatform().router in the route handler, the test
 * platform's in tests).
 */
export async function handleTrpcRequest(
  req: Request,
  resolveSession: (req: Request) => Promise<SessionUser | null>,
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
  const session = await resolveSession(request);
  const slug = request.headers.get(TENANT_HEADER);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: options.router,
    createContext: () =>
      createContext({
        session,
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
