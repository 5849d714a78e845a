import { isModuleEnabledFor, startWorker, type WorkerHandle } from "@zorgzaam/core";
import { isolateQueuePrefix } from "@zorgzaam/core/testing";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nlText } from "./errors";
import { closeAll, createTenant, makeActor, messageOf, ownerDb, partners, setEnabled, type TenantFixture } from "./test-support";
import { uploadAndPreview } from "./transfer/test-helpers";

/**
 * Issue 10's import: importing only the rows without a problem and getting the others back as a file with the reason
 * per row (in the reader's language), ignoring or mapping unknown values once, "missing place" values and columns,
 * the kind column found by its values, the synonyms per language, neighbourhoods filled on update, and what the HSDS
 * export carries (sectors as a taxonomy, opening hours, labels) and reads back.
 */
isolateQueuePrefix("partners-transfer-rows");

const csv = (lines: string[], encoding = "utf8") => new Uint8Array(iconv.encode(lines.join("\r\n"), encoding));
const rowsOf = (base64: string, delimiter = ";") =>
  parse(Buffer.from(base64, "base64").toString("utf8"), { bom: true, delimiter, relax_column_count: true }) as string[][];

let worker: WorkerHandle;
let A: TenantFixture;

beforeAll(async () => {
  worker = startWorker({ concurrency: 2, isJobAllowed: isModuleEnabledFor });
  await worker.ready();
  A = await createTenant({ tag: "transfer-rows" });
  await setEnabled(A.id, true);
});

afterAll(async () => {
  await worker?.close({ force: true });
  await closeAll();
});

const actorsOf = (tenant: TenantFixture, where: object = {}) =>
  ownerDb().partnersActor.findMany({ where: { tenantId: tenant.id, ...where }, orderBy: { name: "asc" } });

const MIXED = (tag: string) => [
  "Naam;Soort;Breedtegraad;Lengtegraad;E-mail",
  `Goed een ${tag};vereniging;;;`,
  `;vereniging;;;`,
  `Te ver ${tag};vereniging;200;4;`,
  `Goed twee ${tag};winkel;;;`,
  `Kapper ${tag};kapsalon;;;jos-at-kapper`,
  `Goed drie ${tag};school;;;`,
];

