/** The type of the whole API (core and every module), for the browser's tRPC client; the router is webPlatform().router. */
export type { AppRouter } from "@zorgzaam/platform";
