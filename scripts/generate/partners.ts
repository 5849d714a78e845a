/**
 * Partners (buurtkaart) data for a generated tenant: the tenant's sectors, the module switched on, and N actors as one
 * meets them around Brussels (organisations and services, shops, schools, associations, self-organisations, citizen
 * initiatives, religious communities, key figures, places, some of them missing or closed), with points inside or
 * around the tenant's neighbourhoods, relationships, sectors, tags, owning organisations and visibility.
 * Deterministic like the rest of the generator (same seed, same rows, ids included). Names and addresses are invented.
 */
import type pg from "pg";
import { DEFAULT_SECTORS } from "../../packages/plugins/partners/src/domain";
import { COMMUNES, type Commune } from "./communes";
import { COMMUNITIES } from "./communities";
import { type Column, insertRows } from "./insert";
import { Random } from "./random";

export interface PartnersTenant {
  id: string;
  slug: string;
  organisations: readonly { id: string }[];
  members: readonly { userId: string; roles: readonly string[] }[];
}

export interface PartnersPlan {
  tenant: PartnersTenant;
  actors: number;
  seed?: string;
  /** Share of actors without a point (not placed on the map yet). */
  withoutPoint?: number;
}

export interface GeneratedPartners {
  actors: number;
  withPoint: number;
  keyFigures: number;
  privateActors: number;
  ms: number;
}

const REFERENCE = Date.UTC(2026, 10, 24, 9, 0, 0);
const DAY = 86_400_000;

type Kind =
  | "organisation"
  | "service"
  | "business"
  | "school"
  | "association"
  | "self_organisation"
  | "citizen_initiative"
  | "religious"
  | "key_figure"
  | "place";

const KINDS: readonly (readonly [Kind, number])[] = [
  ["organisation", 8],
  ["service", 16],
  ["business", 22],
  ["school", 7],
  ["association", 14],
  ["self_organisation", 6],
  ["citizen_initiative", 6],
  ["religious", 4],
  ["key_figure", 9],
  ["place", 8],
];

/** Name templates per kind: {street} {nbh} {last} {first} {word} {saint} {n} {place}. Dutch and French, as in Brussels. */
const NAMES: Record<Kind, readonly string[]> = {
  organisation: [
    "OCMW {place} – sociale dienst {nbh}",
    "CPAS {place} – antenne {nbh}",
    "Lokaal dienstencentrum {word}",
    "Wijkgezondheidscentrum {nbh}",
    "Maison médicale {nbh}",
    "Buurtwerk {nbh}",
    "Huis van het Kind {nbh}",
    "Centre culturel {word}",
  ],
  service: [
    "Huisartsenpraktijk {street}",
    "Cabinet médical {street}",
    "Thuisverpleging {last}",
    "Kinésithérapeute {last}",
    "Apotheek {nbh}",
    "Pharmacie {street}",
    "CAW Brussel – onthaal {nbh}",
    "Dienst maatschappelijk werk ziekenfonds {nbh}",
    "Gezinszorg {word}",
    "Service d'aide aux familles {word}",
    "Tandartsenpraktijk {last}",
  ],
  business: [
    "Bakkerij {last}",
    "Boulangerie {last}",
    "Épicerie {last}",
    "Nachtwinkel {street}",
    "Café {word}",
    "Kapsalon {first}",
    "Salon de coiffure {first}",
    "Wasserette {street}",
    "Laverie {nbh}",
    "Boucherie {last}",
    "Krantenwinkel {word}",
    "Fietsenmaker {last}",
    "Snack {first}",
  ],
  school: [
    "Basisschool {word}",
    "École communale n° {n}",
    "Athénée {nbh}",
    "Kinderdagverblijf {word}",
    "Crèche {word}",
    "Secundaire school Sint-{saint}",
    "Academie voor muziek {place}",
  ],
  association: [
    "Okra {nbh}",
    "Seniorengroep {word}",
    "Club de pétanque {nbh}",
    "FC {nbh}",
    "Buurtcomité {street}",
    "Comité de quartier {nbh}",
    "Vzw {word}",
    "Asbl {word}",
    "Wandelclub {word}",
    "Chorale {word}",
  ],
  self_organisation: [
    "Vrouwengroep {word}",
    "Association marocaine {nbh}",
    "Turkse vereniging {word}",
    "Congolese diaspora {nbh}",
    "Poolse vereniging {word}",
    "Roemeense gemeenschap {nbh}",
    "Groupe de femmes {word}",
  ],
  citizen_initiative: [
    "Repair Café {nbh}",
    "Buurtmoestuin {street}",
    "Potager collectif {nbh}",
    "Weggeefkast {street}",
    "Soepcafé {nbh}",
    "Tricot-café {word}",
    "Buurtsoep {word}",
  ],
  religious: [
    "Moskee {word}",
    "Mosquée {word}",
    "Parochie Sint-{saint}",
    "Paroisse Saint-{saint}",
    "Evangelische kerk {word}",
    "Orthodoxe kerk {saint}",
  ],
  key_figure: [
    "Imam van moskee {word}",
    "Buurtconciërge {street}",
    "Krantenverkoper {street}",
    "Ouder die de klaschat beheert ({word})",
    "Voorzitter buurtcomité {nbh}",
    "La boulangère de la {street}",
    "Apotheker die iedereen kent ({nbh})",
    "Sleutelfiguur Roma-gemeenschap {nbh}",
  ],
  place: [
    "Bankje aan het plein ({nbh})",
    "Parc {nbh} – kiosque",
    "Speelplein {street}",
    "Wasserette {street}",
    "Marché {nbh}",
    "Bibliotheekfiliaal {nbh}",
    "Bankkantoor {street}",
    "Bureau de poste {nbh}",
  ],
};

