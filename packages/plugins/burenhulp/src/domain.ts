/**
 * The words of Burenhulp as stored values: one source for the database checks (the migration), the zod inputs and
 * the catalogs (labels under the same keys).
 */
export const CHANNELS = ["public_form", "field_worker", "referral", "card"] as const;
export const REQUEST_STATUSES = ["intake", "open", "matched", "referred", "closed", "cancelled"] as const;
export const WEIGHTS = ["unsure", "small", "heavy"] as const;
/** Starter signals (BH-4): ticking one flags the request for a person to decide; it never decides by itself. */
export const SIGNALS = ["housing", "health", "money", "safety", "loneliness"] as const;
export const WHEN_KINDS = ["once", "period", "recurring"] as const;
export const OFFER_STATUSES = ["intake", "active", "paused", "ended"] as const;
export const MATCH_STATUSES = ["proposed", "contacted", "confirmed", "done", "cancelled"] as const;
export const REFERRAL_STATUSES = ["sent", "accepted", "done", "declined"] as const;
export const REFERRAL_OUTCOMES = ["helped", "not_reached", "refused", "other"] as const;
/** What flags a request for a worker on the list: a follow-up noticed something heavier, or its referral stalls. */
export const REQUEST_FLAGS = ["heavier", "stalled"] as const;
/**
 * What a partner who referred someone sees of the request (BH-3): only its step, never the resident's details; the
 * same four words as the contact point's inbox (ContactMessage.status), which the request moves on.
 */
export const PARTNER_STATUSES = ["new", "in_progress", "done", "forwarded"] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];
export function partnerStatus(status: string): PartnerStatus {
  if (status === "intake") return "new";
  if (status === "referred") return "forwarded";
  if (status === "closed" || status === "cancelled") return "done";
  return "in_progress";
}

/** The four network functions (004): what a kind of help does for a person. */
export const FUNCTIONS = ["material", "affective", "informative", "connecting"] as const;

export type MatchStatus = (typeof MATCH_STATUSES)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type KindFunction = (typeof FUNCTIONS)[number];

/** Where a match may go next: forward one step, or cancelled; done and cancelled are final. */
export const MATCH_NEXT: Readonly<Record<MatchStatus, readonly MatchStatus[]>> = {
  proposed: ["contacted", "confirmed", "cancelled"],
  contacted: ["confirmed", "cancelled"],
  confirmed: ["done", "cancelled"],
  done: [],
  cancelled: [],
};

/** Match statuses that count against a helper's load (open or given this month). */
export const LOAD_STATUSES: readonly MatchStatus[] = ["proposed", "contacted", "confirmed", "done"];

/** The starter kinds: the 12 of the Burenbox card in its order, then the optional extra kinds (off until switched on). */
export const STARTER_KINDS: readonly { key: string; function: KindFunction; active: boolean }[] = [
  { key: "shopping", function: "material", active: true },
  { key: "bins", function: "material", active: true },
  { key: "plants", function: "material", active: true },
  { key: "garden", function: "material", active: true },
  { key: "dog", function: "material", active: true },
  { key: "forms", function: "informative", active: true },
  { key: "homework", function: "informative", active: true },
  { key: "street_party", function: "connecting", active: true },
  { key: "driving", function: "material", active: true },
  { key: "babysitting", function: "material", active: true },
  { key: "together", function: "connecting", active: true },
  { key: "other", function: "material", active: true },
  { key: "keys_mail", function: "material", active: false },
  { key: "school_run", function: "material", active: false },
  { key: "pets", function: "material", active: false },
  { key: "hedge", function: "material", active: false },
  { key: "transport", function: "material", active: false },
  { key: "listening", function: "affective", active: false },
  { key: "company", function: "connecting", active: false },
];

/** Words that suggest a heavy request (BH-4), per signal, in nl/fr/en; a hit only flags, a person decides. */
export const SIGNAL_WORDS: Readonly<Record<(typeof SIGNALS)[number], readonly string[]>> = {
  housing: ["schimmel", "vocht", "lekt", "uitzetting", "moisissure", "humidité", "expulsion", "mould", "mold", "damp", "eviction"],
  health: ["ziek", "dementie", "ziekenhuis", "verpleging", "malade", "démence", "hôpital", "ill", "dementia", "hospital"],
  money: ["schuld", "deurwaarder", "huur niet", "dette", "huissier", "debt", "bailiff"],
  safety: ["geweld", "bedreigd", "onveilig", "violence", "menace", "violence", "threat", "unsafe"],
  loneliness: ["wil niet meer", "zelfmoord", "alleen op de wereld", "suicide", "plus envie", "no will to live"],
};

/** The signals whose words occur in a text (case-insensitive). */
export function signalsIn(text: string): (typeof SIGNALS)[number][] {
  const t = text.toLocaleLowerCase();
  return SIGNALS.filter((s) => SIGNAL_WORDS[s].some((w) => t.includes(w)));
}

/** Printables (BH-9): the Burenbox card, the window poster, referral cards for partners; in these languages. */
export const PRINTABLE_KINDS = ["card", "poster", "referral"] as const;
export type PrintableKind = (typeof PRINTABLE_KINDS)[number];
export const PRINTABLE_LANGUAGES = ["nl", "fr", "en"] as const;
