import type { AnyJobDef } from "@zorgzaam/core";

/** The module's jobs (import, geocoding), registered by the platform. */
export const partnersJobs: readonly AnyJobDef[] = [];
