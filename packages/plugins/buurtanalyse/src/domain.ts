/** The words of Buurtanalyse's data: codes only (their labels are in the catalogs). No dependencies. */

/** The sections of an analysis, in the order the guide describes them; any order is fine, none gates another. */
export const SECTION_KEYS = [
  "voorbereiding",
  "afbakening",
  "ronde1",
  "ronde2",
  "ronde3",
  "ronde4",
  "tussentijds",
  "swot",
  "evaluatie",
  "verslag",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_STATUSES = ["niet_begonnen", "bezig", "klaar"] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export const VERDICTS = ["open", "bevestigd", "weerlegd", "onduidelijk"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const AREA_KINDS = ["buurt", "andere_buurt", "gemeente", "regio"] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const SWOT_KINDS = ["strength", "weakness", "opportunity", "threat"] as const;
export type SwotKind = (typeof SWOT_KINDS)[number];

export const ACTION_STATUSES = ["planned", "running", "done", "stopped"] as const;

/** The eight building blocks of a caring neighbourhood, as tags for actions. */
export const BOUWSTENEN = [
  "detectie",
  "toeleiding",
  "sociale_netwerken",
  "inclusie",
  "buurtanalyse",
  "visie",
  "communicatie",
  "partnerschappen",
] as const;

/** Who takes part in the analysis, by role (no names needed), and how. */
export const PARTICIPANT_ROLES = ["team", "partners", "volunteers", "users", "residents"] as const;
export const PARTICIPANT_MODES = ["klankbord", "actief"] as const;

export const AGGREGATION_METHODS = ["sum", "mean"] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

/** The structured content of a section (every part optional; a section uses the parts it needs). */
export interface SectionContent {
  /** Answers to the section's questions, by question key. */
  answers?: Record<string, string>;
  participants?: {
    role: (typeof PARTICIPANT_ROLES)[number];
    mode: (typeof PARTICIPANT_MODES)[number];
    count: number;
    label: string | null;
  }[];
  earlier?: { who: string; what: string; link: string | null }[];
  /** Steps of a checklist that are done, by key. */
  checklist?: string[];
  /** Round 1: the partner map's counts at a date (written by the server, never sent by a form). */
  snapshot?: PartnerSnapshot;
  /** Round 1: the Partners evaluation round the team used (its id; checked against Partners when saved). */
  partnersRoundId?: string | null;
  /** Afbakening: what the team decided about the boundary (written by the server, never sent by a form). */
  decision?: BoundaryDecision;
  /** Round 3: actors added to the partner map from a source found online (written by the server). */
  foundActors?: { actorId: string; name: string; sourceKey: string; addedAt: string }[];
}

export interface PartnerSnapshot {
  takenAt: string;
  total: number;
  bySector: { label: string; count: number }[];
  byFormality: { key: string; count: number }[];
  byRelationship: { key: string; count: number }[];
}

/** What the team draws on the analysis's map (BA-3): its shape and what it stands for. */
export const MAP_KINDS = ["point", "line", "area"] as const;
export type MapKind = (typeof MAP_KINDS)[number];
export const MAP_CATEGORIES = ["meeting_place", "barrier", "avoided", "facility", "missing", "boundary", "other"] as const;
export type MapCategory = (typeof MAP_CATEGORIES)[number];

/** "Teken jouw buurt": a drawing is a member's own (null) or made for someone she spoke with, known by role only. */
export const DRAWN_FOR = ["resident", "partner", "volunteer"] as const;
export type DrawnFor = (typeof DRAWN_FOR)[number];

/** The team's decision: one boundary, or kept fuzzy (a core and an edge). */
export const DECISION_MODES = ["one", "fuzzy"] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];
/** Where one boundary comes from: what all drew, what at least half drew, one drawing, or drawn anew. */
export const DECISION_SOURCES = ["all", "most", "drawing", "drawn"] as const;
export type DecisionSource = (typeof DECISION_SOURCES)[number];

type AreaGeometry = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };

export interface BoundaryDecision {
  mode: DecisionMode;
  /** One boundary: where it came from, and the boundary itself. */
  source: DecisionSource | null;
  geometry: AreaGeometry | null;
  /** Kept fuzzy: drawn by at least half (the core) and by fewer (the edge). */
  core: AreaGeometry | null;
  edge: AreaGeometry | null;
  /** How many drawings it was made from, and when. */
  drawings: number;
  decidedAt: string;
  /** When it was written to a neighbourhood's boundary (after the explicit confirm). */
  confirmed: { neighbourhoodId: string; name: string; at: string } | null;
}
/** Round 4 (BA-7): a conversation with one or a few people, or a focus group. */
export const CONVERSATION_KINDS = ["conversation", "focus_group"] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** Round 4: who may see a quote or a photo besides the team (the team always does; none: the team only). */
export const CONSENT_AUDIENCES = ["partners", "council", "residents"] as const;
export type ConsentAudience = (typeof CONSENT_AUDIENCES)[number];

/** Round 3: the kinds of actor "toevoegen als actor" offers (Partners' kinds without the key figure). */
export const FOUND_ACTOR_KINDS = [
  "organisation",
  "service",
  "business",
  "school",
  "association",
  "self_organisation",
  "citizen_initiative",
  "religious",
  "place",
] as const;

/**
 * Who a report is for (BA-10): the team (everything), the council, partners, or residents (plain language: what we
 * heard and what we do). Quotes and photos appear only with consent for that audience.
 */
export const AUDIENCES = ["team", "gemeenteraad", "partners", "bewoners"] as const;
export type Audience = (typeof AUDIENCES)[number];
export const asAudience = (v: unknown): Audience => ((AUDIENCES as readonly unknown[]).includes(v) ? (v as Audience) : "team");

/** The consent flag a quote or photo carries for each audience of the report (server/evidence.ts). */
export const EVIDENCE_AUDIENCE = { team: "team", gemeenteraad: "council", partners: "partners", bewoners: "residents" } as const;

/** Round 4: where a key-figure lead stands. */
export const LEAD_STATUSES = ["to_contact", "contacted", "on_map", "not_now"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
