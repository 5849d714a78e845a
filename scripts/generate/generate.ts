import pg from "pg";
import { COMMUNES, type Commune } from "./communes";
import { COMMUNITIES, CONSENT_PURPOSES, type CommunityId, KIND_SETS, NOTES, ORGANISATION_TEMPLATES, STAFF_ROLES } from "./communities";
import { neighbourhoodPolygons } from "./geo";
import { BATCH_SIZE, type Column, insertRows } from "./insert";
import { Random } from "./random";

export interface GenerateOptions {
  /** Owner-role URL of a migrated database. */
  ownerUrl: string;
  tenants: number;
  /** People in the largest tenant; tenant i gets largest / 2^i, at least minPeople. */
  largest: number;
  minPeople?: number;
  seed?: string;
  /** Tenant slugs are <prefix>-<place>, e.g. gen-schaarbeek. */
  slugPrefix?: string;
  /** An Argon2 hash every generated user signs in with (null: no password, sign-in by link only). */
  passwordHash?: string | null;
  analyze?: boolean;
  log?: (line: string) => void;
}

export interface GeneratedUser {
  userId: string;
  membershipId: string;
  email: string;
  roles: string[];
}

export interface GeneratedTenant {
  id: string;
  slug: string;
  name: string;
  people: number;
  consents: number;
  neighbourhoods: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  members: GeneratedUser[];
  ms: number;
}

export interface GenerateResult {
  tenants: GeneratedTenant[];
  ms: number;
}

/** Generated rows are dated relative to this moment, not to the clock, so a seed always gives the same data. */
const REFERENCE = Date.UTC(2026, 10, 24, 9, 0, 0);
const DAY = 86_400_000;

const PERSON_COLUMNS: Column[] = [
  { name: "id", type: "uuid" },
  { name: "tenantId", type: "uuid" },
  { name: "firstName", type: "text" },
  { name: "lastName", type: "text" },
  { name: "email", type: "text" },
  { name: "phone", type: "text" },
  { name: "address", type: "text" },
  { name: "languages", type: "text[]" },
  { name: "kinds", type: "text[]" },
  { name: "neighbourhoodId", type: "uuid" },
  { name: "organisationId", type: "uuid" },
  { name: "notes", type: "text" },
  { name: "createdById", type: "uuid" },
  { name: "createdAt", type: "timestamptz" },
  { name: "updatedAt", type: "timestamptz" },
];

const CONSENT_COLUMNS: Column[] = [
  { name: "id", type: "uuid" },
  { name: "tenantId", type: "uuid" },
  { name: "personId", type: "uuid" },
  { name: "purpose", type: "text" },
  { name: "method", type: "text" },
  { name: "givenAt", type: "timestamptz" },
  { name: "recordedById", type: "uuid" },
  { name: "withdrawnAt", type: "timestamptz" },
  { name: "withdrawnById", type: "uuid" },
  { name: "createdAt", type: "timestamptz" },
];

export function peopleForTenant(index: number, largest: number, minPeople = 500): number {
  return Math.max(minPeople, Math.round(largest / 2 ** index));
}

export function slugFor(prefix: string, index: number): { commune: Commune; slug: string } {
  const commune = COMMUNES[index % COMMUNES.length] as Commune;
  const round = Math.floor(index / COMMUNES.length);
  return { commune, slug: `${prefix}-${commune.key}${round > 0 ? `-${round + 1}` : ""}` };
}

/**
 * Fills a migrated database with N tenants of realistic data. Runs as the owner role, one transaction per tenant,
 * with app.tenant_id set as well so that it also works for an owner that row-level security applies to (FORCE).
 */
