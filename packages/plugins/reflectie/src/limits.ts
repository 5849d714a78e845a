/**
 * Text limits of the Reflectie module's inputs, in characters: one source for the server's schemas and the forms that
 * show them. No dependencies, so client components import it too. Longer texts are refused, never cut.
 */
export const REFLECTIE_LIMITS = {
  /** An answer or the insights of one question. */
  answer: 20_000,
  /** The closing step: what went well. */
  successes: 10_000,
  sessionTitle: 200,
  guestName: 120,
  rhythmName: 120,
  actionText: 1_000,
  ownerName: 120,
  /** A theme's title, per language. */
  themeTitle: 120,
  /** A question's text, per language. */
  questionText: 600,
} as const;
