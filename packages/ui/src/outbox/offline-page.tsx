"use client";
import { useEffect } from "react";
import { FIELD_PAGES_CACHE, STATIC_CACHE } from "./cache-names";

/** The build's assets this page loaded (scripts, styles, fonts), to keep them with the page. */
function loadedAssets(): string[] {
  const out = new Set<string>();
  const add = (href: string | null) => {
    if (!href) return;
    const u = new URL(href, location.href);
    if (u.origin === location.origin && u.pathname.startsWith("/_next/static/")) out.add(u.href);
  };
  for (const e of performance.getEntriesByType("resource")) add(e.name);
  for (const s of document.querySelectorAll<HTMLScriptElement>("script[src]")) add(s.src);
  for (const l of document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet][href], link[rel=preload][href]")) add(l.href);
  return [...out];
}

/**
 * Makes the page it is on available offline (ADR 0028): registers the service worker and, while online, stores a
 * fresh copy of this page and the assets it loaded in the field-pages cache, which the worker serves when the network
 * is gone. Put it on a module's field-entry page; other pages keep going to the network as before.
 */
export function OfflinePage() {
  useEffect(() => {
    if (!("serviceWorker" in navigator) || !("caches" in window)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    if (!navigator.onLine) return;
    void (async () => {
      try {
        // The assets first and the page last: a kept page always finds what it needs.
        const statics = await caches.open(STATIC_CACHE);
        for (const url of loadedAssets()) {
          if (!(await caches.match(url))) await statics.add(url).catch(() => undefined);
        }
        const pages = await caches.open(FIELD_PAGES_CACHE);
        const res = await fetch(location.href, { credentials: "same-origin", cache: "no-store" });
        // A redirect (an expired session) or an error page is not kept in place of the page.
        if (res.ok && !res.redirected) await pages.put(location.href, res);
      } catch {
        // Offline or storage full: the page simply is not kept; it still works online.
      }
    })();
  }, []);
  return null;
}

/** Sign-out: the kept field pages (they show a signed-in page) are removed from this browser. */
export async function clearFieldPages(): Promise<void> {
  if (typeof caches !== "undefined") await caches.delete(FIELD_PAGES_CACHE);
}
