"use client";
import { usePluginClient } from "@zorgzaam/ui";

// How a failed call reads (one implementation, in the UI kit).
export { errorCode, errorMessage, fieldErrors } from "@zorgzaam/ui";
import type { PartnersRouter } from "../server/router";

/** The typed client of this module's router, for client components. */
export function usePartners() {
  return usePluginClient<PartnersRouter>("partners");
}
