/**
 * Abuse resistance of public forms, without third parties (issue 11):
 * - a signed timestamp in a hidden field (`formToken`), issued when the form is shown: a form sent sooner than
 *   PUBLIC_MIN_FILL_SECONDS after it was shown is taken for a robot, one older than a day must be opened again;
 * - a honeypot field (`website`), hidden from people (and from screen readers), that robots fill in;
 * - rate limits in Redis per IP address and tenant, and per tenant, for every public write.
 * Every refusal is a declared error code, in the reader's language. Nothing is written for a refused form.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { Redis } from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import { z } from "zod";
import { derivedKey, keyedHash } from "../crypto/derived-key";
import { env } from "../env";
import { appError } from "../trpc/errors";

/** The hidden fields every public form sends: its signed start time and the honeypot (empty for people). */
export const publicFormFields = {
  formToken: z.string().max(200),
  website: z.string().max(200).optional(),
};

const DAY_MS = 24 * 60 * 60 * 1000;

function sign(slug: string, at: number): string {
  return createHmac("sha256", derivedKey("public-form v1")).update(`${slug}\u0000${at}`).digest("base64url");
}

/** The token a public form of this tenant carries (shown now, or at `at` for tests). */
export function issueFormToken(slug: string, at: number = Date.now()): string {
  return `${at.toString(36)}.${sign(slug, at)}`;
}

/** Checks the hidden fields of a public form; throws the declared error for a robot or a stale form. */
export function checkPublicForm(slug: string, raw: unknown, now: number = Date.now()): void {
  const input = (raw && typeof raw === "object" ? raw : {}) as { formToken?: unknown; website?: unknown };
  if (typeof input.website === "string" && input.website.trim() !== "") throw appError("public.refused");
  if (input.website !== undefined && typeof input.website !== "string") throw appError("public.refused");
  const token = typeof input.formToken === "string" ? input.formToken : "";
  const [stamp, mac] = token.split(".");
  const at = stamp && /^[0-9a-z]{1,12}$/.test(stamp) ? Number.parseInt(stamp, 36) : Number.NaN;
  if (!mac || !Number.isFinite(at)) throw appError("public.formExpired");
  const want = Buffer.from(sign(slug, at));
  const got = Buffer.from(mac);
  if (want.length !== got.length || !timingSafeEqual(want, got)) throw appError("public.formExpired");
  if (now - at > DAY_MS || at - now > 60_000) throw appError("public.formExpired");
  const min = env().PUBLIC_MIN_FILL_SECONDS;
  if (now - at < min * 1000) throw appError("public.tooFast", { seconds: min });
}

const g = globalThis as unknown as {
  __zorgzaamPublicRl?: { redis: Redis; ip: RateLimiterRedis; tenant: RateLimiterRedis; limits: string };
};

function limiters() {
  const e = env();
  const limits = `${e.PUBLIC_WRITES_PER_IP_HOUR}/${e.PUBLIC_WRITES_PER_TENANT_HOUR}/${e.QUEUE_PREFIX}`;
  if (!g.__zorgzaamPublicRl || g.__zorgzaamPublicRl.limits !== limits) {
    g.__zorgzaamPublicRl?.redis.disconnect();
    const redis = new Redis(e.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 3000 });
    redis.on("error", () => {});
    const prefix = `${e.QUEUE_PREFIX}:rl:public`;
    g.__zorgzaamPublicRl = {
      redis,
      limits,
      ip: new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:ip`, points: e.PUBLIC_WRITES_PER_IP_HOUR, duration: 3600 }),
      tenant: new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}:tenant`,
        points: e.PUBLIC_WRITES_PER_TENANT_HOUR,
        duration: 3600,
      }),
    };
  }
  return g.__zorgzaamPublicRl;
}

/**
 * Counts one public write for the tenant and the IP address (a keyed hash of it: Redis never holds the address);
 * throws public.tooMany with the minutes to wait when either is over its limit.
 */
export async function consumePublicWrite(tenantId: string, ip: string | null): Promise<void> {
  const l = limiters();
  try {
    if (ip) await l.ip.consume(`${tenantId}:${keyedHash("rate-limit public ip v1", ip)}`);
    await l.tenant.consume(tenantId);
  } catch (e) {
    if (e && typeof e === "object" && "msBeforeNext" in e) {
      throw appError("public.tooMany", { minutes: Math.max(1, Math.ceil((e as { msBeforeNext: number }).msBeforeNext / 60_000)) });
    }
    throw e;
  }
}

export async function closePublicRateLimiter(): Promise<void> {
  g.__zorgzaamPublicRl?.redis.disconnect();
  g.__zorgzaamPublicRl = undefined;
}
