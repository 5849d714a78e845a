/**
 * Abuse resistance of public forms, without third parties (issue 11):
 * - a signed timestamp in a hidden field (`formToken`), issued when the form is shown: a form sent sooner than
 *   PUBLIC_MIN_FILL_SECONDS after it was shown is taken for a robot, one older than a day must be opened again;
 * - a honeypot field (`website`), hidden from people (and from screen readers), that robots fill in;
 * - rate limits in Redis per IP address and tenant, and per tenant, for every public write;
 * - when either limit is approached (PUBLIC_CHALLENGE_PERCENT), a proof of work: the form carries an ALTCHA challenge
 *   (altcha-lib, signed with a key derived from AUTH_SECRET, bound to the tenant, valid 10 minutes) that a small script
 *   in the page solves, and the post must carry the solution, once (Redis). Without JavaScript nothing can solve it:
 *   then the "slow lane" lets a form through that was shown at least PUBLIC_SLOW_LANE_SECONDS before it is sent (its
 *   signed start time, once), under a tenant limit of a tenth of the normal one. No cookie, no third party.
 * Every refusal is a declared error code, in the reader's language. Nothing is written for a refused form.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createChallenge, extractParams, verifySolution } from "altcha-lib/v1";
import { Redis } from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import { z } from "zod";
import { derivedKey, keyedHash } from "../crypto/derived-key";
import { env } from "../env";
import { appError } from "../trpc/errors";

/** The longest solution payload accepted (base64 of a small JSON object; ours are about 300 characters). */
const MAX_SOLUTION = 1000;
const CHALLENGE_MS = 10 * 60 * 1000;

/**
 * The hidden fields every public form sends in its input: its signed start time and the honeypot (empty for people).
 * The solved proof of work (hidden field "altcha") is not part of a procedure's input: the web layer hands it over in
 * the request context (`ctx.publicProof`), so no module passes it on, or could store it by mistake.
 */
export const publicFormFields = {
  formToken: z.string().max(200),
  website: z.string().max(200).optional(),
};

const DAY_MS = 24 * 60 * 60 * 1000;

function sign(slug: string, at: number, nonce: string): string {
  return createHmac("sha256", derivedKey("public-form v2")).update(`${slug}\u0000${at}\u0000${nonce}`).digest("base64url");
}

/** The token a public form of this tenant carries (shown now, or at `at` for tests). */
export function issueFormToken(slug: string, at: number = Date.now()): string {
  // A random part: two forms shown in the same millisecond are two tokens (the slow lane takes each once).
  const nonce = randomBytes(6).toString("base64url");
  return `${at.toString(36)}.${nonce}.${sign(slug, at, nonce)}`;
}

/**
 * Checks the hidden fields of a public form; throws the declared error for a robot or a stale form. Returns the time
 * the form was shown.
 */
export function checkPublicForm(slug: string, raw: unknown, now: number = Date.now()): number {
  const input = (raw && typeof raw === "object" ? raw : {}) as { formToken?: unknown; website?: unknown };
  if (typeof input.website === "string" && input.website.trim() !== "") throw appError("public.refused");
  if (input.website !== undefined && typeof input.website !== "string") throw appError("public.refused");
  const token = typeof input.formToken === "string" ? input.formToken : "";
  const [stamp, nonce, mac, extra] = token.split(".");
  const at = stamp && /^[0-9a-z]{1,12}$/.test(stamp) ? Number.parseInt(stamp, 36) : Number.NaN;
  if (!mac || !nonce || extra !== undefined || !Number.isFinite(at)) throw appError("public.formExpired");
  const want = Buffer.from(sign(slug, at, nonce));
  const got = Buffer.from(mac);
  if (want.length !== got.length || !timingSafeEqual(want, got)) throw appError("public.formExpired");
  if (now - at > DAY_MS || at - now > 60_000) throw appError("public.formExpired");
  const min = env().PUBLIC_MIN_FILL_SECONDS;
  if (now - at < min * 1000) throw appError("public.tooFast", { seconds: min });
  return at;
}

