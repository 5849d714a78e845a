import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { LIMITS } from "../limits";

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

/** Returns a plain-language problem with the password, or null when it is acceptable (ASVS 5.0: length, no common). */
export function checkPasswordPolicy(password: string, personal: string[] = []): string | null {
  if (password.length < 12) return "Kies een wachtwoord van minstens 12 tekens.";
  if (password.length > LIMITS.password) return `Kies een wachtwoord van hoogstens ${LIMITS.password} tekens.`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "Dit wachtwoord komt voor in lijsten van veelgebruikte wachtwoorden. Kies een ander.";
  for (const p of personal) {
    const part = p.toLowerCase().split("@")[0] ?? "";
    if (part.length >= 4 && lower.includes(part)) return "Gebruik je naam of e-mailadres niet in je wachtwoord.";
  }
  if (new Set(lower).size < 5) return "Dit wachtwoord is te eenvoudig: gebruik meer verschillende tekens.";
  return null;
}
