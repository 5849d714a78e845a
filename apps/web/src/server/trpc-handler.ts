import { type AnyRouter, createContext, localeFromHeaders, requestClientIp, type SessionUser } from "@zorgzaam/core";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

export const TENANT_HEADER = "x-zorgzaam-tenant";

function problem(status: number, message: string) {
  return Response.json({ error: { message, code: status === 403 ? "FORBIDDEN" : "BAD_REQUEST" } }, { status });
}

/**
 * The tRPC HTTP endpoint. Mutations (POST) are accepted only as application/json from the same origin, which
 * together with SameSite=Lax cookies stops cross-site request forgery. The session is resolved by the caller
 * (Auth.js in the route handler, a fixed user in tests), and so is the router: the platform's (webPlatform().router in
 * the route handler, the test platform's in tests).
 */
export async function handleTrpcRequest(
  req: Request,
  resolveSession: (req: Request) => Promise<SessionUser | null>,
  options: { appUrl: string; router: AnyRouter },
): Promise<Response> {
  if (req.method === "POST") {
    const type = req.headers.get("content-type") ?? "";
    if (!type.toLowerCase().startsWith("application/json")) return problem(415, "Alleen JSON wordt aanvaard.");
    const origin = req.headers.get("origin");
    const expected = new URL(options.appUrl).origin;
    const self = new URL(req.url).origin;
    if (!origin || (origin !== expected && origin !== self)) return problem(403, "Verzoek van een andere website geweigerd.");
  }
  const session = await resolveSession(req);
  const slug = req.headers.get(TENANT_HEADER);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: options.router,
    createContext: () =>
      createContext({
        session,
        tenantSlug: slug && /^[a-z0-9-]{1,63}$/.test(slug) ? slug : null,
        ip: requestClientIp(req.headers),
        userAgent: req.headers.get("user-agent"),
        origin: req.headers.get("origin"),
        // Server messages (validation too) in the person's language: the locale cookie, else Accept-Language.
        locale: localeFromHeaders(req.headers),
      }),
    // Never cache tenant data in shared caches.
    responseMeta: () => ({ headers: new Headers({ "cache-control": "no-store" }) }),
  });
}