export async function generateData(opts: GenerateOptions): Promise<GenerateResult> {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? "zorgzaam";
  const prefix = opts.slugPrefix ?? "gen";
  if (!/^[a-z0-9][a-z0-9-]{0,30}$/.test(prefix)) throw new Error("slug prefix: lower-case letters, digits and - only");
  if (!Number.isInteger(opts.tenants) || opts.tenants < 1) throw new Error("tenants must be a whole number >= 1");
  if (!Number.isInteger(opts.largest) || opts.largest < 1) throw new Error("largest must be a whole number >= 1");

  const started = performance.now();
  const client = new pg.Client({ connectionString: opts.ownerUrl });
  await client.connect();
  try {
    const slugs = Array.from({ length: opts.tenants }, (_, i) => slugFor(prefix, i).slug);
    const taken = await client.query<{ slug: string }>(`SELECT "slug" FROM "Tenant" WHERE "slug" = ANY($1::text[])`, [slugs]);
    if (taken.rowCount) {
      throw new Error(`tenants already exist: ${taken.rows.map((r) => r.slug).join(", ")}. Use a fresh database or another --slug-prefix.`);
    }
    const tenants: GeneratedTenant[] = [];
    for (let i = 0; i < opts.tenants; i++) {
      const t = await generateTenant(client, {
        index: i,
        seed,
        prefix,
        people: peopleForTenant(i, opts.largest, opts.minPeople),
        passwordHash: opts.passwordHash ?? null,
      });
      tenants.push(t);
      log(
        `${t.slug}: ${t.people} people, ${t.consents} consents, ${t.neighbourhoods.length} neighbourhoods, ` +
          `${t.organisations.length} organisations, ${t.members.length} members (${(t.ms / 1000).toFixed(1)} s)`,
      );
    }
    if (opts.analyze !== false) {
      const t0 = performance.now();
      await client.query(
        `ANALYZE "Tenant", "User", "Organisation", "Neighbourhood", "Membership", "MembershipNeighbourhood", "Person", "Consent"`,
      );
      log(`analyzed (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
    return { tenants, ms: performance.now() - started };
  } finally {
    await client.end();
  }
}

interface TenantPlan {
  index: number;
  seed: string;
  prefix: string;
  people: number;
  passwordHash: string | null;
}

async function generateTenant(client: pg.Client, plan: TenantPlan): Promise<GeneratedTenant> {
  const t0 = performance.now();
  // One stream per tenant: tenant i's data does not depend on how many tenants are generated.
  const rng = new Random(`${plan.seed}:${plan.index}`);
  const { commune, slug } = slugFor(plan.prefix, plan.index);
  const tenantId = rng.uuid();
  const round = Math.floor(plan.index / COMMUNES.length);
  const name = round > 0 ? `${commune.name} (${round + 1})` : commune.name;
  const createdAt = new Date(REFERENCE - rng.int(400, 1400) * DAY);

  // Organisations (2-6), neighbourhoods (3-8) with boundaries.
  const organisations = rng.sample(ORGANISATION_TEMPLATES, rng.int(2, 6)).map((o) => ({
    id: rng.uuid(),
    name: o.name.replace("{c}", commune.place),
    kind: o.kind,
  }));
  const nbhCount = rng.int(3, 8);
  const shapes = neighbourhoodPolygons(rng, commune.center, nbhCount);
  const neighbourhoods = commune.neighbourhoods.slice(0, nbhCount).map((n, i) => ({
    id: rng.uuid(),
    name: n,
    description: `Wijk ${n} in ${commune.place}.`,
    boundary: shapes[i],
    // Some quarters are busier than others: lists filtered by neighbourhood vary in size.
    weight: rng.int(1, 5),
  }));

  // Members (5-40): at least one admin; a larger partnership has more staff.
  const memberCount = Math.min(40, Math.max(5, Math.round(plan.people / 2_500) + rng.int(-2, 2)));
  const emails = new Set<string>();
  const members: (GeneratedUser & { name: string; organisationId: string | null; neighbourhoodIds: string[] })[] = [];
  for (let m = 0; m < memberCount; m++) {
    const c = COMMUNITIES[rng.weighted(mixOf(commune))];
    const first = rng.pick(c.first);
    const last = rng.pick(c.last);
    let email = `${asciiLocal(first)}.${asciiLocal(last)}@${slug}.example`;
    for (let n = 2; emails.has(email); n++) email = `${asciiLocal(first)}.${asciiLocal(last)}${n}@${slug}.example`;
    emails.add(email);
    const roles = m === 0 || (m === 1 && memberCount >= 15) ? ["admin"] : [...rng.weighted(STAFF_ROLES)];
    const fieldOnly = roles.length === 1 && roles[0] === "field_worker";
    members.push({
      userId: rng.uuid(),
      membershipId: rng.uuid(),
      email,
      name: `${first} ${last}`,
      roles,
      organisationId: m === 0 ? (organisations[0]?.id ?? null) : rng.chance(0.85) ? rng.pick(organisations).id : null,
      neighbourhoodIds: fieldOnly && rng.chance(0.5) ? rng.sample(neighbourhoods, rng.int(1, 2)).map((n) => n.id) : [],
    });
  }
  const recorders = members.filter((m) => m.roles.some((r) => r === "regie" || r === "field_worker" || r === "admin"));

  await client.query("BEGIN");
  try {
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    await insertRows(
      client,
      "Tenant",
      [
        { name: "id", type: "uuid" },
        { name: "slug", type: "text" },
        { name: "name", type: "text" },
        { name: "defaultLocale", type: "text" },
        { name: "mapCenterLng", type: "double precision" },
        { name: "mapCenterLat", type: "double precision" },
        { name: "mapZoom", type: "double precision" },
        { name: "createdAt", type: "timestamptz" },
        { name: "updatedAt", type: "timestamptz" },
      ],
      [[tenantId, slug, name, commune.locale, commune.center[0], commune.center[1], 14, createdAt.toISOString(), createdAt.toISOString()]],
    );
    await insertRows(
      client,
      "Organisation",
      [
        { name: "id", type: "uuid" },
        { name: "tenantId", type: "uuid" },
        { name: "name", type: "text" },
        { name: "kind", type: "text" },
      ],
      organisations.map((o) => [o.id, tenantId, o.name, o.kind]),
    );
    await insertRows(
      client,
      "Neighbourhood",
      [
        { name: "id", type: "uuid" },
        { name: "tenantId", type: "uuid" },
        { name: "name", type: "text" },
        { name: "description", type: "text" },
        { name: "boundary", type: "jsonb" },
      ],
      neighbourhoods.map((n) => [n.id, tenantId, n.name, n.description, n.boundary]),
    );
    await insertRows(
      client,
      "User",
      [
        { name: "id", type: "uuid" },
        { name: "email", type: "text" },
        { name: "name", type: "text" },
        { name: "passwordHash", type: "text" },
        { name: "emailVerified", type: "timestamptz" },
        { name: "locale", type: "text" },
      ],
      members.map((m) => [m.userId, m.email, m.name, plan.passwordHash, createdAt.toISOString(), commune.locale]),
    );
    await insertRows(
      client,
      "Membership",
      [
        { name: "id", type: "uuid" },
        { name: "tenantId", type: "uuid" },
        { name: "userId", type: "uuid" },
        { name: "roles", type: "text[]" },
        { name: "organisationId", type: "uuid" },
      ],
      members.map((m) => [m.membershipId, tenantId, m.userId, m.roles, m.organisationId]),
    );
    await insertRows(
      client,
      "MembershipNeighbourhood",
      [
        { name: "tenantId", type: "uuid" },
        { name: "membershipId", type: "uuid" },
        { name: "neighbourhoodId", type: "uuid" },
      ],
      members.flatMap((m) => m.neighbourhoodIds.map((n) => [tenantId, m.membershipId, n])),
    );

    // People and their consents, a batch at a time (people first: consents reference them).
    const mix = mixOf(commune);
    const nbhWeights = neighbourhoods.map((n) => [n.id, n.weight] as const);
    let consents = 0;
    for (let start = 0; start < plan.people; start += BATCH_SIZE) {
      const people: unknown[][] = [];
      const consentRows: unknown[][] = [];
      for (let k = start; k < Math.min(plan.people, start + BATCH_SIZE); k++) {
        const c = COMMUNITIES[rng.weighted(mix)];
        const first = rng.pick(c.first);
        const last = rng.chance(0.01) ? "" : rng.pick(c.last);
        const created = REFERENCE - Math.floor(rng.next() * 3 * 365 * DAY);
        const updated = created + Math.floor(rng.next() * (REFERENCE - created));
        const id = rng.uuid();
        people.push([
          id,
          tenantId,
          first,
          last,
          rng.chance(0.35) ? personalEmail(rng, first, last) : null,
          rng.chance(0.3) ? phone(rng) : null,
          rng.chance(0.45) ? `${rng.pick(commune.streets)} ${rng.int(1, 240)}, ${commune.postcode} ${commune.place}` : null,
          rng.weighted(c.languages),
          rng.weighted(KIND_SETS),
          rng.chance(0.6) ? rng.weighted(nbhWeights) : null,
          rng.chance(0.12) ? rng.pick(organisations).id : null,
          rng.chance(0.03) ? rng.pick(NOTES) : null,
          rng.chance(0.9) ? rng.pick(members).userId : null,
          new Date(created).toISOString(),
          new Date(updated).toISOString(),
        ]);
        if (rng.chance(0.4)) {
          const purposes = rng.sample(CONSENT_PURPOSES, rng.chance(0.12) ? 2 : 1);
          for (const purpose of purposes) {
            const given = created + Math.floor(rng.next() * (REFERENCE - created));
            const recorder = rng.pick(recorders.length ? recorders : members).userId;
            const withdrawn = rng.chance(0.06) ? given + Math.floor(rng.next() * (REFERENCE - given)) : null;
            consentRows.push([
              rng.uuid(),
              tenantId,
              id,
              purpose,
              rng.weighted([
                ["verbal", 5],
                ["written", 3],
                ["online", 2],
              ] as const),
              new Date(given).toISOString(),
              recorder,
              withdrawn === null ? null : new Date(withdrawn).toISOString(),
              withdrawn === null ? null : rng.pick(recorders.length ? recorders : members).userId,
              new Date(given).toISOString(),
            ]);
          }
        }
      }
      await insertRows(client, "Person", PERSON_COLUMNS, people);
      await insertRows(client, "Consent", CONSENT_COLUMNS, consentRows);
      consents += consentRows.length;
    }
    await client.query("COMMIT");
    return {
      id: tenantId,
      slug,
      name,
      people: plan.people,
      consents,
      neighbourhoods: neighbourhoods.map((n) => ({ id: n.id, name: n.name })),
      organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
      members: members.map((m) => ({ userId: m.userId, membershipId: m.membershipId, email: m.email, roles: m.roles })),
      ms: performance.now() - t0,
    };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
}

function mixOf(commune: Commune): (readonly [CommunityId, number])[] {
  return Object.entries(commune.mix) as [CommunityId, number][];
}

/** Lower-case ASCII for e-mail local parts: "Aïcha" -> "aicha", "El Amrani" -> "elamrani", "Yılmaz" -> "yilmaz". */
export function asciiLocal(s: string): string {
  return s
    .replaceAll("ı", "i")
    .replaceAll("ł", "l")
    .replaceAll("Ł", "L")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function personalEmail(rng: Random, first: string, last: string): string {
  const domain = rng.pick(["example.be", "example.com", "example.org", "example.net"]);
  const suffix = rng.chance(0.5) ? String(rng.int(1, 99)) : "";
  const local = last ? `${asciiLocal(first)}.${asciiLocal(last)}${suffix}` : `${asciiLocal(first)}${suffix || rng.int(1, 999)}`;
  return `${local}@${domain}`;
}

function two(rng: Random): string {
  return String(rng.int(0, 99)).padStart(2, "0");
}

/** Belgian-looking numbers: mostly mobile (04xx), some Brussels landlines (02). */
function phone(rng: Random): string {
  return rng.chance(0.75)
    ? `+32 4${rng.int(60, 99)} ${two(rng)} ${two(rng)} ${two(rng)}`
    : `+32 2 ${rng.int(200, 799)} ${two(rng)} ${two(rng)}`;
}
