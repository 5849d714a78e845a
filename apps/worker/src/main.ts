/**
 * The background worker: runs every registered job, relays the jobs that requests wrote to the outbox into the queue,
 * keeps the schedules (core's nightly ones, and every enabled module's per tenant) and in development runs the SMTP
 * server that captures outgoing mail. Stops gracefully on SIGTERM/SIGINT (running jobs finish first).
 */
import { closeAppDb } from "@zorgzaam/core/db/client";
import { EnvError, env } from "@zorgzaam/core/env";
import {
  QUEUE_NAME,
  closeQueues,
  pingRedis,
  reconcileSchedulesWithDatabase,
  safeRedisUrl,
  scheduleCoreJobs,
  startWorker,
} from "@zorgzaam/core/jobs/index";
import { logger } from "@zorgzaam/core/logger";
import { installPlatform } from "@zorgzaam/core/platform/installed";
import { isModuleEnabledFor } from "@zorgzaam/core/plugins/state";
import {
  type CaptureServerHandle,
  closeMailTransport,
  devMailEnabled,
  devMailProductionWarning,
  startCaptureServer,
} from "@zorgzaam/core/mail/index";
import { createAppPlatform } from "@zorgzaam/platform";
import { loadRepoEnv } from "./load-env";

/** Longest a graceful stop waits for running jobs; below the usual 30 s before an orchestrator sends SIGKILL. */
const SHUTDOWN_TIMEOUT_MS = 25_000;

/** A problem the operator must fix before the worker can run: printed as one sentence, then exit 1. */
function fatal(sentence: string): never {
  process.stderr.write(`${sentence}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  loadRepoEnv();
  let config: ReturnType<typeof env>;
  try {
    config = env();
  } catch (err) {
    if (err instanceof EnvError) fatal(err.message);
    throw err;
  }

  try {
    await pingRedis(config.REDIS_URL, 3_000);
  } catch (err) {
    fatal(
      `Redis is not reachable at REDIS_URL=${safeRedisUrl(config.REDIS_URL)} (${(err as Error).message}): start Redis or set REDIS_URL to a running server.`,
    );
  }

  // The platform (core's jobs and every module's) this worker runs, installed for the worker and the relay.
  const platform = installPlatform(createAppPlatform());
  await scheduleCoreJobs();
  // Modules' per-tenant schedules, in line with the modules enabled now, whichever route switched them on or off.
  const schedules = await reconcileSchedulesWithDatabase(platform.schedules);
  logger.info({ ...schedules }, "module schedules reconciled");

  let capture: CaptureServerHandle | undefined;
  // The demo (`npm start`) and the e2e run use a production build with captured mail, through DEV_MAIL_IN_PRODUCTION;
  // without that override a production worker never runs the capturing server, whatever SMTP_CAPTURE says.
  const warning = devMailProductionWarning(config);
  if (warning) logger.warn({ DEV_MAIL_IN_PRODUCTION: true }, warning);
  if (devMailEnabled(config)) {
    try {
      capture = await startCaptureServer({ port: config.SMTP_PORT, host: config.SMTP_HOST });
    } catch (err) {
      await closeQueues();
      fatal(`${(err as Error).message}.`);
    }
  }

  // Jobs of a module that is switched off for the job's tenant are skipped (and not retried). The worker also runs the
  // outbox relay (jobs written by ctx.enqueue in committed transactions go to the queue).
  const worker = startWorker({ concurrency: 5, isJobAllowed: isModuleEnabledFor });
  await worker.ready();
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal means "now": running jobs are abandoned and re-run by another worker after their lock expires.
      logger.warn({ signal }, "worker stopping now, without waiting for running jobs");
      await worker.close({ force: true }).catch(() => {});
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "worker stopping: waiting for running jobs to finish");
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: SHUTDOWN_TIMEOUT_MS }, "running jobs did not finish in time; stopping without them");
      void worker.close({ force: true }).finally(() => process.exit(1));
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    try {
      await worker.close();
      await capture?.close();
      closeMailTransport();
      await closeQueues();
      await closeAppDb();
    } catch (err) {
      logger.error({ err }, "error while stopping the worker");
      process.exit(1);
    }
    clearTimeout(timer);
    logger.info({}, "worker stopped");
    process.exit(0);
  };
  process.on("SIGTERM", (s) => void stop(s));
  process.on("SIGINT", (s) => void stop(s));
  // "worker ready" only once a stop signal is handled (a supervisor may stop the worker as soon as it reads it).
  logger.info(
    {
      queue: QUEUE_NAME,
      prefix: config.QUEUE_PREFIX,
      redis: safeRedisUrl(config.REDIS_URL),
      jobs: platform.jobs.map((j) => j.name),
      mailCapture: capture ? `${config.SMTP_HOST}:${capture.port}` : null,
    },
    "worker ready",
  );
}

main().catch((err: unknown) => {
  logger.error({ err }, "worker failed to start");
  process.exit(1);
});
