/**
 * Benchmark: the Partners CSV import (see docs/performance.md, "Partners import").
 *
 *   npx tsx bench/partners-import.ts [--rows 10000] [--parse-rows 100000] [--existing 2000] [--keep]
 *
 * Creates a scratch database (migrated), a tenant with --existing actors already in it, and a worker in this process.
 * Then, on one generated municipal list (semicolons, Windows-1252, accents, a title line, about a third of the rows
 * with coordinates):
 *   import     the real path: transfer.upload, transfer.preview (parse, check, duplicates against the existing
 *              actors) and transfer.start through tRPC as a regie member, then the partners.import job in the worker
 *              until transfer.status says "done" (polled every 100 ms, as the progress bar does)
 *   floor      the same rows inserted into another tenant with ONE multi-row INSERT ... SELECT FROM unnest(...) as the
 *              owner: no parsing, no checks, no history, no progress; what the database needs at least
 * and, without the database, the parse + check + in-file duplicate search of a --parse-rows file (10^5 by default).
 * Prints the times, the ratio to the floor, how many distinct progress values the poller saw, and PASS/FAIL for the
 * budget of shared/quality.md (a 10^4-row CSV import finishes in under 30 s). It reports; it does not throw.
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import iconv from "iconv-lite";
import pg from "pg";
import { dropDatabase, migrateDatabase } from "../packages/core/src/db/migrate";
import { ms, table } from "./lib/stats";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "10000" },
    "parse-rows": { type: "string", default: "100000" },
    existing: { type: "string", default: "2000" },
    server: { type: "string", default: "127.0.0.1:5432" },
    keep: { type: "boolean", default: false },
  },
});
const ROWS = Number(args.rows);
const PARSE_ROWS = Number(args["parse-rows"]);
const EXISTING = Number(args.existing);
for (const [k, v] of Object.entries({ rows: ROWS, "parse-rows": PARSE_ROWS, existing: EXISTING })) {
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${k} must be a whole number >= 0`);
}

const stamp = new Date()
  .toISOString()
  .replace(/[-:TZ.]/g, "")
  .slice(0, 17);
const DB = `zorgzaam_bench_import_${stamp}`;
const ownerUrl = `postgres://postgres@${args.server}/${DB}`;
const appUrl = `postgres://zorgzaam_app:zorgzaam_app@${args.server}/${DB}`;
process.env.DATABASE_URL = appUrl;
process.env.DATABASE_OWNER_URL = ownerUrl;
process.env.QUEUE_PREFIX = `zzbench_import_${stamp}`;
process.env.LOG_LEVEL ??= "warn";
delete process.env.GEOCODER_URL;

const t0 = performance.now();
const phase = (what: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${what}`);

// ---------------------------------------------------------------------------------------------------------------
// The generated list: what a municipality's export of associations and services looks like.

const KINDS = ["vereniging", "vzw", "dienst", "handelszaak", "school", "moskee", "burgerinitiatief", "organisatie", "jeugdbeweging"];
const SECTORS = ["Welzijn", "Gezondheid", "Jeugd", "Cultuur", "Sport", "Onderwijs", "Buurtleven", "Ouderen", "Voeding"];
const WORDS = ["Buurthuis", "Vereniging", "Club", "Café", "Atelier", "Centrum", "Kring", "Huis", "Ontmoetingsplek", "Werking"];
const NAMES = ["Ééntje", "De Zonnebloem", "Noël", "Zoë", "Björn", "Sint-Jozef", "Het Anker", "La Clé", "Dar Salam", "Den Hoek", "Ça Va"];
const STREETS = ["Kerkstraat", "Dorpsstraat", "Rue de l'Église", "Stationsstraat", "Chaussée de Gand", "Molenstraat", "Marktplein"];
const PLACES: [string, string][] = [
  ["9000", "Gent"],
  ["1030", "Schaerbeek"],
  ["1080", "Molenbeek-Saint-Jean"],
  ["3000", "Leuven"],
  ["2060", "Antwerpen"],
];

function listCsv(n: number, tag: string): Buffer {
  const lines = [`Lijst verenigingen en diensten (${tag});;;;;;;;;;;`];
  lines.push("Naam;Soort;Sector;Straat;Huisnummer;Postcode;Gemeente;Telefoon;E-mail;Website;Breedtegraad;Lengtegraad");
  for (let i = 0; i < n; i++) {
    const [postcode, city] = PLACES[i % PLACES.length] as [string, string];
    const withPoint = i % 3 === 0;
    lines.push(
      [
        `${WORDS[i % WORDS.length]} ${NAMES[(i * 7) % NAMES.length]} ${i + 1}`,
        KINDS[i % KINDS.length],
        `${SECTORS[i % SECTORS.length]}, ${SECTORS[(i + 3) % SECTORS.length]}`,
        STREETS[(i * 3) % STREETS.length],
        String((i % 180) + 1),
        postcode,
        city,
        i % 2 ? `0${470 + (i % 30)} ${String(100000 + i).slice(0, 6)}` : "",
        i % 4 ? "" : `info${i}@vereniging.example`,
        i % 5 ? "" : `www.vereniging${i}.example`,
        withPoint ? (50.8 + (i % 1000) / 10000).toFixed(5).replace(".", ",") : "",
        withPoint ? (4.3 + (i % 1000) / 10000).toFixed(5).replace(".", ",") : "",
      ].join(";"),
    );
  }
  return iconv.encode(`${lines.join("\r\n")}\r\n`, "windows-1252");
}

let cleanup: (() => Promise<void>) | undefined;
async function dropScratch() {
  await cleanup?.();
  if (!args.keep) await dropDatabase(ownerUrl).catch((e) => console.error(`could not drop ${DB}: ${(e as Error).message}`));
}
process.on("SIGINT", () => {
  void dropScratch().finally(() => process.exit(130));
});

async function main() {
  console.log(`Partners import benchmark — ${new Date().toISOString()} — ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}`);
  console.log(`rows ${ROWS}, parse-only rows ${PARSE_ROWS}, existing actors ${EXISTING}, database ${DB}\n`);
  await migrateDatabase({ ownerUrl, appUrl });
  phase("scratch database migrated");

  // Core only now, after DATABASE_URL names the scratch database.
  const core = await import("@zorgzaam/core");
  const { ownerDbFor, setUp } = await setUpHelpers(core);
  const owner = ownerDbFor(ownerUrl);
  const { partnersRouter } = await import("../packages/plugins/partners/src/server/router");
  const { readCsv } = await import("../packages/plugins/partners/src/server/transfer/csv");
  const { fieldForHeader, proposeColumns } = await import("../packages/plugins/partners/src/server/transfer/fields");
  const { importMapping } = await import("../packages/plugins/partners/src/server/transfer/mapping");
  const { mapRows } = await import("../packages/plugins/partners/src/server/transfer/rows");
  const { DuplicateIndex } = await import("../packages/plugins/partners/src/server/transfer/dedupe");
  const { sectorMatcher } = await import("../packages/plugins/partners/src/server/transfer/values");
  const { DEFAULT_SECTORS } = await import("../packages/plugins/partners/src/domain");

  const a = await setUp(owner, "bench-import", EXISTING);
  const b = await setUp(owner, "bench-floor", 0);
  phase(`tenants ready (${EXISTING} existing actors in the import tenant)`);

  core.installPlatform((await import("../packages/platform/src/index")).createAppPlatform());
  const worker = core.startWorker({ concurrency: 2, isJobAllowed: core.isModuleEnabledFor });
  await worker.ready();
  cleanup = async () => {
    cleanup = undefined;
    await worker.close({ force: true });
    await core.closeQueues();
    await owner.$disconnect();
    await core.closeAppDb();
  };

  // 1. The real path.
  const bytes = listCsv(ROWS, "import");
  const api = core.createCallerFactory(partnersRouter)(
    core.createContext({ session: { userId: a.userId, sessionId: randomUUID(), email: a.email, isOperator: false }, tenantSlug: a.slug }),
  );
  const tUpload = performance.now();
  const up = await api.transfer.upload({ fileName: "verenigingen.csv", contentBase64: bytes.toString("base64") });
  const uploadMs = performance.now() - tUpload;
  const got = await api.transfer.get({ id: up.id });
  const tPreview = performance.now();
  const preview = await api.transfer.preview({ id: up.id, mapping: got.mapping });
  const previewMs = performance.now() - tPreview;
  if (preview.errorCount)
    throw new Error(`the generated file has ${preview.errorCount} errors: ${JSON.stringify(preview.errors.items.slice(0, 3))}`);
  const tJob = performance.now();
  await api.transfer.start({ id: up.id });
  const seen = new Set<number>();
  let status = await api.transfer.status({ id: up.id });
  while (status.status !== "done" && status.status !== "failed") {
    await new Promise((r) => setTimeout(r, 100));
    status = await api.transfer.status({ id: up.id });
    seen.add(status.progress);
  }
  const jobMs = performance.now() - tJob;
  if (status.status !== "done") throw new Error(`the import failed: ${status.message}`);
  const imported = await owner.partnersActor.count({ where: { tenantId: a.tenantId, source: "import" } });
  phase(`import done: ${imported} actors created, ${preview.duplicateCount} duplicates skipped`);

  // 2. The floor: the same rows, one INSERT ... SELECT FROM unnest, no checks.
  const { table: parsed } = readCsv(new Uint8Array(bytes), (c) => fieldForHeader(c) !== null);
  const cols = (i: number) => parsed.rows.map((r) => r.cells[i] || null);
  const num = (i: number) => parsed.rows.map((r) => (r.cells[i] ? Number(r.cells[i]?.replace(",", ".")) : null));
  const floorClient = new pg.Client({ connectionString: core.withConnectionOptions(ownerUrl) });
  await floorClient.connect();
  const tFloor = performance.now();
  await floorClient.query(
    `INSERT INTO "PartnersActor" ("tenantId", "name", "kind", "address", "postcode", "city", "lat", "lng", "source")
     SELECT $1::uuid, n, 'association', s || ' ' || h, p, c, la, lo, 'import'
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[]) AS t(n, s, h, p, c, la, lo)`,
    [b.tenantId, cols(0), cols(3), cols(4), cols(5), cols(6), num(10), num(11)],
  );
  const floorMs = performance.now() - tFloor;
  await floorClient.end();
  phase("floor done");

  // 3. Parse and check a big file (no database).
  const big = listCsv(PARSE_ROWS, "parse");
  const sectors = sectorMatcher(DEFAULT_SECTORS.map((s) => ({ key: s.key, labelNl: s.nl, labelFr: s.fr, labelEn: s.en })));
  const tParse = performance.now();
  const { table: bigTable } = readCsv(new Uint8Array(big), (c) => fieldForHeader(c) !== null);
  const parseMs = performance.now() - tParse;
  const checked = mapRows(bigTable, importMapping.parse({ columns: proposeColumns(bigTable.headers) }), sectors);
  const checkMs = performance.now() - tParse - parseMs;
  const index = new DuplicateIndex<number>();
  let dups = 0;
  for (const [i, d] of checked.drafts.entries()) {
    if (index.best(d)) dups++;
    index.add(i, d);
  }
  const dedupeMs = performance.now() - tParse - parseMs - checkMs;
  phase(`parsed and checked ${PARSE_ROWS} rows`);

  const totalMs = uploadMs + previewMs + jobMs;
  console.log("");
  console.log(
    table([
      ["step", "rows", "ms", "rows/s"],
      ["upload (decode, parse, store)", String(ROWS), ms(uploadMs), String(Math.round(ROWS / (uploadMs / 1000)))],
      ["preview (check, duplicates vs existing)", String(ROWS), ms(previewMs), String(Math.round(ROWS / (previewMs / 1000)))],
      ["job: start → status done", String(ROWS), ms(jobMs), String(Math.round(ROWS / (jobMs / 1000)))],
      ["import total", String(ROWS), ms(totalMs), String(Math.round(ROWS / (totalMs / 1000)))],
      ["floor: one INSERT ... unnest", String(ROWS), ms(floorMs), String(Math.round(ROWS / (floorMs / 1000)))],
      [
        `parse ${(big.length / 1e6).toFixed(1)} MB (Windows-1252)`,
        String(PARSE_ROWS),
        ms(parseMs),
        String(Math.round(PARSE_ROWS / (parseMs / 1000))),
      ],
      ["check rows (mapping, values)", String(PARSE_ROWS), ms(checkMs), String(Math.round(PARSE_ROWS / (checkMs / 1000)))],
      ["duplicates within the file", String(PARSE_ROWS), ms(dedupeMs), String(Math.round(PARSE_ROWS / (dedupeMs / 1000)))],
    ]),
  );
  console.log("");
  console.log(`job / floor: ${(jobMs / floorMs).toFixed(1)}x; import total / floor: ${(totalMs / floorMs).toFixed(1)}x`);
  console.log(`distinct progress values seen by the poller: ${seen.size} (${[...seen].sort((x, y) => x - y).join(", ")})`);
  console.log(`row errors in the ${PARSE_ROWS}-row file: ${checked.errors.length}; duplicates within it: ${dups}`);
  const pass = totalMs < 30_000;
  console.log(
    `\nbudget "a 10^4-row CSV import finishes in under 30 s": ${pass ? "PASS" : "FAIL"} (${(totalMs / 1000).toFixed(1)} s for ${ROWS} rows)`,
  );
}

/** Tenant, organisation, regie member and enabled module (with its sectors) in the scratch database, as the owner. */
async function setUpHelpers(core: typeof import("@zorgzaam/core")) {
  const { ensureDefaultSectors } = await import("../packages/plugins/partners/src/server/sectors");
  const ownerDbFor = (url: string) => core.createPrisma(url, 2);
  const setUp = async (db: ReturnType<typeof ownerDbFor>, tag: string, existing: number) => {
    const slug = `${tag}-${stamp.slice(-6)}`.toLowerCase();
    const tenant = await db.tenant.create({ data: { slug, name: tag } });
    const org = await db.organisation.create({ data: { tenantId: tenant.id, name: `OCMW ${tag}`, kind: "ocmw" } });
    const user = await db.user.create({ data: { email: `regie-${slug}@bench.example`, name: "Regie", emailVerified: new Date() } });
    await db.membership.create({ data: { tenantId: tenant.id, userId: user.id, roles: ["regie"], organisationId: org.id } });
    await db.tenantModule.create({ data: { tenantId: tenant.id, moduleId: "partners", enabled: true } });
    await ensureDefaultSectors(db, tenant.id);
    if (existing) {
      // Existing actors, some with the same names as rows of the file (so the preview has duplicates to find).
      await db.partnersActor.createMany({
        data: Array.from({ length: existing }, (_, i) => ({
          tenantId: tenant.id,
          name: i % 10 === 0 ? `${WORDS[i % WORDS.length]} ${NAMES[(i * 7) % NAMES.length]} ${i + 1}` : `Bestaande actor ${i}`,
          kind: "association",
          address: `${STREETS[(i * 3) % STREETS.length]} ${(i % 180) + 1}`,
          postcode: (PLACES[i % PLACES.length] as [string, string])[0],
          city: (PLACES[i % PLACES.length] as [string, string])[1],
          organisationId: org.id,
          source: "seed",
        })),
      });
    }
    return { tenantId: tenant.id, slug, userId: user.id, email: user.email };
  };
  return { ownerDbFor, setUp };
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => dropScratch());
