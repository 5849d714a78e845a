/** The whole API (core and every module) is composed in the platform package; re-exported for the web app. */
export { appRouter, type AppRouter } from "@zorgzaam/platform";
