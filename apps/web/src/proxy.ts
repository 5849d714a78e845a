import { env } from "@zorgzaam/core/env";
import { type NextRequest, NextResponse } from "next/server";

/**
 * Security headers on every page and API answer. A fresh nonce per request lets Next.js mark its own scripts while
 * the Content-Security-Policy refuses any other script. Map styles and tiles may come from the tenant's configured
 * base-map service (https), so images and connections allow https, plus the origins in MAP_EXTRA_ORIGINS (a tile
 * server on http, e.g. on an intranet or the end-to-end run's local one); everything else is same-origin.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const maps = env().MAP_EXTRA_ORIGINS.trim();
  const mapOrigins = maps ? ` ${maps}` : "";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: https:${mapOrigins}`,
    "font-src 'self'",
    `connect-src 'self' https:${mapOrigins}${dev ? " ws:" : ""}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Server components use this to send the language switcher back to the same page.
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "same-origin");
  response.headers.set("x-frame-options", "DENY");
  response.headers.set("permissions-policy", "camera=(), microphone=(), geolocation=(self)");
  response.headers.set("cross-origin-opener-policy", "same-origin");
  if (request.nextUrl.protocol === "https:") {
    response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  }
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|maplibre-gl-worker.mjs).*)" }],
};
