"use client";
import { type ReactNode, useEffect, useState } from "react";
import { FIELD_PAGES_CACHE, OUTBOX_DB_NAME, OUTBOX_SESSION_KEY } from "./cache-names";
import { useOutboxTexts } from "./texts";

/**
 * Wraps a sign-out form: with answers still waiting on this device it asks first (they stay, encrypted, and are sent
 * after the next sign-in with the passphrase); on sign-out the session's key and the kept field pages are forgotten.
 * Without JavaScript the form signs out as before. The outbox's database code (Dexie, about 32 kB) is loaded after the
 * page, only to count, and only on a device that has an outbox: this form is on every page.
 */
async function waiting(): Promise<number> {
  // Where the browser can list its databases, a device that never stored an answer loads nothing more.
  if (typeof indexedDB.databases === "function") {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === OUTBOX_DB_NAME)) return 0;
  }
  return (await import("./count")).waitingCount();
}

export function SignOutGuard({ action, children }: { action: (formData: FormData) => void | Promise<void>; children: ReactNode }) {
  const t = useOutboxTexts();
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (typeof indexedDB === "undefined") return;
    let live = true;
    const read = () =>
      void waiting()
        .then((n) => live && setCount(n))
        .catch(() => undefined);
    read();
    // The count changes while the page is open (an answer saved, a replay done): read it again when the menu is used.
    window.addEventListener("focus", read);
    document.addEventListener("pointerdown", read, { capture: true });
    return () => {
      live = false;
      window.removeEventListener("focus", read);
      document.removeEventListener("pointerdown", read, { capture: true });
    };
  }, []);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (count > 0 && !window.confirm(t.signOutWarning(count))) {
          e.preventDefault();
          return;
        }
        sessionStorage.removeItem(OUTBOX_SESSION_KEY);
        if (typeof caches !== "undefined") void caches.delete(FIELD_PAGES_CACHE);
      }}
    >
      {children}
    </form>
  );
}
