import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { enqueue, getQueue, isModuleEnabledFor, startWorker, type WorkerHandle, withDbContext } from "@zorgzaam/core";
import { isolateQueuePrefix, resetEnvCache, sleep, waitForJob, waitUntil } from "@zorgzaam/core/testing";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coarsen } from "./access";
import { geocodeJob } from "./jobs/geocode";
import { importJob } from "./jobs/import";
import {
  closeAll,
  codeOf,
  createMember,
  createTenant,
  makeActor,
  messageOf,
  ownerDb,
  partners,
  setEnabled,
  type TenantFixture,
} from "./test-support";
import { nlText } from "./errors";
import { type FakeNominatim, startAndWait, startNominatim, uploadAndPreview } from "./transfer/test-helpers";

isolateQueuePrefix("partners-transfer");

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../test-data/${name}`, import.meta.url))));
const csv = (lines: string[], encoding = "utf8") => new Uint8Array(iconv.encode(lines.join("\r\n"), encoding));
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

let worker: WorkerHandle;
let geocoder: FakeNominatim;
let A: TenantFixture;
let B: TenantFixture;

function setGeocoder(url: string | undefined) {
  if (url) process.env.GEOCODER_URL = url;
  else delete process.env.GEOCODER_URL;
  process.env.GEOCODER_MIN_INTERVAL_MS = "0";
  resetEnvCache();
}

beforeAll(async () => {
  geocoder = await startNominatim((q) => (q.includes("Onbekendstraat") ? null : { lat: 51.0543, lng: 3.7174 }));
  setGeocoder(undefined);
  worker = startWorker({ concurrency: 3, isJobAllowed: isModuleEnabledFor });
  await worker.ready();
  [A, B] = await Promise.all([createTenant({ tag: "transfer-a" }), createTenant({ tag: "transfer-b" })]);
  await Promise.all([setEnabled(A.id, true), setEnabled(B.id, true)]);
});

afterAll(async () => {
  await worker?.close({ force: true });
  await geocoder?.close();
  await closeAll();
});

const actorsOf = (tenant: TenantFixture, where: object = {}) =>
  ownerDb().partnersActor.findMany({ where: { tenantId: tenant.id, ...where }, orderBy: { name: "asc" } });

describe("CSV import", () => {
  it("imports a semicolon-separated Windows-1252 file with accents, as a job with progress up to 100 %", async () => {
    const regie = partners(A.users.regie, A);
    const { id, got, preview } = await uploadAndPreview(regie, "verenigingen.csv", fixture("verenigingen-cp1252.csv"));
    expect(got).toMatchObject({ format: "csv", encoding: "windows-1252", delimiter: ";", totalRows: 4, mappingProposed: true });
    expect(got.mapping.columns).toMatchObject({
      name: 0,
      kind: 1,
      street: 2,
      houseNumber: 3,
      postcode: 4,
      city: 5,
      phone: 6,
      email: 7,
      sectors: 8,
    });
    expect(got.sample[0]?.[0]).toBe("Buurthuis Ééntje");
    expect(preview).toMatchObject({ totalRows: 4, valid: 4, toImport: 4, errorCount: 0, duplicateCount: 0 });

    const { status, seen } = await startAndWait(regie, id);
    expect(status).toMatchObject({ status: "done", progress: 100, created: 4, updated: 0, skipped: 0 });
    expect(seen.at(-1)).toBe(100);
    expect(seen.every((p, i) => i === 0 || p >= (seen[i - 1] ?? 0))).toBe(true);

    const rows = await actorsOf(A, { source: "import" });
    expect(rows.map((a) => a.name)).toEqual(["Buurthuis Ééntje", "Café 't Hoekske", "Leesclub Zoë & Björn", "Maison médicale Noël"]);
    const noel = rows.find((a) => a.name === "Maison médicale Noël");
    expect(noel).toMatchObject({
      kind: "service",
      address: "Rue de l'Église 5",
      postcode: "1030",
      city: "Schaerbeek",
      sectorKeys: ["health"],
      organisationId: A.organisations[0].id,
      createdById: A.users.regie.id,
      lat: null,
    });
    expect(noel?.contacts).toEqual([{ name: "Maison médicale Noël", role: "", email: "accueil@noel.be", phone: "02 555 66 77" }]);
    // One history row per actor, and the import is audited.
    const changes = await ownerDb().partnersActorChange.findMany({ where: { actorId: { in: rows.map((a) => a.id) } } });
    expect(changes.map((c) => c.kind)).toEqual(["imported", "imported", "imported", "imported"]);
    const audit = await ownerDb().auditEvent.findMany({ where: { tenantId: A.id, targetId: id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.action)).toEqual([
      "partners.import.uploaded",
      "partners.import.previewed",
      "partners.import.started",
      "partners.import.completed",
    ]);
    // The uploaded file is not kept once the import is done.
    const imp = await ownerDb().partnersImport.findUniqueOrThrow({ where: { id } });
    expect(imp.file).toBeNull();
    expect(imp.fileDroppedAt).not.toBeNull();
    expect(imp.actorIds).toHaveLength(4);
    // The page's summary lists them.
    const after = await regie.transfer.get({ id });
    expect(after.actors.map((a) => a.name)).toContain("Café 't Hoekske");
    expect((await regie.transfer.list()).map((i) => i.id)).toContain(id);
  });

  it("reads UTF-8 with a byte order mark, commas, French headers and decimal commas in quotes", async () => {
    const regie = partners(A.users.regie, A);
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...csv([
        "Nom,Type,Adresse,Code postal,Commune,Latitude,Longitude",
        'Épicerie sociale Liège,commerce,"Rue Haute 1",1000,Bruxelles,"50,8400","4,3500"',
      ]),
    ]);
    const { id, got, preview } = await uploadAndPreview(regie, "liste.csv", bytes);
    expect(got).toMatchObject({ encoding: "utf-8-bom", delimiter: "," });
    expect(preview.errorCount).toBe(0);
    expect((await startAndWait(regie, id)).status.status).toBe("done");
    const [a] = await actorsOf(A, { name: "Épicerie sociale Liège" });
    expect(a).toMatchObject({ kind: "business", lat: 50.84, lng: 4.35, locationSource: "import", city: "Bruxelles" });
  });

  it("refuses a file without a name column, with a clear message, and imports nothing", async () => {
    const regie = partners(A.users.regie, A);
    const before = (await actorsOf(A)).length;
    const up = await regie.transfer.upload({ fileName: "adressen.csv", contentBase64: b64(csv(["Straat;Gemeente", "Kerkstraat 1;Gent"])) });
    const got = await regie.transfer.get({ id: up.id });
    expect(got.mapping.columns.name).toBeUndefined();
    expect(await messageOf(regie.transfer.preview({ id: up.id, mapping: got.mapping }))).toBe(nlText("partners.transfer.nameNotMapped"));
    expect(await messageOf(regie.transfer.start({ id: up.id }))).toBe(nlText("partners.transfer.notPreviewed"));
    expect((await actorsOf(A)).length).toBe(before);
  });

  it("lists row-level errors with Excel row numbers and refuses to start until they are gone", async () => {
    const regie = partners(A.users.regie, A);
    const before = (await actorsOf(A)).length;
    const { id, preview } = await uploadAndPreview(
      regie,
      "fouten.csv",
      csv(
        [
          "Naam;Soort;Breedtegraad;Lengtegraad;E-mail",
          "Goede rij;vereniging;;;",
          ";vereniging;;;",
          "Te ver;vereniging;200;4;",
          "CafÃ© Noord;vereniging;;;",
          "Kapper Jos;kapsalon;;;jos-at-kapper",
        ],
        "utf8",
      ),
    );
    expect(preview.errorCount).toBe(5);
    expect(preview.errors.items.map((e) => [e.row, e.column])).toEqual([
      [3, "Naam"],
      [4, "Breedtegraad"],
      [5, null],
      [6, "Soort"],
      [6, "E-mail"],
    ]);
    expect(preview.unknownValues.kind).toEqual(["kapsalon"]);
    expect(await messageOf(regie.transfer.start({ id }))).toBe(nlText("partners.transfer.hasErrors", { count: 5 }));
    // Paged.
    const page1 = await regie.transfer.issues({ id, list: "errors", page: 1, pageSize: 2 });
    expect(page1).toMatchObject({ total: 5, page: 1 });
    expect(page1.items.map((e) => e.row)).toEqual([5, 6]);
    expect((await actorsOf(A)).length).toBe(before);
    expect((await ownerDb().partnersImport.findUniqueOrThrow({ where: { id } })).status).toBe("previewed");
  });

  it("refuses broken files with clear messages", async () => {
    const regie = partners(A.users.regie, A);
    const up = (fileName: string, bytes: Uint8Array) => messageOf(regie.transfer.upload({ fileName, contentBase64: b64(bytes) }));
    expect(await up("scan.csv", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0, 0, 0, 7, 8, 0]))).toBe(
      nlText("partners.transfer.notText"),
    );
    expect(await up("oud.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      nlText("partners.transfer.oldExcel"),
    );
    expect(await up("half.csv", csv(["Naam;Gemeente", '"De Kring;Gent', "X;Y"]))).toMatch(/aanhalingsteken/);
    expect(await up("leeg.csv", csv(["Naam;Gemeente"]))).toBe(nlText("partners.transfer.noRows"));
    expect(await up("kapot.xlsx", new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toBe(nlText("partners.transfer.zipBroken"));
    expect(await messageOf(regie.transfer.upload({ fileName: "x.csv", contentBase64: "!!!niet base64!!!" }))).toBe(
      nlText("partners.transfer.badBase64"),
    );
    expect(await codeOf(regie.transfer.upload({ fileName: "x.csv", contentBase64: "A".repeat(10 * 1024 * 1024) }))).toBe("BAD_REQUEST");
    expect(await ownerDb().partnersImport.count({ where: { tenantId: A.id, fileName: { in: ["scan.csv", "oud.xls", "half.csv"] } } })).toBe(
      0,
    );
  });
});

describe("big files", () => {
  it("reads a gzipped 10^5-row file and reports its bad rows by row number", async () => {
    const regie = partners(A.users.regie, A);
    const lines = ["Naam;Soort;Postcode;Gemeente;Breedtegraad;Lengtegraad"];
    for (let i = 1; i <= 100_000; i++)
      lines.push(`Vereniging ${i};vereniging;9000;Gent;${i % 20_000 === 0 ? "500" : ""};${i % 20_000 === 0 ? "4" : ""}`);
    const raw = csv(lines, "windows-1252");
    const packed = gzipSync(raw);
    expect(packed.length).toBeLessThan(raw.length / 4);
    const up = await regie.transfer.upload({ fileName: "groot.csv", contentBase64: b64(packed), compressed: true });
    expect(up.totalRows).toBe(100_000);
    const got = await regie.transfer.get({ id: up.id });
    const preview = await regie.transfer.preview({ id: up.id, mapping: got.mapping });
    expect(preview).toMatchObject({ totalRows: 100_000, errorCount: 5, duplicateCount: 0, valid: 99_995 });
    // Row i of the list is spreadsheet row i + 1 (the header is row 1).
    expect(preview.errors.items.map((e) => [e.row, e.column])).toEqual([
      [20_001, "Breedtegraad"],
      [40_001, "Breedtegraad"],
      [60_001, "Breedtegraad"],
      [80_001, "Breedtegraad"],
      [100_001, "Breedtegraad"],
    ]);
    expect(await messageOf(regie.transfer.start({ id: up.id }))).toBe(nlText("partners.transfer.hasErrors", { count: 5 }));
    // Unpacked, a file may not grow past the limit.
    const bomb = gzipSync(Buffer.alloc(31 * 1024 * 1024, 0x41));
    expect(await messageOf(regie.transfer.upload({ fileName: "bom.csv", contentBase64: b64(bomb), compressed: true }))).toBe(
      nlText("partners.transfer.tooBig", { mb: 30 }),
    );
  }, 60_000);
});

describe("duplicates", () => {
  it("finds duplicates against existing actors and within the file, and applies the chosen action", async () => {
    const T2 = await createTenant({ tag: "transfer-dup" });
    await setEnabled(T2.id, true);
    const regie = partners(T2.users.regie, T2);
    const kring = await ownerDb().partnersActor.create({
      data: {
        tenantId: T2.id,
        name: "Buurthuis De Kring",
        kind: "association",
        address: "Kerkstraat 12",
        postcode: "9000",
        city: "Gent",
        organisationId: T2.organisations[0].id,
      },
    });
    // Shared by the other organisation: visible, so found as a duplicate, but not ours to update.
    const other = await makeActor(T2.id, { name: "Wijkgezondheidscentrum Oost", organisationId: T2.organisations[1].id });
    // Private to the other organisation: invisible, so never a duplicate (and never named to us).
    await makeActor(T2.id, { name: "Geheime Werking", organisationId: T2.organisations[1].id, visibility: "organisation" });

    const { id, preview } = await uploadAndPreview(
      regie,
      "dubbels.csv",
      csv([
        "Naam;Adres;Postcode;Gemeente;Telefoon",
        "Buurthuis De Kring vzw;Kerkstr. 12;9000;Gent;09 111 22 33",
        "Sportclub Zonnedal;Sportlaan 1;9000;Gent;",
        "Sportclub Zonnedal;Sportlaan 1;9000;Gent;",
        "Wijkgezondheidscentrum Oost;;;;",
        "Geheime Werking;;;;",
      ]),
    );
    expect(preview.duplicateCount).toBe(3);
    const dups = preview.duplicates.items;
    expect(dups.map((d) => [d.row, d.matchId, d.matchRow, d.inFile, d.editable, d.action])).toEqual([
      [2, kring.id, null, false, true, "skip"],
      [4, null, 3, true, false, "skip"],
      [5, other.id, null, false, false, "skip"],
    ]);
    expect(await messageOf(regie.transfer.decide({ id, rows: [{ row: 5, action: "update" }] }))).toBe(
      nlText("partners.transfer.updateNotAllowed"),
    );
    expect(await messageOf(regie.transfer.decide({ id, rows: [{ row: 4, action: "update" }] }))).toBe(
      nlText("partners.transfer.updateInFile"),
    );
    expect(await regie.transfer.decide({ id, rows: [{ row: 2, action: "update" }] })).toEqual({ skip: 2, update: 1, new: 0 });

    const { status } = await startAndWait(regie, id);
    expect(status).toMatchObject({ status: "done", created: 2, updated: 1, skipped: 2 });
    const names = (await actorsOf(T2)).map((a) => a.name);
    expect(names.filter((n) => n === "Sportclub Zonnedal")).toHaveLength(1);
    expect(names.filter((n) => n === "Geheime Werking")).toHaveLength(2);
    expect(names.filter((n) => n.startsWith("Wijkgezondheidscentrum"))).toHaveLength(1);
    const updated = await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: kring.id } });
    expect(updated).toMatchObject({ name: "Buurthuis De Kring vzw", address: "Kerkstr. 12", version: 2, kind: "association" });
    expect(updated.contacts).toEqual([{ name: "Buurthuis De Kring vzw", role: "", email: "", phone: "09 111 22 33" }]);
    const history = await ownerDb().partnersActorChange.findMany({ where: { actorId: kring.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: "imported", byUserId: T2.users.regie.id });
    expect(Object.keys(history[0]?.fields as object).sort()).toEqual(["address", "name", "other"]);

    // The same file again: now everything is a duplicate; "import as new" for all creates them anyway.
    const again = await uploadAndPreview(
      regie,
      "dubbels.csv",
      csv(["Naam;Adres;Postcode;Gemeente", "Sportclub Zonnedal;Sportlaan 1;9000;Gent"]),
    );
    expect(again.preview.duplicates.items.map((d) => d.matchName)).toEqual(["Sportclub Zonnedal"]);
    await regie.transfer.decide({ id: again.id, all: "new" });
    expect((await startAndWait(regie, again.id)).status).toMatchObject({ created: 1, skipped: 0 });
  });
});

describe("all or nothing", () => {
  it("leaves nothing behind when the database fails mid-import, and the retry imports every row once", async () => {
    const T3 = await createTenant({ tag: "transfer-atomic" });
    await setEnabled(T3.id, true);
    const regie = partners(T3.users.regie, T3);
    const marker = `Boem ${T3.slug}`;
    const lines = ["Naam;Gemeente"];
    for (let i = 1; i <= 1_200; i++) lines.push(`${i === 1_100 ? marker : `Vereniging ${i}`};Gent`);
    const { id, preview } = await uploadAndPreview(regie, "groot.csv", csv(lines));
    expect(preview).toMatchObject({ errorCount: 0, toImport: 1_200 });
    // A database error on row 1,100 (the third chunk of 500), as a full disk or a lost connection would give.
    const fn = `zz_fail_${T3.slug.replace(/[^a-z0-9]/g, "_")}`;
    await ownerDb().$executeRawUnsafe(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW."name" = '${marker}' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`,
    );
    await ownerDb().$executeRawUnsafe(`CREATE TRIGGER ${fn} BEFORE INSERT ON "PartnersActor" FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      await regie.transfer.start({ id });
      const { jobId } = await ownerDb().partnersImport.findUniqueOrThrow({ where: { id } });
      await waitUntil(async () => ((await getQueue().getJob(jobId ?? ""))?.attemptsMade ?? 0) >= 1, 20_000, "the first failed attempt");
      expect(await ownerDb().partnersActor.count({ where: { tenantId: T3.id } })).toBe(0);
      expect(await ownerDb().partnersActorChange.count({ where: { tenantId: T3.id } })).toBe(0);
      const mid = await regie.transfer.status({ id });
      expect(mid.status).toBe("running");
    } finally {
      await ownerDb().$executeRawUnsafe(`DROP TRIGGER ${fn} ON "PartnersActor"`);
      await ownerDb().$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }
    await waitUntil(async () => (await regie.transfer.status({ id })).status === "done", 25_000, "the retry");
    expect(await ownerDb().partnersActor.count({ where: { tenantId: T3.id } })).toBe(1_200);
    expect(await ownerDb().partnersActorChange.count({ where: { tenantId: T3.id, kind: "imported" } })).toBe(1_200);
    // Running the job once more changes nothing (idempotent).
    const rerun = await waitForJob(await enqueue(importJob, { importId: id }, { tenantId: T3.id }));
    expect(rerun.result).toMatchObject({ alreadyDone: true });
    expect(await ownerDb().partnersActor.count({ where: { tenantId: T3.id } })).toBe(1_200);
  }, 60_000);
});

describe("XLSX import", () => {
  it("imports the first sheet, with errors named by Excel's own row numbers", async () => {
    const regie = partners(A.users.regie, A);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Lijst");
    ws.addRow(["Overzicht organisaties Zonnedal"]);
    ws.addRow(["Naam", "Soort", "Adres", "Postcode", "Gemeente", "Breedtegraad", "Lengtegraad"]);
    ws.addRow(["Jeugdhuis 't Kofschip", "vereniging", "Schoolstraat 4", 9000, "Gent", 51.05, 3.72]);
    ws.addRow(["Moskee Al Nour", "moskee", "Kerkplein 2", 9000, "Gent", 51.06, 3.73]);
    ws.addRow(["Zonder punt", "vereniging", "", "", "", 51.06, null]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { id, got, preview } = await uploadAndPreview(regie, "lijst.xlsx", bytes);
    expect(got).toMatchObject({ format: "xlsx", sheetName: "Lijst", totalRows: 3 });
    expect(preview.errors.items.map((e) => [e.row, e.column])).toEqual([[5, "Lengtegraad"]]);
    expect(await messageOf(regie.transfer.start({ id }))).toBe(nlText("partners.transfer.hasErrors", { count: 1 }));

    ws.spliceRows(5, 1);
    const fixed = await uploadAndPreview(regie, "lijst.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(fixed.preview.errorCount).toBe(0);
    expect((await startAndWait(regie, fixed.id)).status).toMatchObject({ status: "done", created: 2 });
    const [moskee] = await actorsOf(A, { name: "Moskee Al Nour" });
    expect(moskee).toMatchObject({ kind: "religious", postcode: "9000", lat: 51.06, lng: 3.73 });
  });
});

describe("geocoding", () => {
  it("geocodes imported rows with an address and no point through the configured Nominatim server", async () => {
    setGeocoder(geocoder.url);
    try {
      const regie = partners(A.users.regie, A);
      geocoder.requests.length = 0;
      const { id } = await uploadAndPreview(
        regie,
        "adressen.csv",
        csv([
          "Naam;Straat;Huisnummer;Postcode;Gemeente;Breedtegraad;Lengtegraad",
          "Buurtrestaurant De Pot;Kerkstraat;1;9000;Gent;;",
          "Onvindbaar Huis;Onbekendstraat;99;9000;Gent;;",
          "Met Punt;Markt;1;9000;Gent;51,1;3,8",
        ]),
      );
      expect((await startAndWait(regie, id)).status.status).toBe("done");
      await waitUntil(async () => (await actorsOf(A, { name: "Buurtrestaurant De Pot" }))[0]?.lat != null, 15_000, "geocoding");
      const [pot] = await actorsOf(A, { name: "Buurtrestaurant De Pot" });
      expect(pot).toMatchObject({ lat: 51.0543, lng: 3.7174, locationSource: "geocoder", version: 2 });
      const change = await ownerDb().partnersActorChange.findFirst({ where: { actorId: pot?.id, kind: "updated" } });
      expect(change?.fields).toEqual({ lat: [null, 51.0543], lng: [null, 3.7174] });
      await waitUntil(() => geocoder.requests.length >= 2, 10_000, "both requests");
      await sleep(300);
      // Two rows had an address and no point; the one with a point was not sent.
      expect(geocoder.requests.map((r) => r.q).sort()).toEqual(["Kerkstraat 1, 9000 Gent", "Onbekendstraat 99, 9000 Gent"]);
      expect(geocoder.requests.every((r) => r.format === "jsonv2" && r.countrycodes === "be" && r.userAgent?.startsWith("Zorgzaam"))).toBe(
        true,
      );
      expect((await actorsOf(A, { name: "Onvindbaar Huis" }))[0]).toMatchObject({ lat: null, locationSource: null });
      expect((await actorsOf(A, { name: "Met Punt" }))[0]).toMatchObject({ lat: 51.1, locationSource: "import" });
    } finally {
      setGeocoder(undefined);
    }
  });

  it("geocodes an actor created on its page (geocodeLater), and does nothing when switched off or without a geocoder", async () => {
    const regie = partners(A.users.regie, A);
    setGeocoder(geocoder.url);
    try {
      const { id } = await regie.actors.create({ name: "Apotheek Centrum", kind: "business", address: "Veldstraat 10", city: "Gent" });
      await waitUntil(
        async () => (await ownerDb().partnersActor.findUniqueOrThrow({ where: { id } })).lat !== null,
        15_000,
        "geocodeLater",
      );
      expect(await ownerDb().partnersActor.findUniqueOrThrow({ where: { id } })).toMatchObject({ locationSource: "geocoder" });

      // The module setting "geocode" off: nothing is asked.
      await ownerDb().tenantModule.update({
        where: { tenantId_moduleId: { tenantId: A.id, moduleId: "partners" } },
        data: { settings: { geocode: false } },
      });
      geocoder.requests.length = 0;
      const off = await regie.actors.create({ name: "Bakkerij Noord", kind: "business", address: "Noordstraat 2", city: "Gent" });
      // Even a job enqueued directly respects the setting.
      const direct = await waitForJob(await enqueue(geocodeJob, { actorIds: [off.id] }, { tenantId: A.id }));
      expect(direct.result).toMatchObject({ geocoded: 0, reason: "geocoding is switched off" });
      await sleep(500);
      expect(geocoder.requests).toHaveLength(0);
      expect((await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: off.id } })).lat).toBeNull();
    } finally {
      await ownerDb().tenantModule.update({
        where: { tenantId_moduleId: { tenantId: A.id, moduleId: "partners" } },
        data: { settings: {} },
      });
      setGeocoder(undefined);
    }
    // No geocoder configured: nothing is enqueued or asked; people place the point on the map.
    geocoder.requests.length = 0;
    const none = await regie.actors.create({ name: "Kapsalon Zuid", kind: "business", address: "Zuidstraat 3", city: "Gent" });
    const jobs = await getQueue().getJobs(["waiting", "delayed", "active", "completed"]);
    expect(
      jobs.filter((j) => j.name === "partners.geocode" && (j.data.payload as { actorIds: string[] }).actorIds.includes(none.id)),
    ).toHaveLength(0);
    await sleep(300);
    expect(geocoder.requests).toHaveLength(0);
  });

  it("retries when the geocoder is down, without asking again for what it already found", async () => {
    setGeocoder(geocoder.url);
    const ids = [(await makeActor(A.id, { name: "Eerste adres" })).id, (await makeActor(A.id, { name: "Tweede adres" })).id];
    await ownerDb().partnersActor.updateMany({ where: { id: { in: ids } }, data: { address: "Molenstraat 5", city: "Gent" } });
    await ownerDb().partnersActor.update({ where: { id: ids[1] }, data: { address: "Stationsstraat 1" } });
    const answer = geocoder.answer;
    try {
      geocoder.requests.length = 0;
      // Down for the second address: the job fails after saving the first.
      geocoder.answer = (q) => (q.startsWith("Stationsstraat") ? 503 : { lat: 51.01, lng: 3.71 });
      const ctx = (attempt: number) => ({
        tenantId: A.id,
        jobId: "test",
        attempt,
        updateProgress: async () => {},
        withTenantDb: <R>(fn: Parameters<typeof withDbContext<R>>[1]) => withDbContext({ tenantId: A.id }, fn),
        // The geocoding job enqueues nothing; a call here would be a bug in the test's premise.
        enqueue: async () => {
          throw new Error("the geocoding job does not enqueue");
        },
      });
      expect(await messageOf(geocodeJob.handler(ctx(1), { actorIds: ids }))).toMatch(/HTTP 503/);
      const first = await ownerDb().partnersActor.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" } });
      expect(first.map((a) => a.lat)).toEqual([51.01, null]);
      geocoder.answer = () => ({ lat: 51.02, lng: 3.72 });
      geocoder.requests.length = 0;
      expect(await geocodeJob.handler(ctx(2), { actorIds: ids })).toEqual({ geocoded: 1, notFound: 0 });
      expect(geocoder.requests.map((r) => r.q)).toEqual(["Stationsstraat 1, Gent"]);
      const second = await ownerDb().partnersActor.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" } });
      expect(second.map((a) => a.lat)).toEqual([51.01, 51.02]);
    } finally {
      geocoder.answer = answer;
      setGeocoder(undefined);
    }
  });
});

describe("HSDS", () => {
  it("round trip: export organisations and services of one tenant, import them into another with what fits", async () => {
    const S = await createTenant({ tag: "hsds-src" });
    const D = await createTenant({ tag: "hsds-dst" });
    await Promise.all([setEnabled(S.id, true), setEnabled(D.id, true)]);
    const db = ownerDb();
    const ocmw = await db.partnersActor.create({
      data: {
        tenantId: S.id,
        name: "OCMW Zonnedal",
        kind: "organisation",
        address: "Markt 1",
        postcode: "9000",
        city: "Gent",
        lat: 51.0543,
        lng: 3.7174,
        website: "https://ocmw.zonnedal.example",
        notes: "Sociaal huis: één loket voor welzijn",
        contacts: [
          { name: "OCMW Zonnedal", role: "", email: "info@ocmw.zonnedal.example", phone: "09 266 00 00" },
          { name: "Sofie Maes", role: "maatschappelijk werker", email: "sofie@ocmw.zonnedal.example", phone: "" },
        ],
        languages: ["nl", "fr"],
      },
    });
    const kruidenier = await db.partnersActor.create({
      data: {
        tenantId: S.id,
        name: "Sociale kruidenier",
        kind: "service",
        address: "Dorpsstraat 3",
        postcode: "9000",
        city: "Gent",
        languages: ["nl"],
      },
    });
    await db.partnersActor.create({ data: { tenantId: S.id, name: "Schuldbemiddeling Gent", kind: "service", notes: "Op afspraak" } });
    await db.partnersLink.create({ data: { tenantId: S.id, fromActorId: kruidenier.id, toActorId: ocmw.id, type: "member_of" } });
    // Not formal organisations or services: left out of HSDS.
    await db.partnersActor.create({ data: { tenantId: S.id, name: "Buurtmoeder Fatima", kind: "key_figure", formal: false } });
    await db.partnersActor.create({ data: { tenantId: S.id, name: "Moestuinploeg", kind: "citizen_initiative", formal: false } });

    const file = await partners(S.users.regie, S).transfer.export({ format: "hsds", filters: { missing: "include" } });
    expect(file).toMatchObject({
      fileName: expect.stringMatching(/^partners-hsds-\d{4}-\d{2}-\d{2}\.zip$/),
      contentType: "application/zip",
      count: 3,
    });
    const { unzipSync, strFromU8 } = await import("fflate");
    const files = unzipSync(new Uint8Array(Buffer.from(file.base64, "base64")));
    const dp = JSON.parse(strFromU8(files["datapackage.json"] as Uint8Array));
    expect(dp.resources.map((r: { name: string }) => r.name)).toEqual([
      "organization",
      "service",
      "location",
      "address",
      "phone",
      "contact",
      "service_at_location",
      "language",
      "taxonomy",
      "taxonomy_term",
      "attribute",
      "schedule",
    ]);
    expect(dp.resources[0].schema.fields.map((f: { name: string }) => f.name)).toContain("website");
    for (const r of dp.resources) expect(files[r.path], r.path).toBeDefined();

    const dst = partners(D.users.regie, D);
    const { id, got, preview } = await uploadAndPreview(dst, file.fileName, new Uint8Array(Buffer.from(file.base64, "base64")));
    expect(got.format).toBe("hsds");
    expect(preview).toMatchObject({ totalRows: 3, errorCount: 0, duplicateCount: 0 });
    expect((await startAndWait(dst, id)).status).toMatchObject({ status: "done", created: 3 });

    const imported = await actorsOf(D);
    expect(imported.map((a) => [a.name, a.kind, a.source])).toEqual([
      ["OCMW Zonnedal", "organisation", "hsds"],
      ["Schuldbemiddeling Gent", "service", "hsds"],
      ["Sociale kruidenier", "service", "hsds"],
    ]);
    const o = imported.find((a) => a.name === "OCMW Zonnedal");
    expect(o).toMatchObject({
      address: "Markt 1",
      postcode: "9000",
      city: "Gent",
      lat: 51.0543,
      lng: 3.7174,
      website: "https://ocmw.zonnedal.example",
      notes: "Sociaal huis: één loket voor welzijn",
      languages: ["nl", "fr"],
      externalId: ocmw.id,
      organisationId: D.organisations[0].id,
    });
    expect(o?.contacts).toEqual(ocmw.contacts);
    const k = imported.find((a) => a.name === "Sociale kruidenier");
    expect(k).toMatchObject({ address: "Dorpsstraat 3", languages: ["nl"], externalId: kruidenier.id });
    const links = await db.partnersLink.findMany({ where: { tenantId: D.id } });
    expect(links.map((l) => [l.fromActorId, l.toActorId, l.type])).toEqual([[k?.id, o?.id, "member_of"]]);

    // Importing the same package again finds every actor again by its HSDS id.
    const again = await uploadAndPreview(dst, file.fileName, new Uint8Array(Buffer.from(file.base64, "base64")));
    expect(again.preview.duplicates.items.map((d) => [d.name, d.score, d.matchId])).toEqual([
      ["OCMW Zonnedal", 1, o?.id],
      ["Schuldbemiddeling Gent", 1, imported.find((a) => a.name === "Schuldbemiddeling Gent")?.id],
      ["Sociale kruidenier", 1, k?.id],
    ]);
    expect((await startAndWait(dst, again.id)).status).toMatchObject({ created: 0, skipped: 3 });
  });
});

describe("exports", () => {
  it("respect the caller's view and the filters, coarsen key figures, and are audited", async () => {
    const E = await createTenant({ tag: "transfer-export" });
    await setEnabled(E.id, true);
    const regieY = await createMember(E, { roles: ["regie"], organisationId: E.organisations[1].id, tag: "regie-y" });
    await makeActor(E.id, { name: "Open school", kind: "school", lat: 51.01, lng: 3.7 });
    const secret = await makeActor(E.id, { name: "Project X", organisationId: E.organisations[0].id, visibility: "organisation" });
    const shared = await makeActor(E.id, {
      name: "Gedeelde dienst",
      kind: "service",
      organisationId: E.organisations[0].id,
      lat: 51.02,
      lng: 3.71,
    });
    const kf = await makeActor(E.id, { name: "De imam van de wijk", kind: "key_figure", lat: 51.0234567, lng: 3.7123456 });
    await ownerDb().partnersActor.update({ where: { id: kf.id }, data: { address: "Thuisadres 1", notes: "privé" } });
    await ownerDb().partnersLink.create({ data: { tenantId: E.id, fromActorId: secret.id, toActorId: shared.id, type: "works_with" } });
    await ownerDb().partnersLink.create({ data: { tenantId: E.id, fromActorId: kf.id, toActorId: shared.id, type: "gives_access_to" } });

    const text = (f: { base64: string }) => Buffer.from(f.base64, "base64").toString("utf8");
    const x = partners(E.users.regie, E);
    const y = partners(regieY, E);
    const all = { missing: "include" as const };

    const elX = await x.transfer.export({ format: "elements", filters: all });
    const elY = await y.transfer.export({ format: "elements", filters: all });
    expect(elX.count).toBe(4);
    expect(elY.count).toBe(3);
    expect(text(elX)).toContain("Project X");
    expect(text(elY)).not.toContain("Project X");
    expect(text(elX).charCodeAt(0)).toBe(0xfeff);
    expect(text(elX).split("\r\n")[0] ?? text(elX).split("\n")[0]).toMatch(/^\ufeff"ID","Label","Type","Description","Tags"/);
    // Key figure: coarsened point, no address or notes, even for a member who may see key figures' details.
    expect(text(elX)).toContain(String(coarsen(51.0234567)));
    expect(text(elX)).not.toContain("51.0234567");
    expect(text(elX)).not.toContain("Thuisadres");
    expect(text(elX)).not.toContain("privé");

    const conX = await x.transfer.export({ format: "connections", filters: all });
    const conY = await y.transfer.export({ format: "connections", filters: all });
    expect(conX.count).toBe(2);
    expect(conY.count).toBe(1);
    expect(text(conY)).not.toContain(secret.id);

    const geo = JSON.parse(text(await x.transfer.export({ format: "geojson", filters: all })));
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features).toHaveLength(3);
    const kfFeature = geo.features.find((f: { id: string }) => f.id === kf.id);
    expect(kfFeature.geometry.coordinates).toEqual([coarsen(3.7123456), coarsen(51.0234567)]);
    expect(kfFeature.properties).toMatchObject({ address: null, coarsened: true, kindLabel: "Sleutelfiguur" });

    // The shared filters apply.
    const schools = await x.transfer.export({ format: "elements", filters: { missing: "include", kinds: ["school"] } });
    expect(schools.count).toBe(1);
    expect(text(schools)).toContain("Open school");

    const audit = await ownerDb().auditEvent.findMany({ where: { tenantId: E.id, action: "partners.network.exported" } });
    expect(audit).toHaveLength(6);
  });
});

describe("access", () => {
  it("answers NOT_FOUND for another tenant's or another organisation's import, and when the module is off", async () => {
    const regieA = partners(A.users.regie, A);
    const { id } = await regieA.transfer.upload({ fileName: "a.csv", contentBase64: b64(csv(["Naam", "Iets"])) });
    const regieB = partners(B.users.regie, B);
    const otherOrg = partners(await createMember(A, { roles: ["regie"], organisationId: A.organisations[1].id, tag: "regie-other" }), A);
    let cells = 0;
    for (const api of [regieB, otherOrg]) {
      for (const call of [
        () => api.transfer.get({ id }),
        () => api.transfer.status({ id }),
        () => api.transfer.issues({ id, list: "errors" }),
        () => api.transfer.start({ id }),
        () => api.transfer.decide({ id, all: "skip" }),
        () =>
          api.transfer.preview({
            id,
            mapping: {
              columns: { name: 0 },
              values: { kind: {}, sectors: {}, status: {} },
              defaults: { kind: "organisation", status: "not_contacted", sectors: [] },
            },
          }),
      ]) {
        expect(await codeOf(call())).toBe("NOT_FOUND");
        cells++;
      }
    }
    expect(cells).toBe(12);
    expect((await regieB.transfer.list()).map((i) => i.id)).not.toContain(id);
    expect((await ownerDb().partnersImport.findUniqueOrThrow({ where: { id } })).status).toBe("uploaded");
    // A field worker has no transfer permission.
    expect(await codeOf(partners(A.users.field_worker, A).transfer.list())).toBe("FORBIDDEN");

    const Off = await createTenant({ tag: "transfer-off" });
    await setEnabled(Off.id, false);
    expect(await codeOf(partners(Off.users.regie, Off).transfer.list())).toBe("NOT_FOUND");
    expect(
      await codeOf(partners(Off.users.regie, Off).transfer.upload({ fileName: "a.csv", contentBase64: b64(csv(["Naam", "X"])) })),
    ).toBe("NOT_FOUND");
  });

  it("skips a queued import while the module is off, imports nothing, and lets it be started again", async () => {
    const M = await createTenant({ tag: "transfer-toggle" });
    await setEnabled(M.id, true);
    const regie = partners(M.users.regie, M);
    const { id } = await uploadAndPreview(regie, "a.csv", csv(["Naam", "Wijkcomité Noord"]));
    // Queued as "start" does, then the module is switched off before a worker takes the job.
    await ownerDb().partnersImport.update({ where: { id }, data: { status: "queued" } });
    await setEnabled(M.id, false);
    const done = await waitForJob(await enqueue(importJob, { importId: id }, { tenantId: M.id }));
    expect(done.result).toMatchObject({ skipped: true });
    expect(await ownerDb().partnersActor.count({ where: { tenantId: M.id } })).toBe(0);

    await ownerDb().partnersImport.update({ where: { id }, data: { status: "previewed" } });
    await setEnabled(M.id, true);
    await regie.transfer.start({ id });
    await setEnabled(M.id, false);
    const { jobId } = await ownerDb().partnersImport.findUniqueOrThrow({ where: { id } });
    await waitForJob(jobId ?? "");
    await setEnabled(M.id, true);
    const st = await regie.transfer.status({ id });
    if (st.status === "previewed") expect(st.message).toBe(nlText("partners.transfer.moduleWasOff"));
    else expect(st.status).toBe("done"); // the worker was faster than the switch
    if (st.status === "previewed") expect((await startAndWait(regie, id)).status.status).toBe("done");
    expect(await ownerDb().partnersActor.count({ where: { tenantId: M.id } })).toBe(1);
  });
});
