import { inject } from "vitest";

// Point the code under test at this run's database and Redis prefix before any module reads the configuration.
const t = inject("testEnv");
Object.assign(process.env, {
  NODE_ENV: "test",
  DATABASE_URL: t.appUrl,
  DATABASE_OWNER_URL: t.ownerUrl,
  REDIS_URL: t.redisUrl,
  QUEUE_PREFIX: t.queuePrefix,
  AUTH_SECRET: "test-secret-test-secret-test-secret-000",
  LOG_LEVEL: "error",
});
