import type { Platform } from "./create";

/**
 * The platform of this process, for core code that runs without a caller to hand it over: the tRPC middleware and
 * routers, the job worker and relay, the sensitive-field guard. Set by one explicit call in each entry point (the web
 * app's server/platform.ts, the worker's main, the seed, a test's setup): never by importing a module.
 */
let current: Platform | undefined;

/** Makes platform the process's platform (a later call replaces it: a test with its own modules, a dev reload). */
export function installPlatform<P extends Platform>(platform: P): P {
  current = platform;
  return platform;
}

/** The installed platform; throws, saying what to do, when the entry point installed none. */
export function installedPlatform(): Platform {
  if (!current) {
    throw new Error(
      "No platform installed in this process: the entry point must call installPlatform(createPlatform(modules)) before using core (see docs/decisions/0007-plugin-contract.md)",
    );
  }
  return current;
}
