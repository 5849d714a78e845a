import { Redis } from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import { keyedHash } from "../crypto/derived-key";
import { env } from "../env";

/**
 * Sign-in attempts are limited per account and per IP address, in Redis so that every web instance shares the
 * count. Limits: 5 attempts per account per 15 minutes, 30 per IP per 15 minutes. A successful password sign-in
 * clears the account's count and gives its IP point back: the IP limit counts failures (and link requests), so a
 * team behind one office address can all sign in at nine. Address searches (geo.search, which ask an outside
 * geocoder) are limited per user. The keys are keyed hashes of the address, the IP and the user id (keyedHash), so
 * Redis holds none of them.
 */
const g = globalThis as unknown as {
  __zorgzaamRl?: { redis: Redis; account: RateLimiterRedis; ip: RateLimiterRedis; addressSearch: RateLimiterRedis };
};

/** Address searches (geo.search) per user: a person placing points one by one never needs more. */
export const ADDRESS_SEARCH_LIMIT = { points: 60, durationSeconds: 10 * 60 } as const;

function limiters() {
  if (!g.__zorgzaamRl) {
    const redis = new Redis(env().REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 3000 });
    redis.on("error", () => {});
    const prefix = `${env().QUEUE_PREFIX}:rl`;
    g.__zorgzaamRl = {
      redis,
      account: new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:acct`, points: 5, duration: 15 * 60 }),
      ip: new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:ip`, points: 30, duration: 15 * 60 }),
      addressSearch: new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}:geo`,
        points: ADDRESS_SEARCH_LIMIT.points,
        duration: ADDRESS_SEARCH_LIMIT.durationSeconds,
      }),
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

/** Throws RateLimitedError when what `consume` counted went over its limit (rate-limiter-flexible rejects with a state). */
async function limited(consume: () => Promise<unknown>): Promise<void> {
  try {
    await consume();
  } catch (e) {
    if (e && typeof e === "object" && "msBeforeNext" in e) {
      throw new RateLimitedError(Math.ceil((e as { msBeforeNext: number }).msBeforeNext / 1000));
    }
    throw e;
  }
}

/** Counts one address search of this user (shared by every web instance); throws RateLimitedError over the limit. */
export async function consumeAddressSearch(userId: string): Promise<void> {
  const l = limiters();
  await limited(() => l.addressSearch.consume(keyedHash("rate-limit address search v1", userId)));
}

/** Counts one sign-in attempt; throws RateLimitedError when the account or the IP is over its limit. */
export async function consumeSignInAttempt(account: string, ip: string | null): Promise<void> {
  const l = limiters();
  await limited(async () => {
    await l.account.consume(accountKey(account));
    if (ip) await l.ip.consume(keyedHash("rate-limit ip v1", ip));
  });
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
