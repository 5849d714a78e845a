import { ACTOR_KINDS, type ActorKind, RELATIONSHIP_STATUSES, type RelationshipStatus } from "../../domain";
import { fold, simplify } from "./text";

/** Words people use for each kind of actor in their lists (nl, fr, en), compared simplified. */
const KIND_WORDS: Record<ActorKind, readonly string[]> = {
  organisation: [
    "organisatie",
    "organisation",
    "organization",
    "instelling",
    "institution",
    "overheid",
    "openbaar bestuur",
    "ocmw",
    "cpas",
  ],
  service: ["dienst", "diensten", "dienstverlening", "voorziening", "service", "services", "centrum", "centre", "center"],
  business: [
    "handelszaak",
    "handel",
    "winkel",
    "zaak",
    "bedrijf",
    "onderneming",
    "horeca",
    "cafe",
    "apotheek",
    "commerce",
    "magasin",
    "entreprise",
    "pharmacie",
    "business",
    "shop",
  ],
  school: ["school", "scholen", "ecole", "basisschool", "secundaire school", "academie", "kinderopvang", "creche", "schools"],
  association: ["vereniging", "verenigingen", "club", "vzw", "asbl", "association", "feitelijke vereniging", "jeugdbeweging"],
  self_organisation: ["zelforganisatie", "migrantenzelforganisatie", "auto organisation", "self organisation", "self organization"],
  citizen_initiative: [
    "burgerinitiatief",
    "bewonersinitiatief",
    "bewonersgroep",
    "buurtcomite",
    "initiative citoyenne",
    "comite de quartier",
    "citizen initiative",
  ],
  religious: [
    "religieus",
    "religieuze gemeenschap",
    "geloofsgemeenschap",
    "levensbeschouwing",
    "moskee",
    "kerk",
    "parochie",
    "synagoge",
    "tempel",
    "religieux",
    "communaute religieuse",
    "mosquee",
    "eglise",
    "paroisse",
    "religious",
    "religious community",
    "church",
    "mosque",
  ],
  key_figure: ["sleutelfiguur", "sleutelpersoon", "personne cle", "personne ressource", "key figure", "key person"],
  place: ["plaats", "plek", "locatie", "ontmoetingsplek", "lieu", "endroit", "place", "location", "venue"],
};

const STATUS_WORDS: Record<RelationshipStatus, readonly string[]> = {
  intensive: ["intensief", "intensieve partner", "partner", "intensif", "partenaire", "intensive", "intensive partner"],
  occasional: ["occasioneel", "af en toe", "soms", "occasionnel", "ponctuel", "occasional"],
  dormant: ["slapend", "slapende band", "slapend netwerk", "dormant", "en sommeil", "inactive"],
  not_contacted: [
    "niet gecontacteerd",
    "nog niet gecontacteerd",
    "nog geen contact",
    "geen contact",
    "pas contacte",
    "non contacte",
    "not contacted",
  ],
  let_go: ["loslaten", "los te laten", "stopzetten", "a laisser", "lacher", "let go"],
};

function lookup<K extends string>(words: Record<K, readonly string[]>, keys: readonly K[]): Map<string, K> {
  const m = new Map<string, K>();
  for (const k of keys) {
    m.set(simplify(k), k);
    for (const w of words[k]) m.set(simplify(w), k);
  }
  return m;
}
const KINDS = lookup(KIND_WORDS, ACTOR_KINDS);
const STATUSES = lookup(STATUS_WORDS, RELATIONSHIP_STATUSES);

/** The stored key a value of the kind column means, by the user's choice first, then by the words above. */
export function kindOf(value: string, chosen: Record<string, string> | undefined): ActorKind | null {
  const key = simplify(value);
  const c = chosen?.[key];
  if (c && (ACTOR_KINDS as readonly string[]).includes(c)) return c as ActorKind;
  return KINDS.get(key) ?? null;
}

export function statusOf(value: string, chosen: Record<string, string> | undefined): RelationshipStatus | null {
  const key = simplify(value);
  const c = chosen?.[key];
  if (c && (RELATIONSHIP_STATUSES as readonly string[]).includes(c)) return c as RelationshipStatus;
  return STATUSES.get(key) ?? null;
}

export interface SectorOption {
  key: string;
  labelNl: string;
  labelFr: string;
  labelEn: string;
}

/**
 * Recognises sector names: the tenant's keys and labels in any language, or a single word of exactly one label
 * ("gezondheid" for "Gezondheid en zorg").
 */
export function sectorMatcher(
  sectors: readonly SectorOption[],
): (value: string, chosen: Record<string, string> | undefined) => string | null {
  const exact = new Map<string, string>();
  const words = new Map<string, string | null>();
  const keys = new Set(sectors.map((s) => s.key));
  for (const s of sectors) {
    for (const label of [s.key, s.labelNl, s.labelFr, s.labelEn]) {
      const l = simplify(label);
      if (!l) continue;
      exact.set(l, s.key);
      for (const w of l.split(" ")) {
        if (w.length < 4) continue;
        words.set(w, words.has(w) && words.get(w) !== s.key ? null : s.key);
      }
    }
  }
  return (value, chosen) => {
    const key = simplify(value);
    const c = chosen?.[key];
    if (c && keys.has(c)) return c;
    return exact.get(key) ?? words.get(key) ?? null;
  };
}

const YES = new Set(["ja", "j", "yes", "y", "oui", "o", "true", "waar", "vrai", "1", "x", "formeel", "formel", "formal"]);
const NO = new Set(["nee", "neen", "n", "no", "non", "false", "onwaar", "faux", "0", "informeel", "informel", "informal"]);

export function booleanOf(value: string): boolean | null {
  const v = simplify(value);
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/** A number as people write it: "50,8503" (Belgian) or "50.8503"; thousands separators are not expected here. */
export function numberOf(value: string): number | null {
  const v = value.replace(/\s/g, "").replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v)) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Several values in one cell: "welzijn, jeugd" or "welzijn; jeugd" or "welzijn / jeugd". */
export function splitList(value: string): string[] {
  return value
    .split(/[;,|/\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(s: string): boolean {
  return EMAIL.test(s) && s.length <= 200;
}

/** "www.example.be" becomes "https://www.example.be"; anything that is still not a web address is null. */
export function websiteOf(value: string): string | null {
  let v = value.trim();
  if (!v) return "";
  if (!/^https?:\/\//i.test(v)) v = `https://${v.replace(/^\/\//, "")}`;
  return /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v) && v.length <= 500 ? v : null;
}

export { fold };
