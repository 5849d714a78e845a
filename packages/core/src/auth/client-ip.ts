import { isIP } from "node:net";
import { env } from "../env";

/**
 * The one place that decides a request's client address, for the per-IP sign-in limit and the audit log.
 *
 * What is believed:
 * - `TRUSTED_PROXIES=0` (the default, nothing in front of the web app): only the address of the TCP connection itself.
 *   X-Forwarded-For is ignored entirely, because anyone can send it. Next.js gives route handlers no socket address
 *   (and copies a client's X-Forwarded-For unchanged), so the web process's instrumentation hook
 *   (installPeerAddressHeader, apps/web/src/instrumentation.ts) writes the connection's address into PEER_HEADER on
 *   every incoming request, overwriting whatever a client sent under that name.
 * - `TRUSTED_PROXIES=n` (n ≥ 1 proxies in front, each appending the address it received the request from): the n-th
 *   address from the right of X-Forwarded-For, i.e. the one our outermost trusted proxy appended. Everything to its left
 *   was written by the client or by proxies we do not run, and is ignored. This is only true when the web app cannot be
 *   reached except through those proxies (firewall), which the operator guarantees by setting n.
 * An address that is not a valid IPv4/IPv6 address counts as unknown (null); the per-IP limit then does not apply and
 * the per-account limit still does.
 */

/** Written by the web process from the socket on every request; never taken from the client (see above). */
export const PEER_HEADER = "x-zorgzaam-peer";

/** `::ffff:1.2.3.4` → `1.2.3.4`; `[::1]:443` / `1.2.3.4:80` → the address; null when not an IP address. */
export function normaliseIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let v = value.trim();
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracket?.[1]) v = bracket[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(v);
  if (mapped?.[1]) v = mapped[1];
  return isIP(v) ? v.toLowerCase() : null;
}

/**
 * The client address from the X-Forwarded-For value as received, the connection's own address and the number of
 * trusted proxies. Pure: no environment, no headers object.
 */
export function clientIpFrom({
  forwardedFor,
  peer,
  trustedProxies,
}: {
  forwardedFor: string | null | undefined;
  peer: string | null | undefined;
  trustedProxies: number;
}): string | null {
  if (trustedProxies <= 0) return normaliseIp(peer);
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  // Fewer entries than trusted proxies: every entry was written by a trusted proxy, the leftmost is the furthest one.
  return normaliseIp(hops[Math.max(0, hops.length - trustedProxies)]);
}

interface HeaderReader {
  get(name: string): string | null;
}

const g = globalThis as unknown as { __zorgzaamPeerHeader?: boolean };

/** The client address of a request, from its headers and TRUSTED_PROXIES; what rate limits and audit entries use. */
export function requestClientIp(headers: HeaderReader, trustedProxies = env().TRUSTED_PROXIES): string | null {
  return clientIpFrom({
    forwardedFor: headers.get("x-forwarded-for"),
    // Believed only when this process writes the header itself; otherwise a client could have sent it.
    peer: g.__zorgzaamPeerHeader ? headers.get(PEER_HEADER) : null,
    trustedProxies,
  });
}

interface HttpModule {
  Server: { prototype: { emit(event: string | symbol, ...args: unknown[]): boolean } };
}

/**
 * Makes every HTTP server of this process write the connection's address into PEER_HEADER of each request before any
 * handler sees it (a client's own value under that name is overwritten). Called once by the web app at start-up.
 */
export function installPeerAddressHeader(http: HttpModule): void {
  if (g.__zorgzaamPeerHeader) return;
  const proto = http.Server.prototype;
  const emit = proto.emit;
  proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as { headers: Record<string, unknown>; socket?: { remoteAddress?: string } };
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  };
  g.__zorgzaamPeerHeader = true;
}

/** For tests: whether this process writes PEER_HEADER itself. */
export function peerAddressHeaderInstalled(): boolean {
  return g.__zorgzaamPeerHeader === true;
}
