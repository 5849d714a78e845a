/**
 * Text limits of the Partners module's inputs, in characters: one source for the server's schemas and the forms that
 * show them. No dependencies, so client components import it too. Longer texts are refused, never cut.
 */
export const PARTNERS_LIMITS = {
  actorName: 200,
  /** Notes on a link, an acquaintance or a status change. */
  note: 1_000,
  /** Search words on the map and in the list. */
  search: 200,
  roundTitle: 200,
  /** An answer about the network as a whole (evaluation). */
  networkAnswer: 4_000,
  /** An answer about one actor (evaluation). */
  actorAnswer: 2_000,
  followUpText: 1_000,
} as const;

/**
 * Sizes. A request carries the file as base64 (4/3 of its size) and must stay under the web server's 10 MB request
 * limit, so at most 7 MB travels. The page gzips text files before sending (a CSV shrinks 5 to 10 times), so a CSV may
 * be up to 30 MB once unpacked: enough for 10^5 rows. Excel and zip files are compressed already: 7 MB.
 */
export const MAX_FILE_MB = 30;
export const MAX_UPLOAD_MB = 7;