describe("valid rows only", () => {
  it("imports nothing while rows have a problem and the user did not choose; exactly the good rows when asked", async () => {
    const regie = partners(A.users.regie, A);
    const { id, preview } = await uploadAndPreview(regie, "gemengd.csv", csv(MIXED("m1")));
    expect(preview).toMatchObject({ totalRows: 6, valid: 3, invalidRows: 3, errorCount: 4 });

    // Not asked: refused, nothing written.
    expect(await messageOf(regie.transfer.start({ id }))).toBe(nlText("partners.transfer.hasErrors", { count: 4 }));
    expect(await actorsOf(A, { name: { contains: "m1" } })).toHaveLength(0);
    expect((await ownerDb().partnersImport.findUniqueOrThrow({ where: { id } })).status).toBe("previewed");

    // Asked: the three good rows, nothing else; the other three are kept to hand back.
    await regie.transfer.start({ id, skipInvalid: true });
    const done = await waitDone(regie, id);
    expect(done).toMatchObject({ status: "done", created: 3, invalidRows: 3, rejected: 3 });
    const names = (await actorsOf(A, { name: { contains: "m1" } })).map((a) => a.name);
    expect(names).toEqual(["Goed drie m1", "Goed een m1", "Goed twee m1"]);
    const imp = await ownerDb().partnersImport.findUniqueOrThrow({ where: { id } });
    expect(imp).toMatchObject({ skipInvalid: true, invalidRows: 3, file: null });
    const audit = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: A.id, targetId: id, action: "partners.import.started" },
    });
    expect(audit.data).toMatchObject({ skipInvalid: true });
  });

  it("hands the rejected rows back as a file with the reason per row, in the reader's language", async () => {
    const regie = partners(A.users.regie, A);
    const { id } = await uploadAndPreview(regie, "gemengd.csv", csv(MIXED("m2")));
    // Before the import already (to fix while the rest goes in) ...
    const nl = await regie.transfer.rejected({ id });
    expect(nl).toMatchObject({ fileName: "gemengd-niet-geimporteerd.csv", count: 3 });
    const nlRows = rowsOf(nl.base64);
    expect(nlRows[0]).toEqual(["Rij", "Reden", "Naam", "Soort", "Breedtegraad", "Lengtegraad", "E-mail"]);
    expect(nlRows.map((r) => r[0])).toEqual(["Rij", "3", "4", "6"]);
    expect(nlRows[1]?.[1]).toBe(`Naam: ${nlText("partners.transfer.row.nameMissing")}`);
    expect(nlRows[3]?.slice(2)).toEqual([`Kapper m2`, "kapsalon", "", "", "jos-at-kapper"]);
    expect(nlRows[3]?.[1]).toContain("kapsalon");
    expect(nlRows[3]?.[1]).toContain("E-mail:");

    // ... and after it, in French for a French reader.
    await regie.transfer.start({ id, skipInvalid: true });
    await waitDone(regie, id);
    const fr = await partners(A.users.regie, A, { locale: "fr" }).transfer.rejected({ id });
    expect(fr.fileName).toBe("gemengd-non-importees.csv");
    const frRows = rowsOf(fr.base64);
    expect(frRows[0]?.slice(0, 3)).toEqual(["Ligne", "Raison", "Naam"]);
    expect(frRows[1]?.[1]).not.toBe(nlRows[1]?.[1]);
    expect(frRows[1]?.[1]).toMatch(/^Naam: .*nom/i);
    expect(
      frRows
        .slice(1)
        .map((r) => r[1])
        .every((reason) => Boolean(reason)),
    ).toBe(true);
    const downloads = await ownerDb().auditEvent.count({
      where: { tenantId: A.id, targetId: id, action: "partners.import.rejectedDownloaded" },
    });
    expect(downloads).toBe(2);
  });

  it("refuses to skip when no row is good, and says there is nothing to hand back for a clean file", async () => {
    const regie = partners(A.users.regie, A);
    const bad = await uploadAndPreview(regie, "slecht.csv", csv(["Naam;Breedtegraad;Lengtegraad", "Een;200;4", "Twee;300;4"]));
    expect(await messageOf(regie.transfer.start({ id: bad.id, skipInvalid: true }))).toBe(nlText("partners.transfer.nothingValid"));
    const clean = await uploadAndPreview(regie, "schoon.csv", csv(["Naam", "Schoon m3"]));
    expect(await messageOf(regie.transfer.rejected({ id: clean.id }))).toBe(nlText("partners.transfer.noRejected"));
    // Skipping asked on a clean file changes nothing: it imports, and records no choice.
    await regie.transfer.start({ id: clean.id, skipInvalid: true });
    expect(await waitDone(regie, clean.id)).toMatchObject({ status: "done", created: 1, invalidRows: 0 });
    expect((await ownerDb().partnersImport.findUniqueOrThrow({ where: { id: clean.id } })).skipInvalid).toBe(false);
  });
});

