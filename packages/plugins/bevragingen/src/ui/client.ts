"use client";
import { usePluginClient } from "@zorgzaam/ui";
import type { BevragingenRouter } from "../server/router";

export { errorMessage } from "@zorgzaam/ui";

/** The typed client of this module's router, for client components. */
export function useBevragingen() {
  return usePluginClient<BevragingenRouter>("bevragingen");
}
