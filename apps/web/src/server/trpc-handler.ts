import { type AnyRouter, apiBodyLimitMb, localeFromHeaders, translate } from "@zorgzaam/core";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { readCapped } from "./read-capped";
import { type RefusalCode, refusal, requestContext, type SessionSource, TENANT_HEADER } from "./request-context";

export { type SessionSource, TENANT_HEADER };

/** A refusal before tRPC sees the request, in the shape tRPC's client reads (superjson's `json` envelope; a batch gets one error for all its calls). */
function problem(code: RefusalCode, message: string, params?: Record<string, number>) {
  const error = refusal(code, message, params);
  return Response.json({ error: { json: error } }, { status: error.data.httpStatus, headers: { "cache-control": "no-store" } });
}

/**
 * The tRPC HTTP endpoint. Mutations (POST) are accepted only as application/json from the same origin, which
 * together with SameSite=Lax cookies stops cross-site request forgery, and only up to apiBodyLimitMb() (API_MAX_BODY_MB,
 * or more when uploads need it): a larger body is refused with 413 before it is read to the end. The session comes from
 * the caller (SessionSource: the cookie's session id in the route handler, a fixed user in tests), and so does the
 * router: the platform's (webPlatform().router in the route handler, the test platform's in tests). The context is the
 * procedure action's too (./request-context.ts).
 */
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
  const context = await requestContext(request.headers, source, request.headers.get(TENANT_HEADER));
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: options.router,
    createContext: () => context,
    // Never cache tenant data in shared caches.
    responseMeta: () => ({ headers: new Headers({ "cache-control": "no-store" }) }),
  });
}