const WORDS = [
  "De Linde",
  "Zonneschijn",
  "Het Anker",
  "La Ruche",
  "Le Phare",
  "Samen",
  "Ensemble",
  "De Brug",
  "L'Olivier",
  "Al Amal",
  "Ettaouhid",
  "Birlik",
  "De Regenboog",
  "Les Tilleuls",
  "Het Nest",
  "La Source",
  "Horizon",
  "Kiekeboe",
  "Bonheur",
  "Mozaïek",
];
const SAINTS = ["Jozef", "Maria", "Servaas", "Lambertus", "Pieter", "Gillis", "Antonius", "Anna"];

/** Sectors each kind tends to have, weighted (first is the most typical). */
const SECTORS_BY_KIND: Record<Kind, readonly (readonly [string, number])[]> = {
  organisation: [
    ["welfare", 6],
    ["health", 3],
    ["elderly", 2],
    ["work", 2],
    ["housing", 1],
  ],
  service: [
    ["health", 7],
    ["welfare", 3],
    ["elderly", 2],
    ["safety", 1],
  ],
  business: [
    ["shops", 6],
    ["food", 4],
    ["neighbourhood", 1],
  ],
  school: [
    ["education", 6],
    ["youth", 4],
    ["culture", 1],
  ],
  association: [
    ["neighbourhood", 4],
    ["elderly", 3],
    ["sport", 3],
    ["culture", 3],
    ["youth", 2],
  ],
  self_organisation: [
    ["neighbourhood", 3],
    ["welfare", 2],
    ["culture", 2],
    ["youth", 1],
  ],
  citizen_initiative: [
    ["neighbourhood", 4],
    ["food", 2],
    ["culture", 1],
  ],
  religious: [
    ["religion", 8],
    ["welfare", 1],
  ],
  key_figure: [
    ["neighbourhood", 3],
    ["religion", 1],
    ["education", 1],
    ["shops", 1],
    ["welfare", 1],
  ],
  place: [
    ["neighbourhood", 4],
    ["shops", 2],
    ["sport", 1],
    ["mobility", 1],
  ],
};

const STATUSES = [
  ["intensive", 8],
  ["occasional", 18],
  ["dormant", 14],
  ["not_contacted", 50],
  ["let_go", 10],
] as const;

const TAGS = [
  "ouderen",
  "jongeren",
  "anderstaligen",
  "eenzaamheid",
  "armoede",
  "mantelzorg",
  "seniors",
  "jeunes",
  "isolement",
  "koffie",
  "maaltijden",
  "digitale hulp",
  "vervoer",
  "taalles",
];

