import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

/** jose's clock tolerance in Auth.js's own decode: a token is accepted up to 15 s past its expiry. */
const CLOCK_TOLERANCE_S = 15;

/**
 * Auth.js's session-cookie decoder with a memory of the cookies it already opened (ADR 0037). Opening a cookie costs
 * about 0.6 ms of CPU on every signed-in request (key derivation with HKDF, the key's thumbprint, AES-CBC and HMAC
 * through WebCrypto), more than a database round trip; a browser sends the same cookie on every request for 12 hours.
 *
 * A cookie is remembered by its exact text (with the salt, under the one secret it was opened with), only when Auth.js
 * accepted it, and with its expiry: a remembered cookie past `exp` (plus jose's tolerance) is refused and forgotten,
 * exactly as Auth.js would refuse it. The same text decrypts to the same claims every time, so the answer is the one
 * Auth.js would give. The cookie holds only the server-side session's id (ADR 3): whether the session still holds is
 * decided by its row on every request, never here. At most `max` cookies are kept (least recently used go first).
 */
export function rememberingDecoder(
  open: (params: JWTDecodeParams) => Promise<JWT | null> = decode,
  opts: { max?: number; nowSeconds?: () => number } = {},
): (params: JWTDecodeParams) => Promise<JWT | null> {
  const max = opts.max ?? 2_000;
  const nowSeconds = opts.nowSeconds ?? (() => Date.now() / 1000);
  const opened = new Map<string, JWT & { exp: number }>();
  let secretOf: JWTDecodeParams["secret"] | undefined;
  return async (params) => {
    // Another secret (a test, a rotation in a long-lived process): nothing opened with the old one counts.
    if (params.secret !== secretOf) {
      opened.clear();
      secretOf = params.secret;
    }
    if (!params.token) return null;
    const key = `${params.salt}\u0000${params.token}`;
    const known = opened.get(key);
    if (known) {
      opened.delete(key);
      if (known.exp + CLOCK_TOLERANCE_S < nowSeconds()) return null;
      opened.set(key, known);
      return { ...known };
    }
    const payload = await open(params);
    // Only a cookie Auth.js accepted, and only with an expiry to check again.
    if (payload && typeof payload.exp === "number") {
      opened.set(key, payload as JWT & { exp: number });
      if (opened.size > max) opened.delete(opened.keys().next().value as string);
    }
    return payload;
  };
}
