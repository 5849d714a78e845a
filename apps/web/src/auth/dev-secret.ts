import { createHash } from "node:crypto";
import { env } from "@zorgzaam/core";

/** Outside production a missing AUTH_SECRET falls back to one derived from the database URL (stable per machine). */
export function devAuthSecret(): string {
  if (env().NODE_ENV === "production") throw new Error("AUTH_SECRET is required in production");
  return createHash("sha256").update(`zorgzaam-dev:${env().DATABASE_URL}`).digest("base64");
}

/** The secret Auth.js encrypts its cookies with (AUTH_SECRET; outside production the fallback above). */
export function authSecret(): string {
  return env().AUTH_SECRET ?? devAuthSecret();
}
