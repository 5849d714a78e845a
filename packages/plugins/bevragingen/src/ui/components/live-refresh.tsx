"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { LIVE_SECONDS } from "../../limits";

/**
 * Live counts: while the survey is open and the page is visible, the results are asked again every LIVE_SECONDS
 * (router.refresh: the server counts them again; what is typed in a filter or a download in progress stays). Nothing
 * runs in a hidden tab; coming back to it refreshes at once.
 */
export function LiveRefresh() {
  const router = useRouter();
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === "visible" && navigator.onLine) router.refresh();
    };
    const timer = window.setInterval(tick, LIVE_SECONDS * 1000);
    document.addEventListener("visibilitychange", tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [router]);
  return null;
}
