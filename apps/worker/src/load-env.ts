import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Loads the repository's .env, if there is one, into process.env. Variables already set in the environment win, so a
 * deployment's own settings are never overridden by a stray file.
 */
export function loadRepoEnv(file = path.join(repoRoot, ".env")): boolean {
  if (!existsSync(file)) return false;
  process.loadEnvFile(file);
  return true;
}
