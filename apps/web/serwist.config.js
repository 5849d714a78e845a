// Builds the service worker (service-worker/sw.ts → public/sw.js) after `next build`, with the list of the build's
// styles and fonts to precache (ADR 0027). Nothing is fetched from the internet: Serwist is bundled into the worker.
import { serwist } from "@serwist/next/config";

export default serwist({
  swSrc: "service-worker/sw.ts",
  swDest: "public/sw.js",
  // The app shell only: every page's styles and fonts. Scripts are kept per field page when it is opened online
  // (OfflinePage in @zorgzaam/ui/outbox): precaching every chunk (maps included) would cost a phone megabytes.
  globPatterns: [".next/static/**/*.{css,woff2}"],
  precachePrerendered: false,
});
