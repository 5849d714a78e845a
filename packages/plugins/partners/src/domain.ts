/**
 * The words of the partner map, as stored values. Labels live in the catalogs (`kind.*`, `status.*`, ...); these
 * lists are the single source for the database checks (see the migration), the zod inputs and the filters.
 */

/** What an actor is. A key figure is a Person in core (with consent); a place may be a "mentale plek" or missing. */
export const ACTOR_KINDS = [
  "organisation",
  "service",
  "business",
  "school",
  "association",
  "self_organisation",
  "citizen_initiative",
  "religious",
  "key_figure",
  "place",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Our relationship with the actor, from close to none. */
export const RELATIONSHIP_STATUSES = ["intensive", "occasional", "dormant", "not_contacted", "let_go"] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];
/** Statuses that count as an active partner (for the gaps page and the evaluation). */
export const ACTIVE_STATUSES: readonly RelationshipStatus[] = ["intensive", "occasional"];

/** First line (accessible, no referral), second line (specialised, referral), third line (highly specialised). */
export const CARE_LINES = [1, 2, 3] as const;
export const AIMED_AT = ["groups", "individuals", "both"] as const;
export const VISIBILITIES = ["partnership", "organisation"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Actor-to-actor links: which networks an actor (often a key figure) opens. Read "from <type> to". */
export const LINK_TYPES = ["member_of", "gives_access_to", "works_with", "refers_to", "funds", "other"] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** How well a member or a Person knows an actor ("who in our team knows whom"). */
export const ACQUAINTANCE_STRENGTHS = ["knows", "good_contact", "key_contact"] as const;

/** Status colours (map points, legend, graph); contrast checked against white text and the plain background. */
export const STATUS_COLORS: Record<RelationshipStatus, string> = {
  intensive: "#166534",
  occasional: "#1d4ed8",
  dormant: "#a16207",
  not_contacted: "#6b7280",
  let_go: "#9f1239",
};

export interface DefaultSector {
  key: string;
  nl: string;
  fr: string;
  en: string;
  color: string;
}

/** The sectors / life domains a tenant starts with; it edits its own copy (PartnersSector). */
export const DEFAULT_SECTORS: readonly DefaultSector[] = [
  { key: "welfare", nl: "Welzijn", fr: "Bien-être social", en: "Welfare", color: "#0f766e" },
  { key: "health", nl: "Gezondheid en zorg", fr: "Santé et soins", en: "Health and care", color: "#b91c1c" },
  { key: "housing", nl: "Wonen", fr: "Logement", en: "Housing", color: "#92400e" },
  { key: "food", nl: "Voeding", fr: "Alimentation", en: "Food", color: "#4d7c0f" },
  { key: "mobility", nl: "Mobiliteit", fr: "Mobilité", en: "Mobility", color: "#1e40af" },
  { key: "education", nl: "Onderwijs", fr: "Enseignement", en: "Education", color: "#6d28d9" },
  { key: "youth", nl: "Jeugd", fr: "Jeunesse", en: "Youth", color: "#c2410c" },
  { key: "elderly", nl: "Ouderen", fr: "Aînés", en: "Older people", color: "#7c2d12" },
  { key: "sport", nl: "Sport en beweging", fr: "Sport et mouvement", en: "Sport and exercise", color: "#15803d" },
  { key: "culture", nl: "Cultuur en vrije tijd", fr: "Culture et loisirs", en: "Culture and leisure", color: "#a21caf" },
  { key: "religion", nl: "Levensbeschouwing", fr: "Convictions", en: "Religion and belief", color: "#854d0e" },
  { key: "work", nl: "Werk en inkomen", fr: "Emploi et revenus", en: "Work and income", color: "#334155" },
  { key: "safety", nl: "Veiligheid", fr: "Sécurité", en: "Safety", color: "#991b1b" },
  { key: "shops", nl: "Winkels en diensten", fr: "Commerces et services", en: "Shops and services", color: "#0e7490" },
  { key: "neighbourhood", nl: "Buurtleven", fr: "Vie de quartier", en: "Neighbourhood life", color: "#be185d" },
] as const;

/**
 * The purpose recorded with a key figure's consent (core Consent), and looked for before linking a Person: a key from
 * the tenant's list of purposes, declared in the manifest (`consentPurposes`).
 */
export const KEY_FIGURE_CONSENT_PURPOSE = "partners.key_figure";
