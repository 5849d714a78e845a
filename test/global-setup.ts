import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { TestProject } from "vitest/node";
import { dropDatabase, migrateDatabase } from "../packages/core/src/db/migrate";

/**
 * Creates a fresh database for this test run, migrates it with the real migrations (as the owner role), and hands
 * the URLs to the test workers. Each run also gets its own Redis key prefix, so runs never collide.
 */
export default async function setup(project: TestProject) {
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const server = process.env.TEST_PG_SERVER ?? "127.0.0.1:5432";
  const database = `zorgzaam_test_${run}`;
  const ownerUrl = `postgres://postgres@${server}/${database}`;
  const appUrl = `postgres://zorgzaam_app:zorgzaam_app@${server}/${database}`;
  const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
  const queuePrefix = `zztest_${run}`;
  await migrateDatabase({ ownerUrl, appUrl });
  project.provide("testEnv", { ownerUrl, appUrl, redisUrl, queuePrefix });

  return async () => {
    await dropDatabase(ownerUrl);
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    try {
      let cursor = "0";
      do {
        const [next, keys] = await redis.scan(cursor, "MATCH", `${queuePrefix}*`, "COUNT", 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== "0");
    } finally {
      redis.disconnect();
    }
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testEnv: { ownerUrl: string; appUrl: string; redisUrl: string; queuePrefix: string };
  }
}
