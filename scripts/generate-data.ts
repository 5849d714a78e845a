/**
 * Fills a migrated database with N tenants of realistic Brussels data, for benchmarks and demos.
 *
 *   tsx scripts/generate-data.ts --database-url postgres://postgres@127.0.0.1:5432/zorgzaam --tenants 3 --largest 100000
 *
 * Tenant i gets about largest / 2^i people (at least --min). Same --seed, same data (ids included).
 */
import { parseArgs } from "node:util";
import { generateData, peopleForTenant } from "./generate/generate";
import { loadDotEnv } from "./load-env";

const HELP = `Usage: tsx scripts/generate-data.ts [options]

  --database-url <url>   owner-role URL of a migrated database (default: DATABASE_OWNER_URL)
  --tenants <n>          number of tenants (default 3)
  --largest <n>          people in the largest tenant (default 100000)
  --min <n>              least people per tenant (default 500)
  --seed <text>          random seed (default "zorgzaam")
  --slug-prefix <text>   tenant slugs are <prefix>-<place> (default "gen")
  --password <text>      password for every generated user (default: none, sign-in by e-mail link only)
  --skip-analyze         do not ANALYZE the tables afterwards
  --help`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number of at least 1 (got "${value}")`);
    process.exit(2);
  }
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      "database-url": { type: "string" },
      tenants: { type: "string" },
      largest: { type: "string" },
      min: { type: "string" },
      seed: { type: "string" },
      "slug-prefix": { type: "string" },
      password: { type: "string" },
      "skip-analyze": { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  loadDotEnv();
  const ownerUrl = values["database-url"] ?? process.env.DATABASE_OWNER_URL ?? "postgres://postgres@127.0.0.1:5432/zorgzaam";
  const tenants = positiveInt("tenants", values.tenants, 3);
  const largest = positiveInt("largest", values.largest, 100_000);
  const minPeople = positiveInt("min", values.min, 500);
  const seed = values.seed ?? "zorgzaam";

  let passwordHash: string | null = null;
  if (values.password) {
    // Hashed once: every generated user shares it (demo data, not real accounts).
    const { hashPassword } = await import("../packages/core/src/auth/password");
    passwordHash = await hashPassword(values.password);
  }

  const safe = new URL(ownerUrl);
  if (safe.password) safe.password = "***";
  const planned = Array.from({ length: tenants }, (_, i) => peopleForTenant(i, largest, minPeople)).reduce((a, b) => a + b, 0);
  console.log(`Generating ${tenants} tenant(s), ${planned} people in all, seed "${seed}", into ${safe.toString()}`);

  const result = await generateData({
    ownerUrl,
    tenants,
    largest,
    minPeople,
    seed,
    slugPrefix: values["slug-prefix"],
    passwordHash,
    analyze: !values["skip-analyze"],
    log: (line) => console.log(`  ${line}`),
  });

  const people = result.tenants.reduce((n, t) => n + t.people, 0);
  const consents = result.tenants.reduce((n, t) => n + t.consents, 0);
  const members = result.tenants.reduce((n, t) => n + t.members.length, 0);
  const seconds = result.ms / 1000;
  console.log(
    `Created ${result.tenants.length} tenants, ${people} people, ${consents} consents, ${members} users/memberships ` +
      `in ${seconds.toFixed(1)} s (${Math.round(people / seconds)} people/s).`,
  );
  for (const t of result.tenants) {
    const admin = t.members.find((m) => m.roles.includes("admin"));
    console.log(`  ${t.slug.padEnd(24)} admin ${admin?.email ?? "-"}`);
  }
  if (!passwordHash) console.log("Users have no password; pass --password <text> to sign in with one.");
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