const ACTOR_COLUMNS: Column[] = [
  { name: "id", type: "uuid" },
  { name: "tenantId", type: "uuid" },
  { name: "name", type: "text" },
  { name: "kind", type: "text" },
  { name: "sectorKeys", type: "text[]" },
  { name: "formal", type: "boolean" },
  { name: "vindplaats", type: "boolean" },
  { name: "address", type: "text" },
  { name: "postcode", type: "text" },
  { name: "city", type: "text" },
  { name: "lat", type: "double precision" },
  { name: "lng", type: "double precision" },
  { name: "locationSource", type: "text" },
  { name: "neighbourhoodIds", type: "uuid[]" },
  { name: "tags", type: "text[]" },
  { name: "organisationId", type: "uuid" },
  { name: "visibility", type: "text" },
  { name: "missing", type: "boolean" },
  { name: "missingNote", type: "text" },
  { name: "status", type: "text" },
  { name: "statusChangedAt", type: "timestamptz" },
  { name: "source", type: "text" },
  { name: "createdById", type: "uuid" },
  { name: "createdAt", type: "timestamptz" },
  { name: "updatedAt", type: "timestamptz" },
];

interface Box {
  id: string;
  name: string;
  west: number;
  south: number;
  east: number;
  north: number;
  weight: number;
}

/** The bounding box of a stored boundary (GeoJSON Polygon or MultiPolygon). */
function boxOf(boundary: unknown): [number, number, number, number] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && typeof x[0] === "number" && typeof x[1] === "number") {
      xs.push(x[0]);
      ys.push(x[1]);
    } else if (Array.isArray(x)) for (const y of x) walk(y);
  };
  walk((boundary as { coordinates?: unknown } | null)?.coordinates);
  return xs.length ? [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] : null;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function fill(rng: Random, template: string, commune: Commune, nbh: string): string {
  const c = COMMUNITIES[rng.pick(["flemish", "francophone", "moroccan", "turkish", "congolese", "polish"] as const)];
  return template
    .replaceAll("{street}", rng.pick(commune.streets))
    .replaceAll("{nbh}", nbh)
    .replaceAll("{last}", rng.pick(c.last))
    .replaceAll("{first}", rng.pick(c.first))
    .replaceAll("{word}", rng.pick(WORDS))
    .replaceAll("{saint}", rng.pick(SAINTS))
    .replaceAll("{n}", String(rng.int(1, 24)))
    .replaceAll("{place}", commune.place);
}

function sectorsFor(rng: Random, kind: Kind): string[] {
  if (rng.chance(0.04)) return [];
  const first = rng.weighted(SECTORS_BY_KIND[kind]);
  const out = [first];
  if (rng.chance(0.3)) out.push(rng.pick(DEFAULT_SECTORS).key);
  return [...new Set(out)];
}

/**
 * Adds the Partners module's data to a tenant the generator made. Runs as the owner in one transaction, with the
 * tenant set (so it also works for an owner that row-level security applies to).
 */
