import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { LIMITS } from "../limits";
import type { AppError } from "../trpc/app-error";
import { appError } from "../trpc/errors";

/** Argon2id with the OWASP-recommended minimums (19 MiB, 2 iterations). */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

// The 49,000 most common passwords of the zxcvbn-ts project, lower-cased.
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

const MIN_PASSWORD = 12;

/**
 * The problem with a password as an error of core's catalog (throw it, or read `message` for the Dutch words), or
 * null when it is acceptable (ASVS 5.0: length, no common).
 */
export function passwordProblem(password: string, personal: string[] = []): AppError | null {
  if (password.length < MIN_PASSWORD) return appError("password.tooShort", { min: MIN_PASSWORD });
  if (password.length > LIMITS.password) return appError("password.tooLong", { max: LIMITS.password });
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return appError("password.common");
  for (const p of personal) {
    const part = p.toLowerCase().split("@")[0] ?? "";
    if (part.length >= 4 && lower.includes(part)) return appError("password.personal");
  }
  if (new Set(lower).size < 5) return appError("password.simple");
  return null;
}

/** Returns a plain-language problem with the password (in Dutch), or null when it is acceptable. */
export function checkPasswordPolicy(password: string, personal: string[] = []): string | null {
  return passwordProblem(password, personal)?.message ?? null;
}
