"use client";
import { usePluginClient } from "@zorgzaam/ui";
import type { BurenhulpRouter } from "../server/router";

export { errorMessage } from "@zorgzaam/ui";

/** The typed client of this module's router, for client components. */
export function useBurenhulp() {
  return usePluginClient<BurenhulpRouter>("burenhulp");
}