describe("values", () => {
  it("recognises the synonyms of each language for kinds, sectors and relationships", async () => {
    const regie = partners(A.users.regie, A);
    const { id, preview } = await uploadAndPreview(
      regie,
      "synoniemen.csv",
      csv([
        "Naam;Soort;Sector;Relatie",
        "Bakkerij s1;handelaar;handelaar;af en toe",
        "Krantenwinkel s1;Winkel;winkels;intensief",
        "Épicerie s1;commerce;commerce;en sommeil",
        "Corner shop s1;shop;shops;not contacted",
        "Moskee s1;mosquée;religie;partenaire",
      ]),
    );
    expect(preview).toMatchObject({ errorCount: 0, valid: 5 });
    await regie.transfer.start({ id });
    await waitDone(regie, id);
    const rows = await actorsOf(A, { name: { endsWith: " s1" } });
    const got = rows.map((a) => [a.name, a.kind, a.sectorKeys, a.status]).sort((x, y) => String(x[0]).localeCompare(String(y[0]), "nl"));
    expect(got).toEqual([
      ["Bakkerij s1", "business", ["shops"], "occasional"],
      ["Corner shop s1", "business", ["shops"], "not_contacted"],
      ["Épicerie s1", "business", ["shops"], "dormant"],
      ["Krantenwinkel s1", "business", ["shops"], "intensive"],
      ["Moskee s1", "religious", ["religion"], "intensive"],
    ]);
  });

  it("maps the kind column (by its name or, unnamed, by its values) instead of giving every row the default kind", async () => {
    const regie = partners(A.users.regie, A);
    const byName = await uploadAndPreview(regie, "aard.csv", csv(["Naam;Aard", "School k1;basisschool", "Club k1;vzw"]));
    expect(byName.got.mapping.columns.kind).toBe(1);
    const byValues = await uploadAndPreview(
      regie,
      "wat.csv",
      csv(["Naam;Wat is het;Gemeente", "Bakker k2;winkel;Gent", "Klas k2;school;Gent", "Park k2;plein;Gent", "Club k2;vzw;Gent"]),
    );
    expect(byValues.got.mapping.columns).toMatchObject({ name: 0, kind: 1, city: 2 });
    expect(byValues.preview.errorCount).toBe(0);
    await regie.transfer.start({ id: byValues.id });
    await waitDone(regie, byValues.id);
    const kinds = (await actorsOf(A, { name: { endsWith: " k2" } })).map((a) => [a.name, a.kind]);
    expect(kinds).toEqual([
      ["Bakker k2", "business"],
      ["Club k2", "association"],
      ["Klas k2", "school"],
      ["Park k2", "place"],
    ]);
  });

  it("lets unknown values be ignored or mapped once for every row", async () => {
    const regie = partners(A.users.regie, A);
    const lines = [
      "Naam;Soort;Sector;Relatie",
      "Salon i1;kapsalon;haartooi;vaag",
      "Salon i2;kapsalon;haartooi;vaag",
      "Tuin i3;moestuin;groen;vaag",
    ];
    const first = await uploadAndPreview(regie, "onbekend.csv", csv(lines));
    expect(first.preview.unknownValues).toEqual({ kind: ["kapsalon", "moestuin"], sectors: ["haartooi", "groen"], status: ["vaag"] });
    const { id, preview } = await uploadAndPreview(regie, "onbekend.csv", csv(lines), (m) => {
      m.values.kind = { kapsalon: "business", moestuin: "_ignore" };
      m.values.sectors = { haartooi: "shops", groen: "_ignore" };
      m.values.status = { vaag: "_ignore" };
      m.defaults.kind = "place";
      m.defaults.status = "occasional";
    });
    expect(preview).toMatchObject({ errorCount: 0, valid: 3 });
    await regie.transfer.start({ id });
    await waitDone(regie, id);
    const rows = await actorsOf(A, { name: { in: ["Salon i1", "Salon i2", "Tuin i3"] } });
    expect(rows.map((a) => [a.name, a.kind, a.sectorKeys, a.status])).toEqual([
      ["Salon i1", "business", ["shops"], "occasional"],
      ["Salon i2", "business", ["shops"], "occasional"],
      ["Tuin i3", "place", [], "occasional"],
    ]);
  });

  it("recognises a missing place by a kind value or by a column of its own", async () => {
    const regie = partners(A.users.regie, A);
    const { id, got, preview } = await uploadAndPreview(
      regie,
      "ontbrekend.csv",
      csv([
        "Naam;Soort;Gesloten sinds",
        "Bankkantoor p1;organisatie;gesloten in 2023",
        "Wassalon p1;ontbrekende plek;",
        "Postkantoor p1;lieu manquant;oui",
        "Bibliotheek p1;bibliotheek;nee",
      ]),
    );
    expect(got.mapping.columns).toMatchObject({ kind: 1, missing: 2 });
    expect(preview.errorCount).toBe(0);
    await regie.transfer.start({ id });
    await waitDone(regie, id);
    const rows = await actorsOf(A, { name: { endsWith: " p1" } });
    expect(rows.map((a) => [a.name, a.kind, a.missing, a.missingNote, a.formal])).toEqual([
      ["Bankkantoor p1", "organisation", true, "gesloten in 2023", true],
      ["Bibliotheek p1", "place", false, null, false],
      ["Postkantoor p1", "place", true, null, false],
      ["Wassalon p1", "place", true, null, false],
    ]);
  });
});

describe("updates", () => {
  it("fills the neighbourhoods of an existing actor from its point, like a new one", async () => {
    const T = await createTenant({ tag: "transfer-nbh" });
    await setEnabled(T.id, true);
    const square = {
      type: "Polygon",
      coordinates: [
        [
          [3.7, 51.04],
          [3.74, 51.04],
          [3.74, 51.07],
          [3.7, 51.07],
          [3.7, 51.04],
        ],
      ],
    };
    await ownerDb().neighbourhood.update({ where: { id: T.neighbourhoods[0].id }, data: { boundary: square } });
    const old = await makeActor(T.id, { name: "Buurthuis u1", organisationId: T.organisations[0].id });
    const regie = partners(T.users.regie, T);
    const { id, preview } = await uploadAndPreview(
      regie,
      "update.csv",
      csv(["Naam;Breedtegraad;Lengtegraad", "Buurthuis u1;51,0543;3,7174", "Nieuw u1;51,0543;3,7174"]),
    );
    expect(preview.duplicates.items.map((d) => d.matchId)).toEqual([old.id]);
    await regie.transfer.decide({ id, all: "update" });
    await regie.transfer.start({ id });
    expect(await waitDone(regie, id)).toMatchObject({ created: 1, updated: 1 });
    const rows = await actorsOf(T);
    expect(rows.map((a) => [a.name, a.neighbourhoodIds])).toEqual([
      ["Buurthuis u1", [T.neighbourhoods[0].id]],
      ["Nieuw u1", [T.neighbourhoods[0].id]],
    ]);
    const change = await ownerDb().partnersActorChange.findFirstOrThrow({ where: { actorId: old.id, kind: "imported" } });
    expect(Object.keys(change.fields as object)).toEqual(expect.arrayContaining(["lat", "lng", "neighbourhoodIds"]));
  });
});

