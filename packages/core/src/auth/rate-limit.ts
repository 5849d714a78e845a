import { Redis } from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import { keyedHash } from "../crypto/derived-key";
import { env } from "../env";

/**
 * Sign-in attempts are limited per account and per IP address, in Redis so that every web instance shares the
 * count. Limits: 5 attempts per account per 15 minutes, 30 per IP per 15 minutes. A successful password sign-in
 * clears the account's count and gives its IP point back: the IP limit counts failures (and link requests), so a
 * team behind one office address can all sign in at nine. The keys are keyed hashes of the address and the IP
 * (keyedHash), so Redis holds neither.
 */
const g = globalThis as unknown as { __zorgzaamRl?: { redis: Redis; account: RateLimiterRedis; ip: RateLimiterRedis } };

function limiters() {
  if (!g.__zorgzaamRl) {
    const redis = new Redis(env().REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 3000 });
    redis.on("error", () => {});
    const prefix = `${env().QUEUE_PREFIX}:rl`;
    g.__zorgzaamRl = {
      redis,
      account: new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:acct`, points: 5, duration: 15 * 60 }),
      ip: new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:ip`, points: 30, duration: 15 * 60 }),
    };
  }
  return g.__zorgzaamRl;
}

function accountKey(account: string): string {
  return keyedHash("rate-limit account v1", account.toLowerCase());
}

export class RateLimitedError extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    super("Te veel pogingen. Wacht even en probeer het opnieuw.");
  }
}

/** Counts one sign-in attempt; throws RateLimitedError when the account or the IP is over its limit. */
export async function consumeSignInAttempt(account: string, ip: string | null): Promise<void> {
  const l = limiters();
  try {
    await l.account.consume(accountKey(account));
    if (ip) await l.ip.consume(keyedHash("rate-limit ip v1", ip));
  } catch (e) {
    if (e && typeof e === "object" && "msBeforeNext" in e) {
      throw new RateLimitedError(Math.ceil((e as { msBeforeNext: number }).msBeforeNext / 1000));
    }
    throw e;
  }
}

/** A successful sign-in clears the account's counter and gives back the point its IP spent on it. */
export async function resetSignInAttempts(account: string, ip: string | null = null): Promise<void> {
  const l = limiters();
  await l.account.delete(accountKey(account));
  if (ip) await l.ip.reward(keyedHash("rate-limit ip v1", ip), 1);
}

export async function closeRateLimiter(): Promise<void> {
  g.__zorgzaamRl?.redis.disconnect();
  g.__zorgzaamRl = undefined;
}
