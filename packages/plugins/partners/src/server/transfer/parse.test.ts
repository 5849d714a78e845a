import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { DEFAULT_SECTORS } from "../../domain";
import { detectDelimiter, readCsv } from "./csv";
import { decodeText } from "./decode";
import { DuplicateIndex, addressKey, nameKey } from "./dedupe";
import { nlText } from "../errors";
import { fieldForHeader, proposeColumns } from "./fields";
import { hsdsDrafts } from "./hsds-read";
import { writeHsds } from "./hsds-write";
import { importMapping } from "./mapping";
import { mapRows } from "./rows";
import { detectFormat, readTable } from "./source";
import { FileProblem } from "./table";
import { booleanOf, numberOf, sectorMatcher, websiteOf } from "./values";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../test-data/${name}`, import.meta.url))));
const recognised = (c: string) => fieldForHeader(c) !== null;
const sectors = sectorMatcher(DEFAULT_SECTORS.map((s) => ({ key: s.key, labelNl: s.nl, labelFr: s.fr, labelEn: s.en })));

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FileProblem) return e.message;
    throw e;
  }
  return "";
}

describe("reading text files", () => {
  it("reads a Windows-1252 file with accents, finds ';' and the header below a title line", () => {
    const { table, encoding, delimiter } = readCsv(fixture("verenigingen-cp1252.csv"), recognised);
    expect(encoding).toBe("windows-1252");
    expect(delimiter).toBe(";");
    expect(table.headerRow).toBe(2);
    expect(table.headers).toEqual(["Naam", "Soort", "Straat", "Huisnummer", "Postcode", "Gemeente", "Telefoon", "E-mail", "Sector"]);
    expect(table.rows.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    expect(table.rows.map((r) => r.cells[0])).toEqual([
      "Buurthuis Ééntje",
      "Café 't Hoekske",
      "Maison médicale Noël",
      "Leesclub Zoë & Björn",
    ]);
  });

  it("tells UTF-8 with and without a byte order mark from Windows-1252, and UTF-16 with a mark", () => {
    const s = "Naam;Gemeente\nCafé Noël;Liège\n";
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(s)]))).toEqual({ text: s, encoding: "utf-8-bom" });
    expect(decodeText(new Uint8Array(Buffer.from(s)))).toEqual({ text: s, encoding: "utf-8" });
    expect(decodeText(new Uint8Array(iconv.encode(s, "windows-1252")))).toEqual({ text: s, encoding: "windows-1252" });
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...iconv.encode(s, "utf-16le")]))).toEqual({ text: s, encoding: "utf-16le" });
  });

  it("refuses binary files and UTF-16 without a mark as 'not text'", () => {
    expect(problem(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0])))).toBe(nlText("partners.transfer.notText"));
    expect(problem(() => decodeText(new Uint8Array(iconv.encode("Naam;Gemeente\nA;B\n", "utf-16le"))))).toBe(
      nlText("partners.transfer.notText"),
    );
  });

  it("detects the separator from the lines, not from commas inside cells", () => {
    expect(detectDelimiter("Naam;Adres\nDe Kring;Kerkstraat 1, Gent\nX;Y\n")).toBe(";");
    expect(detectDelimiter('name,address\n"De Kring","Kerkstraat 1; Gent"\nX,Y\n')).toBe(",");
    expect(detectDelimiter("naam\tadres\nA\tB\n")).toBe("\t");
  });

  it("refuses a file whose quote is never closed, naming the line", () => {
    const bytes = new Uint8Array(Buffer.from('Naam;Gemeente\n"De Kring;Gent\nX;Y\n'));
    expect(problem(() => readCsv(bytes, recognised))).toMatch(/aanhalingsteken/);
  });

  it("recognises the file type from its bytes", () => {
    expect(detectFormat("lijst.csv", new Uint8Array(Buffer.from("a;b\n1;2\n")))).toBe("csv");
    expect(problem(() => detectFormat("oud.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])))).toBe(
      nlText("partners.transfer.oldExcel"),
    );
    expect(problem(() => detectFormat("leeg.csv", new Uint8Array()))).toBe(nlText("partners.transfer.empty"));
  });
});

describe("mapping and checking rows", () => {
  it("proposes a mapping from Dutch, French and English column names", () => {
    expect(proposeColumns(["Naam", "Straat", "Nr", "Postcode", "Gemeente", "Breedtegraad", "Lengtegraad"])).toEqual({
      name: 0,
      street: 1,
      houseNumber: 2,
      postcode: 3,
      city: 4,
      lat: 5,
      lng: 6,
    });
    expect(proposeColumns(["Nom", "Adresse", "Code postal", "Commune", "Téléphone", "Courriel", "Site web", "Secteur"])).toEqual({
      name: 0,
      address: 1,
      postcode: 2,
      city: 3,
      phone: 4,
      email: 5,
      website: 6,
      sectors: 7,
    });
    expect(proposeColumns(["Name", "Type", "Address", "City", "Latitude", "Longitude", "E-mail"])).toMatchObject({
      name: 0,
      kind: 1,
      address: 2,
      city: 3,
      lat: 4,
      lng: 5,
      email: 6,
    });
  });

  it("maps the fixture's rows to actors with the right kinds, sectors, contacts and text", () => {
    const { table } = readCsv(fixture("verenigingen-cp1252.csv"), recognised);
    const mapping = importMapping.parse({ columns: proposeColumns(table.headers) });
    const { drafts, errors } = mapRows(table, mapping, sectors);
    expect(errors).toEqual([]);
    expect(drafts.map((d) => [d.name, d.kind, d.sectorKeys.join(","), d.address, d.city])).toEqual([
      ["Buurthuis Ééntje", "association", "welfare", "Kerkstraat 12", "Gent"],
      ["Café 't Hoekske", "business", "neighbourhood", "Sint-Pietersnieuwstraat 3", "Gent"],
      ["Maison médicale Noël", "service", "health", "Rue de l'Église 5", "Schaerbeek"],
      ["Leesclub Zoë & Björn", "association", "culture", "Dorpsstraat 7 bus 2", "Gentbrugge"],
    ]);
    expect(drafts[0]?.contacts).toEqual([{ name: "Buurthuis Ééntje", role: "", email: "info@eentje.be", phone: "09 123 45 67" }]);
  });

  it("reports each bad row with its spreadsheet row number and column, and asks about unknown values", () => {
    const csv = [
      "Naam;Soort;Breedtegraad;Lengtegraad;E-mail;Website",
      "Goed;vereniging;50,85;4,35;a@b.be;www.goed.be",
      ";vereniging;;;;",
      "Ver weg;vereniging;200;4;;",
      "CafÃ© Noord;vereniging;;;;",
      "Raar;kapsalon;;;geen-mail;",
      "Sleutel;sleutelfiguur;;;;",
    ].join("\n");
    const { table } = readCsv(new Uint8Array(Buffer.from(csv)), recognised);
    const mapping = importMapping.parse({ columns: proposeColumns(table.headers) });
    const { drafts, errors, unknown } = mapRows(table, mapping, sectors);
    expect(drafts.map((d) => [d.row, d.name, d.lat, d.lng, d.website])).toEqual([[2, "Goed", 50.85, 4.35, "https://www.goed.be"]]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, "Naam"],
      [4, "Breedtegraad"],
      [5, null],
      [6, "Soort"],
      [6, "E-mail"],
      [7, "Soort"],
    ]);
    expect(errors[2]?.message).toContain("CafÃ©");
    expect(errors[5]?.message).toBe(nlText("partners.transfer.row.keyFigure"));
    expect(unknown.kind).toEqual(["kapsalon"]);
    // The user says what "kapsalon" is: the row is fine then.
    const again = mapRows(table, importMapping.parse({ columns: mapping.columns, values: { kind: { kapsalon: "business" } } }), sectors);
    expect(again.drafts.find((d) => d.name === "Raar")).toBeUndefined();
    expect(again.errors.filter((e) => e.row === 6).map((e) => e.column)).toEqual(["E-mail"]);
  });

  it("reads numbers, yes/no and web addresses as people write them", () => {
    expect([numberOf("50,8503"), numberOf(" 4.35 "), numberOf("50°"), numberOf("")]).toEqual([50.8503, 4.35, null, null]);
    expect([booleanOf("Ja"), booleanOf("non"), booleanOf("misschien")]).toEqual([true, false, null]);
    expect([websiteOf("www.gent.be"), websiteOf("http://x.be/a"), websiteOf("geen site")]).toEqual([
      "https://www.gent.be",
      "http://x.be/a",
      null,
    ]);
  });
});

describe("duplicates", () => {
  it("matches names and addresses written differently, not different actors", () => {
    expect(nameKey("Buurthuis De Kring VZW")).toBe("buurthuis kring");
    expect(addressKey("Kerkstr. 12 bus 3")).toBe("kerkstraat 12");
    const index = new DuplicateIndex<string>();
    index.add("kring", { name: "Buurthuis De Kring", address: "Kerkstraat 12", postcode: "9000", city: "Gent", externalId: null });
    index.add("chiro", { name: "Chiro Zonnedal", address: null, postcode: null, city: "Gent", externalId: null });
    const q = (name: string, address: string | null, postcode: string | null = null, city: string | null = null) =>
      index.best({ name, address, postcode, city, externalId: null })?.item ?? null;
    expect(q("Buurthuis de Kring vzw", "Kerkstr. 12", "9000")).toBe("kring");
    expect(q("Buurthuis De Kringg", "Kerkstraat 12")).toBe("kring");
    expect(q("Buurthuis De Kring", "Dorpsstraat 80")).toBeNull();
    expect(q("Buurthuis De Kring", "Kerkstraat 12", "1000")).toBeNull();
    expect(q("Chiro Zonnedal", "Schoolstraat 1", null, "Gent")).toBe("chiro");
    expect(q("Chiro Zonnedal", null, null, "Brussel")).toBeNull();
    expect(q("Scouts Zonnedal", null)).toBeNull();
    expect(q("Buurthuis De Kring", "Kerkstraat 14")).toBeNull();
    index.add("school1", { name: "Basisschool 1", address: null, postcode: null, city: null, externalId: null });
    expect(q("Basisschool 10", null)).toBeNull();
    expect(q("Basisschool 1", null)).toBe("school1");
  });

  it("finds duplicates among 10^4 records quickly (no pairwise comparison)", () => {
    const index = new DuplicateIndex<number>();
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++)
      index.add(i, { name: `Vereniging ${i} Zonnedal`, address: `Straat ${i}`, postcode: null, city: null, externalId: null });
    let found = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        index.best({ name: `Vereniging ${i} Zonnedal`, address: `Straat ${i}`, postcode: null, city: null, externalId: null })?.item === i
      )
        found++;
    expect(found).toBe(10_000);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe("HSDS", () => {
  it("cuts nothing: too many contacts or too long a contact name is an error on the row", () => {
    const actor = (id: string, contacts: { name: string; role: string; email: string; phone: string }[]) => ({
      id,
      name: `Actor ${id.slice(0, 4)}`,
      kind: "organisation" as const,
      notes: null,
      website: null,
      address: "+32 Markt 1",
      postcode: null,
      city: null,
      lat: null,
      lng: null,
      contacts,
      languages: [],
    });
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `Contact ${i}`, role: "", email: "", phone: "" }));
    const zip = writeHsds(
      [
        actor("44444444-4444-4444-8444-444444444444", many),
        actor("55555555-5555-4555-8555-555555555555", [{ name: "x".repeat(121), role: "", email: "", phone: "" }]),
        actor("66666666-6666-4666-8666-666666666666", []),
      ],
      new Map(),
    );
    const { drafts, errors } = hsdsDrafts(zip, { status: "not_contacted", sectors: [] });
    expect(errors.map((e) => e.message).sort()).toEqual(["Langer dan 120 tekens.", "Meer dan 20 contactpersonen."]);
    // Our own export's neutralising quote does not come back: "+32 Markt 1" is read as it was written.
    expect(drafts.map((d) => d.address)).toEqual(["+32 Markt 1"]);
  });

  it("reads back what it writes: organisations, services with their organisation, addresses, points, contacts", () => {
    const zip = writeHsds(
      [
        {
          id: "11111111-1111-4111-8111-111111111111",
          name: "OCMW Zonnedal",
          kind: "organisation",
          notes: "Sociaal huis",
          website: "https://ocmw.example",
          address: "Markt 1",
          postcode: "9000",
          city: "Gent",
          lat: 51.05,
          lng: 3.72,
          contacts: [
            { name: "OCMW Zonnedal", role: "", email: "info@ocmw.example", phone: "09 000 00 00" },
            { name: "An Peeters", role: "maatschappelijk werker", email: "an@ocmw.example", phone: "09 111 11 11" },
          ],
          languages: ["nl", "fr"],
        },
        {
          id: "22222222-2222-4222-8222-222222222222",
          name: "Sociale kruidenier",
          kind: "service",
          notes: null,
          website: null,
          address: "Dorpsstraat 3",
          postcode: "9000",
          city: "Gent",
          lat: null,
          lng: null,
          contacts: [],
          languages: ["nl"],
        },
        {
          id: "33333333-3333-4333-8333-333333333333",
          name: "Schuldbemiddeling",
          kind: "service",
          notes: "Zonder organisatie",
          website: null,
          address: null,
          postcode: null,
          city: null,
          lat: null,
          lng: null,
          contacts: [],
          languages: [],
        },
      ],
      new Map([["22222222-2222-4222-8222-222222222222", "11111111-1111-4111-8111-111111111111"]]),
    );
    const { drafts, errors, totalRows } = hsdsDrafts(zip, { status: "not_contacted", sectors: [] });
    expect(errors).toEqual([]);
    expect(totalRows).toBe(3);
    const byName = new Map(drafts.map((d) => [d.name, d]));
    expect(byName.get("OCMW Zonnedal")).toMatchObject({
      kind: "organisation",
      address: "Markt 1",
      postcode: "9000",
      city: "Gent",
      lat: 51.05,
      lng: 3.72,
      website: "https://ocmw.example",
      notes: "Sociaal huis",
      languages: ["nl", "fr"],
      externalId: "11111111-1111-4111-8111-111111111111",
    });
    expect(byName.get("OCMW Zonnedal")?.contacts).toEqual([
      { name: "OCMW Zonnedal", role: "", email: "info@ocmw.example", phone: "09 000 00 00" },
      { name: "An Peeters", role: "maatschappelijk werker", email: "an@ocmw.example", phone: "09 111 11 11" },
    ]);
    expect(byName.get("Sociale kruidenier")).toMatchObject({
      kind: "service",
      address: "Dorpsstraat 3",
      parentExternalId: "11111111-1111-4111-8111-111111111111",
      languages: ["nl"],
    });
    expect(byName.get("Schuldbemiddeling")).toMatchObject({ kind: "service", parentExternalId: null, notes: "Zonder organisatie" });
  });
});

describe("XLSX", () => {
  it("reads the first sheet with Excel's own row numbers, numbers and dates as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Verenigingen");
    ws.addRow(["Overzicht 2026"]);
    ws.addRow([]);
    ws.addRow(["Naam", "Postcode", "Breedtegraad", "Lengtegraad", "Sinds"]);
    ws.addRow(["Chiro Sint-Jan", 9000, 51.0543, 3.7174, new Date("2020-05-01T00:00:00Z")]);
    ws.addRow(["Zoë's breiclub", "9050", "51,04", "3,74", null]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(detectFormat("lijst.xlsx", bytes)).toBe("xlsx");
    const { table, sheetName } = (await readTable("xlsx", bytes)) as Awaited<ReturnType<typeof readTable>>;
    expect(sheetName).toBe("Verenigingen");
    expect(table.headerRow).toBe(3);
    expect(table.rows).toEqual([
      { row: 4, cells: ["Chiro Sint-Jan", "9000", "51.0543", "3.7174", "2020-05-01"] },
      { row: 5, cells: ["Zoë's breiclub", "9050", "51,04", "3,74", ""] },
    ]);
  });
});