describe("HSDS export", () => {
  it("carries sectors as a taxonomy, opening hours as schedules and labels, and an import reads them back", async () => {
    const T = await createTenant({ tag: "hsds-terms" });
    const U = await createTenant({ tag: "hsds-terms-in" });
    await Promise.all([setEnabled(T.id, true), setEnabled(U.id, true)]);
    const org = await ownerDb().partnersActor.create({
      data: {
        tenantId: T.id,
        name: "Sociaal huis h1",
        kind: "organisation",
        sectorKeys: ["welfare", "housing"],
        tags: ["loket", "ocmw"],
        openingHours: "ma-vr 9-12 u",
        organisationId: T.organisations[0].id,
      },
    });
    await ownerDb().partnersActor.create({
      data: {
        tenantId: T.id,
        name: "Thuiszorg h1",
        kind: "service",
        sectorKeys: ["health"],
        openingHours: "elke dag 8-20 u",
        address: "Markt 1",
        city: "Gent",
        organisationId: T.organisations[0].id,
      },
    });
    const file = await partners(T.users.regie, T, { locale: "fr" }).transfer.export({ format: "hsds", filters: {}, locale: "fr" });
    const files = unzipSync(new Uint8Array(Buffer.from(file.base64, "base64")));
    const table = (name: string) => {
      const [header, ...rows] = parse(strFromU8(files[name] ?? new Uint8Array()), { bom: true }) as string[][];
      return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ""])));
    };
    const datapackage = JSON.parse(strFromU8(files["datapackage.json"] ?? new Uint8Array())) as { resources: { name: string }[] };
    expect(datapackage.resources.map((r) => r.name)).toEqual(
      expect.arrayContaining(["taxonomy", "taxonomy_term", "attribute", "schedule"]),
    );
    expect(table("taxonomies.csv").map((t) => t.name)).toEqual(["Zorgzaam sectors", "Zorgzaam labels"]);
    const terms = table("taxonomy_terms.csv");
    expect(terms.map((t) => [t.code, t.name, t.language]).sort()).toEqual([
      ["health", "Santé et soins", "fr"],
      ["housing", "Logement", "fr"],
      ["loket", "loket", "fr"],
      ["ocmw", "ocmw", "fr"],
      ["welfare", "Bien-être social", "fr"],
    ]);
    const attrs = table("attributes.csv");
    const ofOrg = attrs.filter((a) => a.link_id === org.id);
    expect(ofOrg.map((a) => [a.link_type, a.link_entity, terms.find((t) => t.id === a.taxonomy_term_id)?.code]).sort()).toEqual([
      ["sector", "organization", "housing"],
      ["sector", "organization", "welfare"],
      ["tag", "organization", "loket"],
      ["tag", "organization", "ocmw"],
    ]);
    const schedules = table("schedules.csv");
    expect(schedules.map((s) => s.description).sort()).toEqual(["elke dag 8-20 u", "ma-vr 9-12 u"]);
    expect(schedules.find((s) => s.description === "ma-vr 9-12 u")?.location_id).toBe(org.id);
    expect(table("locations.csv").map((l) => l.id)).toContain(org.id);

    // Read back into another tenant: sectors, labels and opening hours come along.
    const regieU = partners(U.users.regie, U);
    const { id, preview } = await uploadAndPreview(regieU, file.fileName, new Uint8Array(Buffer.from(file.base64, "base64")));
    expect(preview.errorCount).toBe(0);
    await regieU.transfer.start({ id });
    await waitDone(regieU, id);
    const rows = await actorsOf(U);
    expect(rows.map((a) => [a.name, a.kind, [...a.sectorKeys].sort(), [...a.tags].sort(), a.openingHours])).toEqual([
      ["Sociaal huis h1", "organisation", ["housing", "welfare"], ["loket", "ocmw"], "ma-vr 9-12 u"],
      ["Thuiszorg h1", "service", ["health"], [], "elke dag 8-20 u"],
    ]);
  });
});

async function waitDone(api: ReturnType<typeof partners>, id: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const s = await api.transfer.status({ id });
    if (s.status === "done" || s.status === "failed") return s;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${s.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
