import { z } from "zod";
import { bodyLimitMb } from "./body-limit.mjs";

/**
 * The only place that reads configuration. Every variable is validated once; a missing or malformed one is reported
 * by name with what was expected. Defaults work on a machine with PostgreSQL and Redis on localhost.
 */
const bool = z.enum(["true", "false", "1", "0", ""]).transform((v) => v === "true" || v === "1");

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "must start with postgres:// or postgresql://");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.default("postgres://zorgzaam_app:zorgzaam_app@127.0.0.1:5432/zorgzaam"),
  DATABASE_OWNER_URL: postgresUrl.default("postgres://postgres@127.0.0.1:5432/zorgzaam"),
  REDIS_URL: z
    .string()
    .url()
    .refine((v) => /^rediss?:\/\//.test(v), "must start with redis:// or rediss://")
    .default("redis://127.0.0.1:6379"),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, "letters, digits, - and _ only")
    .default("zorgzaam"),
  /**
   * Days a failed job (its error, for the operator's failed-jobs page and a retry) stays in Redis; then the queue and
   * the nightly housekeeping remove it. Completed jobs go after a day (jobs/queue.ts).
   */
  JOB_FAILED_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /**
   * Hours a finished personal-data export stays downloadable (in the database, under RLS). Erasing the person deletes
   * it at once; the nightly housekeeping deletes expired ones.
   */
  PERSONAL_DATA_EXPORT_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  APP_URL: z.string().url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)").optional(),
  SMTP_HOST: z.string().min(1).default("127.0.0.1"),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(2525),
  SMTP_SECURE: bool.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().min(3).default("Zorgzaam <no-reply@zorgzaam.localhost>"),
  /**
   * Run the capturing SMTP server in the worker and show captured mail at /dev/mail. Only in development and tests: a
   * production build ignores it unless DEV_MAIL_IN_PRODUCTION is set (see devMailEnabled in mail/dev-mail-policy.ts).
   */
  SMTP_CAPTURE: bool.default(true),
  /**
   * Lets a production build (NODE_ENV=production) capture mail and show it at /dev/mail, for the demo (`npm start`)
   * and the end-to-end tests only. Anyone can read sign-in links there, so web and worker warn at every start.
   */
  DEV_MAIL_IN_PRODUCTION: bool.default(false),
  /**
   * How many proxies in front of the web app append to X-Forwarded-For and are trusted: 0 (no proxy) believes only the
   * connection's own address; n takes the n-th address from the right. See auth/client-ip.ts.
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * The base map of tenants that chose none ("auto" in their settings): `region` (default: UrbIS in Brussels,
   * CartoWeb.be elsewhere), one preset (`cartoweb`, `grb`, `urbis`, `osm`), or `plain` (no outside service). See
   * map/base-maps.ts and docs/decisions/0020-base-maps.md.
   */
  MAP_BASE_MAP: z.enum(["region", "cartoweb", "grb", "urbis", "osm", "plain"]).default("region"),
  /** When set, tenants on "auto" get this base map instead: a MapLibre style URL or a tile address with {z}/{x}/{y}. */
  MAP_STYLE_URL: z.union([z.literal(""), z.string().url()]).default(""),
  /**
   * Origins besides https: that map styles and tiles may be loaded from (space-separated, Content-Security-Policy
   * syntax), e.g. a tile server on an intranet over http. The end-to-end run sets http://127.0.0.1:* for its local
   * tile server.
   */
  MAP_EXTRA_ORIGINS: z
    .string()
    .regex(/^[a-zA-Z0-9:/.*[\] _-]*$/, "origins separated by spaces, e.g. http://tiles.intranet:8080")
    .default(""),
  MAPBOX_TOKEN: z.string().optional(),
  /**
   * Base URL of a Nominatim-compatible geocoder (its /search?format=jsonv2 API), e.g. a self-hosted Nominatim. Unset:
   * no geocoding, users place points on the map. See docs/decisions/0008-geocoder.md.
   */
  GEOCODER_URL: z.string().url().optional(),
  /** Sent as User-Agent to the geocoder (Nominatim's usage policy asks for one that identifies the application). */
  GEOCODER_USER_AGENT: z.string().min(3).max(200).default("Zorgzaam (partner map geocoding)"),
  /** Least time between two geocoder requests of one process; 1000 ms matches the public Nominatim's limit. */
  GEOCODER_MIN_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  /**
   * Where uploaded files (photos, attachments) are kept: "local" (a directory, FILES_DIR) for one web process, or "s3"
   * (any S3-compatible store) when several web processes or workers share them. See packages/core/src/files.
   */
  FILES_DRIVER: z.enum(["local", "s3"]).default("local"),
  /** Directory of the local driver; default: .zorgzaam/files at the repository root. */
  FILES_DIR: z.string().optional(),
  /** S3-compatible endpoint (path-style requests), e.g. https://s3.eu-west-1.amazonaws.com or a MinIO address. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "a bucket name: lower case letters, digits, dots and dashes")
    .optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Largest accepted upload in megabytes (photos and attachments; images are re-encoded, usually smaller). */
  FILES_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Largest request body the API endpoint reads, in megabytes, for everything but uploads (the largest survey or import
   * sent whole is well below 1 MB); an upload of FILES_MAX_MB (base64 in JSON) is always let through. A larger body is
   * refused with 413 before it is read to the end, so nobody can make the server parse gigabytes. See apiBodyLimitMb.
   */
  API_MAX_BODY_MB: z.coerce.number().min(0.1).max(200).default(2),
  /** Public forms (issue 11): writes one IP address may send to one tenant per hour (contact form, public requests). */
  PUBLIC_WRITES_PER_IP_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Public writes one tenant accepts per hour from everyone together. */
  PUBLIC_WRITES_PER_TENANT_HOUR: z.coerce.number().int().min(1).max(100_000).default(300),
  /** A public form sent sooner than this after the page was opened is taken for a robot. */
  PUBLIC_MIN_FILL_SECONDS: z.coerce.number().int().min(0).max(600).default(3),
  /**
   * Share of either public limit (per IP address, per tenant), in percent, from which a public form asks for a proof of
   * work (or, without JavaScript, a wait: PUBLIC_SLOW_LANE_SECONDS). 0: always; 100: only once a limit is reached.
   */
  PUBLIC_CHALLENGE_PERCENT: z.coerce.number().int().min(0).max(100).default(60),
  /** Under pressure, a form sent at least this long after it was shown passes without a proof of work (no JavaScript). */
  PUBLIC_SLOW_LANE_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  /** Largest number of the proof of work (about half of it is tried on average: 50 000 is below a second on a phone). */
  PUBLIC_POW_MAX_NUMBER: z.coerce.number().int().min(10).max(10_000_000).default(50_000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example.`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings count as "not set" so that a blank line in .env falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const env = result.data;
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    throw new EnvError(["AUTH_SECRET: required in production (generate one with: openssl rand -base64 32)"]);
  }
  // Without a relay a production build would send sign-in links to 127.0.0.1:2525, where nothing listens (the
  // capturing server does not run in production); say so instead of failing at the first sign-in.
  if (env.NODE_ENV === "production" && !env.DEV_MAIL_IN_PRODUCTION && !cleaned.SMTP_HOST) {
    throw new EnvError([
      "SMTP_HOST is not set: a production installation needs a mail relay for sign-in links and invitations (set SMTP_HOST, SMTP_PORT and if needed SMTP_USER/SMTP_PASSWORD, or DEV_MAIL_IN_PRODUCTION=true for a demo that captures mail locally).",
    ]);
  }
  if (env.FILES_DRIVER === "s3") {
    const missing = (["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const).filter((k) => !env[k]);
    if (missing.length) throw new EnvError(missing.map((k) => `${k}: required when FILES_DRIVER=s3`));
  }
  return env;
}

let cached: Env | undefined;
/** The validated configuration of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
/** Tests change process.env between suites; this forgets the cached copy. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** The API endpoint's body limit in megabytes (./body-limit.mjs: API_MAX_BODY_MB, raised when uploads need it). */
export function apiBodyLimitMb(e: Pick<Env, "API_MAX_BODY_MB" | "FILES_MAX_MB"> = env()): number {
  return bodyLimitMb(e);
}
