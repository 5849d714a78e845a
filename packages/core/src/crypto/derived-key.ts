import { createHash, createHmac, hkdfSync } from "node:crypto";
import { env } from "../env";

const cache = new Map<string, { secret: string; key: Buffer }>();

/**
 * A 32-byte key for one purpose (e.g. "outgoing-mail v1"), derived from AUTH_SECRET with HKDF, so that one secret
 * serves several uses without one use revealing another's key. Web and worker derive the same keys from the same
 * AUTH_SECRET. Outside production a missing AUTH_SECRET falls back to the same value as the web app's
 * (apps/web/src/auth/dev-secret.ts); parseEnv refuses production without AUTH_SECRET.
 */
export function derivedKey(purpose: string): Buffer {
  const e = env();
  const secret = e.AUTH_SECRET ?? createHash("sha256").update(`zorgzaam-dev:${e.DATABASE_URL}`).digest("base64");
  const hit = cache.get(purpose);
  if (hit?.secret === secret) return hit.key;
  const key = Buffer.from(hkdfSync("sha256", secret, "zorgzaam", purpose, 32));
  cache.set(purpose, { secret, key });
  return key;
}

/** A keyed hash (HMAC-SHA256, base64url) of a value, to use personal data as a lookup key without storing it. */
export function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", derivedKey(purpose)).update(value).digest("base64url");
}
