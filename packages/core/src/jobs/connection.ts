import { Redis } from "ioredis";
import { env } from "../env";

/** The single BullMQ queue every job goes through; jobs are told apart by name, not by queue. */
export const QUEUE_NAME = "zorgzaam";

/**
 * Connection options for BullMQ. BullMQ opens (and closes) its own ioredis clients from these, so no client is shared
 * between a queue and a worker. Workers block on Redis and must never give up on a command, hence
 * maxRetriesPerRequest: null (BullMQ forces it for workers anyway and warns if it is set otherwise).
 */
export function redisConnection(kind: "queue" | "worker") {
  return {
    url: env().REDIS_URL,
    maxRetriesPerRequest: kind === "worker" ? null : 3,
  };
}

/** The Redis URL with any password hidden, for messages and logs. */
export function safeRedisUrl(url: string = env().REDIS_URL): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/**
 * Resolves when Redis answers PING within timeoutMs, rejects otherwise. A process that starts without Redis must say
 * so and stop instead of retrying forever inside ioredis, so this client never reconnects.
 */
export async function pingRedis(url: string = env().REDIS_URL, timeoutMs = 3_000): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // Without a listener ioredis prints connection errors itself. The first socket error (ECONNREFUSED, ETIMEDOUT...)
  // says more than the "Connection is closed" that connect() then rejects with, so report that one.
  let socketError: Error | undefined;
  client.on("error", (err: Error) => {
    socketError ??= err;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        await client.connect();
        await client.ping();
      })(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (err) {
    throw socketError ?? err;
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}
