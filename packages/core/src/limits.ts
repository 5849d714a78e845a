/**
 * Text limits of the core's inputs, in characters: one source for the server's zod schemas and the forms that show
 * them ("max. 10.000 tekens"). No dependencies, so client components may import it (`@zorgzaam/core/limits`).
 * Inputs are never cut to fit: a longer text is refused with a message that names the limit.
 */
export const LIMITS = {
  /** Names of tenants, neighbourhoods, organisations and accounts. */
  name: 200,
  /** The name an uploaded file had on the uploader's device. */
  fileName: 255,
  /** A tenant's address in URLs (/t/<slug>): 2 to 63 characters. */
  tenantSlug: 63,
  /** A person's first and last name. */
  personName: 100,
  phone: 40,
  address: 300,
  /** A person's notes (sensitive). */
  notes: 10_000,
  /** The label of a tenant's own consent purpose. */
  consentPurpose: 300,
  /** Free text about one consent (erasure clears it). */
  consentNote: 1_000,
  neighbourhoodDescription: 2_000,
  organisationKind: 100,
  mapboxToken: 500,
  /** A base-map style or tile address. */
  url: 2_000,
  /** The attribution of a custom base map. */
  mapAttribution: 300,
  /** Search words in lists. */
  search: 100,
  /** What a person types to find an address on the map (sent to the geocoder). */
  addressSearch: 200,
  /** A language code such as nl, fr, ar. */
  languageCode: 3,
  /** A message to the contact point (public form) and a reply to it. */
  contactMessage: 5_000,
  /** Internal notes of the contact point on one message (sensitive). */
  contactNotes: 10_000,
  /** The public name of a project (per language). */
  publicName: 120,
  /** The short introduction on the public site (per language). */
  publicIntro: 1_500,
  /** The privacy notice (per language). */
  privacyNotice: 20_000,
  /** Passwords (the policy's upper bound; ASVS allows at least 64). */
  password: 128,
} as const;

export type LimitKey = keyof typeof LIMITS;

/**
 * How far a list counts its results: exactly up to 1,000, and up to the end of the page asked for when that lies
 * further. Beyond it the list says "more than ...": nobody pages through a thousand people, they filter; the exact
 * number of a 100,000-person tenant cost a scan of all of them on every page, a third of it row-level security's
 * per-row check (docs/performance.md). Count with `LIMIT listCountLimit(...) + 1` to know whether there are more.
 */
export const LIST_COUNT_LIMIT = 1_000;
export function listCountLimit(page: number, pageSize: number): number {
  return Math.max(LIST_COUNT_LIMIT, page * pageSize);
}
