import type { AnyJobDef } from "@zorgzaam/core/plugin";
import { geocodeJob } from "./geocode";
import { importExpireJob, importJob } from "./import";

/** The module's jobs (import, expiry of unstarted uploads, geocoding), registered by the platform. */
export const partnersJobs: readonly AnyJobDef[] = [importJob, importExpireJob, geocodeJob];
