import { afterAll, expect, it } from "vitest";
import { z } from "zod";
import { resetEnvCache } from "../env";
import { closeQueues, defineJob, enqueue } from "./index";
import { isolateQueuePrefix } from "./testing";

isolateQueuePrefix("timeout");
const realRedis = process.env.REDIS_URL;
afterAll(async () => {
  await closeQueues();
  process.env.REDIS_URL = realRedis;
  resetEnvCache();
});

it("fails enqueue with a clear error instead of hanging when Redis is down", async () => {
  process.env.REDIS_URL = "redis://127.0.0.1:1";
  resetEnvCache();
  const job = defineJob({ name: "test.unreachable", payload: z.object({}), handler: async () => {} });
  const started = Date.now();
  await expect(enqueue(job, {})).rejects.toThrow(
    /enqueue "test\.unreachable": Redis did not answer within 5000 ms \(REDIS_URL=redis:\/\/127\.0\.0\.1:1\)/,
  );
  expect(Date.now() - started).toBeLessThan(8_000);
  // Shutting down must not hang either.
  const closed = await Promise.race([closeQueues().then(() => "closed"), new Promise((r) => setTimeout(() => r("hung"), 5_000))]);
  expect(closed).toBe("closed");
});
