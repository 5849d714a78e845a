/**
 * The caches the service worker (apps/web/service-worker/sw.ts) and the pages share: field pages a worker opened
 * online (and the assets they loaded), served when the network is gone. Cleared on sign-out.
 */
export const FIELD_PAGES_CACHE = "zorgzaam-field-pages";
/** Hashed build assets (/_next/static/…), fetched once. */
export const STATIC_CACHE = "zorgzaam-static";
/** Where the device key lives for the browser session (sessionStorage); removed on sign-out. */
export const OUTBOX_SESSION_KEY = "zorgzaam.outbox.key";
/** The outbox's IndexedDB database (store.ts). Pages look for it by name before loading the database code. */
export const OUTBOX_DB_NAME = "zorgzaam-outbox";
