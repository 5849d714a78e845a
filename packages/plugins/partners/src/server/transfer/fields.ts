import { KIND_WORDS, MISSING_WORDS } from "./synonyms";
import { simplify } from "./text";

/**
 * The fields a column of an imported file can fill, with the column names people use for them in Dutch, French and
 * English (compared without case, accents and punctuation). The first matching field wins, so the more specific
 * names come first (e.g. "straat" before the whole "adres").
 */
export const IMPORT_FIELDS = [
  "name",
  "kind",
  "sectors",
  "status",
  "formal",
  "address",
  "street",
  "houseNumber",
  "postcode",
  "city",
  "lat",
  "lng",
  "phone",
  "email",
  "website",
  "contactName",
  "notes",
  "tags",
  "languages",
  "openingHours",
  "missing",
  "externalId",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_FIELDS: readonly ImportField[] = ["name"];

const SYNONYMS: Record<ImportField, readonly string[]> = {
  name: [
    "naam",
    "naam organisatie",
    "naam actor",
    "naam vereniging",
    "organisatie",
    "organisatienaam",
    "benaming",
    "nom",
    "nom organisation",
    "nom de l organisation",
    "denomination",
    "organisation",
    "name",
    "organisation name",
    "organization",
    "organization name",
    "title",
    "titel",
  ],
  kind: [
    "soort",
    "type",
    "soort actor",
    "type actor",
    "type organisatie",
    "soort organisatie",
    "aard",
    "vorm",
    "categorie soort",
    "genre",
    "type d acteur",
    "type d organisation",
    "nature",
    "kind",
    "actor type",
    "organisation type",
    "organization type",
  ],
  sectors: [
    "sector",
    "sectoren",
    "levensdomein",
    "levensdomeinen",
    "domein",
    "domeinen",
    "thema",
    "themas",
    "categorie",
    "secteur",
    "secteurs",
    "domaine",
    "domaines",
    "theme",
    "themes",
    "categories",
    "category",
    "sectors",
    "domain",
  ],
  status: ["relatie", "status", "relatie met ons", "samenwerking", "statut", "relation", "relationship"],
  formal: ["formeel", "formeel informeel", "formel", "formal"],
  address: [
    "adres",
    "straat en nummer",
    "straat en huisnummer",
    "straat nr",
    "adresse",
    "rue et numero",
    "address",
    "street address",
    "address 1",
    "address line 1",
  ],
  street: ["straat", "straatnaam", "rue", "nom de rue", "street", "street name"],
  houseNumber: ["huisnummer", "nummer", "nr", "huisnr", "numero", "n", "no", "house number", "number"],
  postcode: ["postcode", "postnummer", "code postal", "cp", "postal code", "zip", "zip code", "postcode gemeente"],
  city: ["gemeente", "stad", "plaats", "woonplaats", "deelgemeente", "commune", "ville", "localite", "city", "town", "municipality"],
  lat: ["breedtegraad", "latitude", "lat", "y wgs84", "wgs84 lat", "wgs84 y"],
  lng: ["lengtegraad", "longitude", "lon", "lng", "long", "x wgs84", "wgs84 lon", "wgs84 x"],
  phone: ["telefoon", "telefoonnummer", "tel", "gsm", "telefoon gsm", "telephone", "numero de telephone", "phone", "phone number"],
  email: ["e mail", "email", "mail", "e mailadres", "emailadres", "mailadres", "courriel", "adresse e mail", "e mail address"],
  website: ["website", "webadres", "site", "site web", "site internet", "url", "internet", "web", "homepage"],
  contactName: ["contactpersoon", "contact", "naam contactpersoon", "personne de contact", "contact person", "contact name"],
  notes: [
    "opmerking",
    "opmerkingen",
    "beschrijving",
    "omschrijving",
    "toelichting",
    "notities",
    "nota",
    "description",
    "remarque",
    "remarques",
    "commentaire",
    "notes",
    "note",
    "comments",
  ],
  tags: ["labels", "tags", "trefwoorden", "kernwoorden", "mots cles", "etiquettes", "keywords"],
  languages: ["talen", "taal", "langues", "langue", "languages", "language"],
  openingHours: ["openingsuren", "openingstijden", "openingsuren en dagen", "heures d ouverture", "horaires", "opening hours", "hours"],
  missing: [
    "ontbreekt",
    "ontbrekend",
    "ontbrekende plek",
    "gesloten",
    "gesloten sinds",
    "verdwenen",
    "manquant",
    "lieu manquant",
    "ferme",
    "ferme depuis",
    "missing",
    "missing place",
    "closed",
    "closed since",
  ],
  externalId: [
    "id",
    "code",
    "referentie",
    "ondernemingsnummer",
    "kbo",
    "kbo nummer",
    "numero d entreprise",
    "bce",
    "external id",
    "identifier",
  ],
};

const LOOKUP = new Map<string, ImportField>();
for (const f of IMPORT_FIELDS) for (const s of SYNONYMS[f]) if (!LOOKUP.has(s)) LOOKUP.set(s, f);

/** The field a column name stands for, if we recognise it. */
export function fieldForHeader(header: string): ImportField | null {
  return LOOKUP.get(simplify(header)) ?? null;
}

export type ColumnMapping = Partial<Record<ImportField, number | null>>;

/**
 * The mapping we propose: each recognised column to its field (the first column wins when two mean the same). When no
 * header says "kind", a column whose values are mostly kinds ("winkel", "vzw", "école", "ontbrekende plek") is taken
 * for it, judged on the first rows.
 */
export function proposeColumns(headers: readonly string[], sample: readonly (readonly string[])[] = []): ColumnMapping {
  const out: ColumnMapping = {};
  headers.forEach((h, i) => {
    const f = fieldForHeader(h);
    if (f && out[f] === undefined) out[f] = i;
  });
  // A full address column makes separate street/number columns unnecessary, and the other way round.
  if (out.address !== undefined && out.street !== undefined) delete out.street;
  if (out.kind === undefined) {
    const used = new Set(Object.values(out));
    const kindColumn = headers.findIndex((_, i) => !used.has(i) && mostlyKinds(sample.map((r) => r[i] ?? "")));
    if (kindColumn >= 0) out.kind = kindColumn;
  }
  return out;
}

function mostlyKinds(values: readonly string[]): boolean {
  const filled = values.map(simplify).filter(Boolean);
  const kinds = filled.filter((v) => KIND_WORDS.has(v) || MISSING_WORDS.has(v));
  return kinds.length >= 2 && kinds.length >= 0.6 * filled.length;
}