const g = globalThis as unknown as {
  __zorgzaamPublicRl?: {
    redis: Redis;
    ip: RateLimiterRedis;
    tenant: RateLimiterRedis;
    slow: RateLimiterRedis;
    prefix: string;
    limits: string;
  };
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
      prefix,
      ip: new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:ip`, points: e.PUBLIC_WRITES_PER_IP_HOUR, duration: 3600 }),
      tenant: new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}:tenant`,
        points: e.PUBLIC_WRITES_PER_TENANT_HOUR,
        duration: 3600,
      }),
      // The slow lane (no proof of work, only a wait) takes a tenth of the tenant's writes at most.
      slow: new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}:slow`,
        points: Math.max(1, Math.ceil(e.PUBLIC_WRITES_PER_TENANT_HOUR / 10)),
        duration: 3600,
      }),
    };
  }
  return g.__zorgzaamPublicRl;
}

const ipKey = (tenantId: string, ip: string) => `${tenantId}:${keyedHash("rate-limit public ip v1", ip)}`;

function tooMany(e: unknown): never {
  if (e && typeof e === "object" && "msBeforeNext" in e) {
    throw appError("public.tooMany", { minutes: Math.max(1, Math.ceil((e as { msBeforeNext: number }).msBeforeNext / 60_000)) });
  }
  throw e;
}

/** Whether the writes of this IP address or of the whole tenant have reached PUBLIC_CHALLENGE_PERCENT of their limit. */
export async function limitsApproached(tenantId: string, ip: string | null): Promise<boolean> {
  const e = env();
  const l = limiters();
  const share = e.PUBLIC_CHALLENGE_PERCENT / 100;
  const [byIp, byTenant] = await Promise.all([ip ? l.ip.get(ipKey(tenantId, ip)) : null, l.tenant.get(tenantId)]);
  return (
    (byIp?.consumedPoints ?? 0) >= share * e.PUBLIC_WRITES_PER_IP_HOUR ||
    (byTenant?.consumedPoints ?? 0) >= share * e.PUBLIC_WRITES_PER_TENANT_HOUR
  );
}

/** An ALTCHA challenge (the classic SHA-256 one), as the page's script reads it. */
export interface PublicChallenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/** What a public form carries: its signed start time and, under pressure, a challenge and the slow lane's wait. */
export interface PublicFormGuard {
  formToken: string;
  challenge: PublicChallenge | null;
  /** Seconds a form must have been open to pass without the proof of work (no JavaScript). */
  slowLaneSeconds: number;
}

const powKey = () => derivedKey("public-pow v1").toString("hex");

/** The hidden state of a public form of this tenant, shown now to this IP address. */
export async function publicFormGuard(slug: string, tenantId: string, ip: string | null, now = Date.now()): Promise<PublicFormGuard> {
  const e = env();
  const formToken = issueFormToken(slug, now);
  if (!(await limitsApproached(tenantId, ip))) return { formToken, challenge: null, slowLaneSeconds: e.PUBLIC_SLOW_LANE_SECONDS };
  const c = await createChallenge({
    hmacKey: powKey(),
    maxnumber: e.PUBLIC_POW_MAX_NUMBER,
    expires: new Date(now + CHALLENGE_MS),
    params: { t: slug },
  });
  return {
    formToken,
    challenge: { ...c, maxnumber: c.maxnumber ?? e.PUBLIC_POW_MAX_NUMBER },
    slowLaneSeconds: e.PUBLIC_SLOW_LANE_SECONDS,
  };
}

/** Marks a proof (a solution, a form token) used; false when it was used before. */
async function once(kind: string, proof: string, ttlSeconds: number): Promise<boolean> {
  const l = limiters();
  const key = `${l.prefix}:once:${kind}:${keyedHash("public once v1", proof)}`;
  return (await l.redis.set(key, "1", "EX", ttlSeconds, "NX")) === "OK";
}

async function validSolution(slug: string, payload: string): Promise<boolean> {
  if (payload.length > MAX_SOLUTION) return false;
  try {
    if (extractParams(payload).t !== slug) return false;
    return await verifySolution(payload, powKey(), true);
  } catch {
    return false;
  }
}

/**
 * Under pressure (limitsApproached), a public write needs a proof: a solved challenge (`proof`) not used before, or (the slow
 * lane, for a visitor without JavaScript) a form shown at least PUBLIC_SLOW_LANE_SECONDS ago whose token was not used
 * before, within the slow lane's own limit. Otherwise public.challengeNeeded, naming the wait.
 */
export async function checkPublicProof(
  slug: string,
  tenantId: string,
  ip: string | null,
  raw: unknown,
  proof: string | null | undefined,
  shownAt: number,
  now = Date.now(),
): Promise<void> {
  if (!(await limitsApproached(tenantId, ip))) return;
  const input = (raw && typeof raw === "object" ? raw : {}) as { formToken?: unknown };
  const seconds = env().PUBLIC_SLOW_LANE_SECONDS;
  if (proof && (await validSolution(slug, proof))) {
    if (await once("pow", proof, CHALLENGE_MS / 1000)) return;
  } else if (now - shownAt >= seconds * 1000 && typeof input.formToken === "string") {
    if (await once("slow", input.formToken, 24 * 3600)) {
      try {
        await limiters().slow.consume(tenantId);
      } catch (e) {
        tooMany(e);
      }
      return;
    }
  }
  throw appError("public.challengeNeeded", { seconds });
}

/**
 * Counts one public write for the tenant and the IP address (a keyed hash of it: Redis never holds the address);
 * throws public.tooMany with the minutes to wait when either is over its limit.
 */
export async function consumePublicWrite(tenantId: string, ip: string | null): Promise<void> {
  const l = limiters();
  try {
    if (ip) await l.ip.consume(ipKey(tenantId, ip));
    await l.tenant.consume(tenantId);
  } catch (e) {
    tooMany(e);
  }
}

export async function closePublicRateLimiter(): Promise<void> {
  g.__zorgzaamPublicRl?.redis.disconnect();
  g.__zorgzaamPublicRl = undefined;
}
