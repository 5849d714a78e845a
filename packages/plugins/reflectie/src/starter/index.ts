import { THEMES_1 } from "./themes-1";
import { THEMES_2 } from "./themes-2";
import type { StarterTheme } from "./types";

export type { StarterQuestion, StarterTheme } from "./types";

/**
 * The starter set of the question fan, shipped with the platform and written for this project. Each tenant works on its
 * own copy (ReflectieTheme/ReflectieQuestion). Raise STARTER_VERSION when this content changes: tenants then get new
 * themes and questions, and the new text of questions they did not edit; their own edits and hidden flags stay.
 */
export const STARTER_VERSION = 1;

export const STARTER_THEMES: readonly StarterTheme[] = [...THEMES_1, ...THEMES_2];

export function starterQuestion(key: string) {
  for (const theme of STARTER_THEMES) {
    const q = theme.questions.find((x) => x.key === key);
    if (q) return { theme, question: q };
  }
  return null;
}

export function starterTheme(key: string) {
  return STARTER_THEMES.find((t) => t.key === key) ?? null;
}
