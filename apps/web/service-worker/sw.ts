/// <reference lib="webworker" />
/**
 * The web app's service worker (ADR 0028), built with Serwist after `next build` (serwist.config.js → public/sw.js).
 * Scoped so the rest of the app behaves as without it:
 *  - precache: the app shell's styles and fonts (small; every page needs them);
 *  - /_next/static/… (hashed, immutable): from any cache, else the network (then kept);
 *  - page navigations: always the network first; only a field page that a worker opened online (kept by
 *    <OfflinePage/> in the field-pages cache) is served from there when the network is gone;
 *  - everything else (tRPC, auth, files, public pages' posts): not touched, straight to the network.
 */
import { type PrecacheEntry, Serwist, type SerwistGlobalConfig } from "serwist";
import { FIELD_PAGES_CACHE, STATIC_CACHE } from "@zorgzaam/ui/outbox/cache-names";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

async function staticAsset(request: Request): Promise<Response> {
  const hit = await caches.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) await (await caches.open(STATIC_CACHE)).put(request, res.clone());
  return res;
}

async function page(request: Request): Promise<Response> {
  const cache = await caches.open(FIELD_PAGES_CACHE);
  try {
    const res = await fetch(request);
    // A kept field page is refreshed on every online visit (never with a redirect or an error page).
    if (res.ok && !res.redirected && (await cache.match(request.url))) await cache.put(request.url, res.clone());
    return res;
  } catch (err) {
    const kept = await cache.match(request.url);
    if (kept) return kept;
    throw err;
  }
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: ({ request }) => staticAsset(request),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: ({ request }) => page(request),
    },
  ],
});

serwist.addEventListeners();
