"use client";
import { usePluginClient } from "@zorgzaam/ui";

// How a failed call reads (one implementation, in the UI kit).
export { errorCode, errorMessage, fieldErrors } from "@zorgzaam/ui";
import { useEffect, useState } from "react";
import type { ReflectieRouter } from "../server/router";

/** The typed client of this module's router, for client components. */
export function useReflectie() {
  return usePluginClient<ReflectieRouter>("reflectie");
}

/** True when the person asked their system for less motion. */
export function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const mq = window.matchMedia("(prefers-reduced-motion: reduce)");
    setReduced(mq.matches);
    const on = () => setReduced(mq.matches);
    mq.addEventListener("change", on);
    return () => mq.removeEventListener("change", on);
  }, []);
  return reduced;
}
