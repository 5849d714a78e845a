import "server-only";
import { installPlatform } from "@zorgzaam/core";
import { type AppPlatform, createAppPlatform } from "@zorgzaam/platform";

let platform: AppPlatform | undefined;

/**
 * The web process's platform (core and every module): built and installed on first use, by the route handler, a page
 * or the message loader, whichever comes first. A Next.js server has no main function; this is where the web app
 * makes its one installPlatform call (ADR 7). Importing this file builds nothing.
 */
export function webPlatform(): AppPlatform {
  platform ??= installPlatform(createAppPlatform());
  return platform;
}
