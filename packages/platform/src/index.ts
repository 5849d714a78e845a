/**
 * The platform as the web app, the worker, the seed and the tests see it: core plus every module of the lists in
 * this folder. This entry is the server part (manifests, server parts, catalogs); the UI is `@zorgzaam/platform/ui`,
 * the manifests alone `@zorgzaam/platform/manifests`. Importing it registers nothing: an entry point builds the
 * platform with createAppPlatform() and installs it (installPlatform) once, see docs/decisions/0007-plugin-contract.md.
 */
export { type AppPlatform, type AppRouter, createAppPlatform, modules } from "./server";
export { manifests } from "./manifests";
