/**
 * Text limits of Burenhulp's inputs, in characters: one source for the server's schemas and the forms. Longer texts
 * are refused with a message naming the limit, never cut. No dependencies (client components import it too).
 */
export const BURENHULP_LIMITS = {
  notes: 5_000,
  street: 120,
  whenNote: 200,
  serviceName: 200,
  kindLabel: 80,
  languages: 10,
  /** A name and a phone number on the public form (as core's person fields). */
  personName: 100,
  phone: 40,
  /** What a partner writes about the situation in a referral (it goes to the contact point's inbox). */
  referralMessage: 2_000,
  /** A story of spontaneous help in the facilitation log (BH-10). */
  story: 2_000,
  /** How many times one entry of the log counts. */
  storyTimes: 999,
} as const;
