import { createAppPlatform } from "@zorgzaam/platform";
import { afterAll } from "vitest";
import { closeRateLimiter } from "../packages/core/src/auth/rate-limit";
import { forgetTestJobs } from "../packages/core/src/jobs/testing";
import { closeMailTransport } from "../packages/core/src/mail/send";
import { installPlatform } from "../packages/core/src/platform/installed";
import { closePublicRateLimiter } from "../packages/core/src/public/form-guard";
import { closeAll } from "../packages/core/src/testing/db";

// The entry point of every integration test file: the platform of this installation (core and every module), as the
// web app and the worker install it. A file that needs other modules or extra jobs installs its own platform
// (createPlatform, or installTestJobs in packages/core/src/jobs/testing.ts) at its top.
forgetTestJobs();
installPlatform(createAppPlatform());

// Files share their worker process (isolate: false in vitest.config.ts). After a file's own hooks (this hook was
// registered first, so it runs last), the process-wide clients it opened are closed: the next file opens its own, on
// its own configuration (Redis prefix, SMTP port), as a file in a fresh process would. Each one opens again on first use.
afterAll(async () => {
  closeMailTransport();
  await Promise.all([closeAll(), closeRateLimiter(), closePublicRateLimiter()]);
});
