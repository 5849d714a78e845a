/**
 * Limits of Buurtanalyse's inputs: one source for the server's schemas and the forms. Longer texts are refused with a
 * message naming the limit, never cut. No dependencies (client components import it too).
 */
export const BUURTANALYSE_LIMITS = {
  title: 200,
  shortText: 300,
  longText: 5_000,
  label: 100,
  neighbourhoods: 50,
  team: 50,
  sectorCodes: 500,
  sectorCode: 20,
  participants: 50,
  earlier: 30,
  /** Checked items of one checklist (a tenant's list holds at most 60). */
  answers: 80,
  /** The indicator file: its size in characters and its rows. */
  importChars: 2_000_000,
  importRows: 20_000,
  /** An Excel file: its bytes (2 MB), sent as base64. */
  importXlsxBytes: 2_000_000,
  importXlsxBase64: 2_666_668,
  /** Row errors sent back at most (the count says how many there were). */
  importErrors: 200,
  /** Things drawn on one analysis's map, and the corners of one line or area. */
  mapItems: 500,
  mapVertices: 1_000,
  /** Drawings of the buurt on one analysis ("teken jouw buurt"): everyone's own and those made for someone. */
  drawings: 60,
  /** Round 4: observations, conversations and quotes of one analysis (each), and a photo's bytes (8 MB). */
  fieldRows: 2_000,
  photoBytes: 8_000_000,
} as const;
