"use client";
import { useEffect, useState } from "react";

/**
 * Short confirmations and refusals ("Opgeslagen", "Dat lukte niet") in a toast, with sonner, which is loaded only when
 * the first toast is shown: a page that never shows one does not carry it. `ToastHost` sits once in the root layout;
 * client components call `toast.success(text)` / `toast.error(text)` from here, never sonner itself.
 */
type Kind = "success" | "error";
interface Pending {
  kind: Kind;
  message: string;
}

type Sonner = typeof import("sonner");

const waiting: Pending[] = [];
let show: ((t: Pending) => void) | null = null;
let wake: (() => void) | null = null;

function push(t: Pending): void {
  if (show) {
    show(t);
    return;
  }
  waiting.push(t);
  wake?.();
}

export const toast = {
  success: (message: string) => push({ kind: "success", message }),
  error: (message: string) => push({ kind: "error", message }),
};

/** The toaster: nothing until the first toast, then sonner's Toaster (top centre, coloured, with a close button). */
export function ToastHost() {
  const [sonner, setSonner] = useState<Sonner | null>(null);
  useEffect(() => {
    if (sonner) return;
    const load = () => {
      wake = null;
      void import("sonner").then(setSonner);
    };
    wake = load;
    if (waiting.length > 0) load();
    return () => {
      if (wake === load) wake = null;
    };
  }, [sonner]);
  useEffect(() => {
    if (!sonner) return;
    // The Toaster (a child) has subscribed in its own effect, which runs before this one.
    show = (t) => void sonner.toast[t.kind](t.message);
    for (const t of waiting.splice(0)) show(t);
    return () => {
      show = null;
    };
  }, [sonner]);
  return sonner ? <sonner.Toaster position="top-center" richColors closeButton /> : null;
}