export async function generatePartners(client: pg.ClientBase, plan: PartnersPlan): Promise<GeneratedPartners> {
  const t0 = performance.now();
  const rng = new Random(`${plan.seed ?? "zorgzaam"}:partners:${plan.tenant.slug}`);
  const commune = COMMUNES.find((c) => plan.tenant.slug.endsWith(`-${c.key}`) || plan.tenant.slug.includes(`-${c.key}-`)) ?? COMMUNES[0];
  if (!commune) throw new Error("no communes");
  const tenantId = plan.tenant.id;
  const withoutPoint = plan.withoutPoint ?? 0.12;

  await client.query("BEGIN");
  try {
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const nbhRows = await client.query<{ id: string; name: string; boundary: unknown }>(
      `SELECT "id", "name", "boundary" FROM "Neighbourhood" WHERE "tenantId" = $1 ORDER BY "name"`,
      [tenantId],
    );
    const boxes: Box[] = nbhRows.rows.flatMap((n) => {
      const b = boxOf(n.boundary);
      return b ? [{ id: n.id, name: n.name, west: b[0], south: b[1], east: b[2], north: b[3], weight: rng.int(1, 5) }] : [];
    });
    await client.query(
      `INSERT INTO "TenantModule" ("tenantId", "moduleId", "enabled") VALUES ($1, 'partners', true)
       ON CONFLICT ("tenantId", "moduleId") DO UPDATE SET "enabled" = true`,
      [tenantId],
    );
    await insertRows(
      client,
      "PartnersSector",
      [
        { name: "tenantId", type: "uuid" },
        { name: "key", type: "text" },
        { name: "labelNl", type: "text" },
        { name: "labelFr", type: "text" },
        { name: "labelEn", type: "text" },
        { name: "color", type: "text" },
        { name: "sortOrder", type: "integer" },
      ],
      DEFAULT_SECTORS.map((s, i) => [tenantId, s.key, s.nl, s.fr, s.en, s.color, i]),
    );

    const authors = plan.tenant.members.filter((m) => m.roles.some((r) => r === "regie" || r === "field_worker" || r === "admin"));
    const [cx, cy] = commune.center;
    const rows: unknown[][] = [];
    let withPoint = 0;
    let keyFigures = 0;
    let privateActors = 0;
    for (let i = 0; i < plan.actors; i++) {
      const kind = rng.weighted(KINDS);
      // Most actors sit in one of the neighbourhoods; some around them (the wider municipality, "glokaal").
      const box = boxes.length && rng.chance(0.8) ? rng.weighted(boxes.map((b) => [b, b.weight] as const)) : null;
      const nbhName = box?.name ?? rng.pick(commune.neighbourhoods);
      const name = fill(rng, rng.pick(NAMES[kind]), commune, nbhName).slice(0, 200);
      const placed = !rng.chance(withoutPoint);
      let lat: number | null = null;
      let lng: number | null = null;
      if (placed) {
        if (box) {
          lng = round6(box.west + rng.next() * (box.east - box.west));
          lat = round6(box.south + rng.next() * (box.north - box.south));
        } else {
          lng = round6(cx + (rng.next() - 0.5) * 0.06);
          lat = round6(cy + (rng.next() - 0.5) * 0.04);
        }
        withPoint++;
      }
      const serves = box ? [box.id, ...(rng.chance(0.15) && boxes.length > 1 ? [rng.pick(boxes).id] : [])] : [];
      const org = rng.chance(0.7) && plan.tenant.organisations.length ? rng.pick(plan.tenant.organisations).id : null;
      const isPrivate = org !== null && rng.chance(0.12);
      if (isPrivate) privateActors++;
      if (kind === "key_figure") keyFigures++;
      const missing = kind === "place" && rng.chance(0.3);
      const formal =
        kind === "organisation" || kind === "service" || kind === "school"
          ? true
          : kind === "association" || kind === "business"
            ? rng.chance(0.6)
            : kind === "religious"
              ? rng.chance(0.5)
              : false;
      const created = REFERENCE - rng.int(1, 900) * DAY;
      const changed = created + Math.floor(rng.next() * (REFERENCE - created));
      const hasAddress = placed && kind !== "place" && rng.chance(0.8);
      rows.push([
        rng.uuid(),
        tenantId,
        name,
        kind,
        sectorsFor(rng, kind),
        formal,
        rng.chance(0.12),
        hasAddress ? `${rng.pick(commune.streets)} ${rng.int(1, 240)}` : null,
        hasAddress ? commune.postcode : null,
        commune.place,
        lat,
        lng,
        placed ? rng.pick(["map", "geocoder", "import"]) : null,
        [...new Set(serves)],
        rng.chance(0.3) ? [...new Set(rng.sample(TAGS, rng.int(1, 2)))] : [],
        org,
        isPrivate ? "organisation" : "partnership",
        missing,
        missing ? `Gesloten sinds ${rng.int(2019, 2026)}` : null,
        rng.weighted(STATUSES),
        new Date(changed).toISOString(),
        "seed",
        authors.length ? rng.pick(authors).userId : null,
        new Date(created).toISOString(),
        new Date(changed).toISOString(),
      ]);
    }
    await insertRows(client, "PartnersActor", ACTOR_COLUMNS, rows);
    await client.query("COMMIT");
    return { actors: plan.actors, withPoint, keyFigures, privateActors, ms: performance.now() - t0 };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
}
