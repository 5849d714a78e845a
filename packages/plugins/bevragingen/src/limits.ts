/**
 * Limits of Bevragingen's inputs: one source for the server's schemas and the forms. Longer texts are refused with a
 * message naming the limit, never cut. No dependencies (client components import it too).
 */
export const BEVRAGINGEN_LIMITS = {
  title: 200,
  questionText: 500,
  optionText: 200,
  shortText: 200,
  longText: 5_000,
  street: 120,
  /** A photo answer: the image as sent (before core re-encodes it), in bytes. */
  photoBytes: 4_000_000,
  sections: 30,
  questions: 200,
  options: 50,
  key: 40,
  /** A tag the team puts on an open answer, and how many one answer may carry. */
  tag: 40,
  tags: 10,
  /** A name and a phone number when a respondent asks to be contacted again (as core's person fields). */
  personName: 100,
  phone: 40,
} as const;

/** How often an open survey's results page counts again while it is open and visible (live counts). */
export const LIVE_SECONDS = 60;
