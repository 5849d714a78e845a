import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAll, createTenant, ownerDb, partners, setEnabled, type TenantFixture } from "./test-support";

// Text that people type into the partner map must not become a formula in the files the map exports (OWASP "CSV
// Injection"): the exports go through core's table writer, which this test checks end to end, through the router.

const HYPERLINK = '=HYPERLINK("http://x")';
const DANGEROUS = [HYPERLINK, "+1", "-2+3", "@SUM(A1)"];
/** How a spreadsheet would start reading a cell as a formula (also after leading whitespace). */
const FORMULA = /^[\s]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;
/** A number the writer was given as a number (text such as "-2" would have been neutralised). */
const NUMBER = /^-?\d+(\.\d+)?$/;
const live = (cells: string[]) => cells.filter((c) => FORMULA.test(c) && !NUMBER.test(c));

let E: TenantFixture;
let actorId: string;

beforeAll(async () => {
  E = await createTenant({ tag: "export-injection" });
  await setEnabled(E.id, true);
  const actor = await ownerDb().partnersActor.create({
    data: {
      tenantId: E.id,
      name: HYPERLINK,
      kind: "organisation",
      notes: "+1",
      city: "-2+3",
      address: "@SUM(A1)",
      tags: ["@SUM(A1)"],
      website: "=1+1",
      lat: 51.0543,
      lng: -0.1275,
      contacts: [{ name: HYPERLINK, role: "", email: "", phone: "+32 9 266 00 00" }],
    },
    select: { id: true },
  });
  actorId = actor.id;
  const other = await ownerDb().partnersActor.create({
    data: { tenantId: E.id, name: "Buurtwerk", kind: "service" },
    select: { id: true },
  });
  await ownerDb().partnersLink.create({ data: { tenantId: E.id, fromActorId: actorId, toActorId: other.id, type: "works_with" } });
});

afterAll(async () => {
  await closeAll();
});

const bytesOf = (f: { base64: string }) => new Uint8Array(Buffer.from(f.base64, "base64"));
const rowsOf = (bytes: Uint8Array): string[][] => parse(Buffer.from(bytes).toString("utf8"), { bom: true, relax_column_count: true });

describe("exports neutralise formulas", () => {
  it("CSV: every text cell that would start a formula starts with a quote; numbers stay numbers", async () => {
    const api = partners(E.users.regie, E);
    const file = await api.transfer.export({ format: "elements", filters: { missing: "include" } });
    const bytes = bytesOf(file);
    const raw = Buffer.from(bytes).toString("utf8");
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = rowsOf(bytes);
    const col = (name: string) => (header ?? []).indexOf(name);
    const row = rows.find((r) => r[col("ID")] === actorId) ?? [];
    expect(row[col("Label")]).toBe(`'${HYPERLINK}`);
    expect(row[col("Description")]).toBe("'+1");
    expect(row[col("City")]).toBe("'-2+3");
    expect(row[col("Address")]).toBe("'@SUM(A1)");
    expect(row[col("Tags")]).toBe("'@SUM(A1)");
    expect(row[col("Website")]).toBe("'=1+1");
    // A negative number written as a number: unquoted in the file, and not prefixed.
    expect(row[col("Longitude")]).toBe("-0.1275");
    expect(raw).toContain(",51.0543,-0.1275,");
    const cells = [header ?? [], ...rows].flat();
    expect(live(cells)).toEqual([]);
    // Every dangerous value is in the file, neutralised.
    for (const d of DANGEROUS) expect(cells).toContain(`'${d}`);

    const connections = await api.transfer.export({ format: "connections", filters: { missing: "include" } });
    expect(live(rowsOf(bytesOf(connections)).flat())).toEqual([]);
  });

  it("XLSX: the same values as text cells with the Text format, never formulas; numbers as numbers", async () => {
    const api = partners(E.users.regie, E);
    const file = await api.transfer.export({ format: "xlsx", filters: { missing: "include" } });
    expect(file).toMatchObject({
      fileName: expect.stringMatching(/^netwerk-\d{4}-\d{2}-\d{2}\.xlsx$/),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      count: 2,
    });
    const bytes = bytesOf(file);
    const zip = unzipSync(bytes);
    const sheetXml = Object.entries(zip)
      .filter(([name]) => name.startsWith("xl/worksheets/sheet"))
      .map(([, data]) => strFromU8(data));
    expect(sheetXml).toHaveLength(2);
    for (const xml of sheetXml) expect(xml).not.toMatch(/<f[ >]/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Elementen", "Verbindingen"]);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    let row: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(col("ID")).value === actorId) row = r;
    });
    expect(row).toBeDefined();
    const cell = (name: string) => (row as ExcelJS.Row).getCell(col(name));
    for (const [name, value] of [
      ["Label", HYPERLINK],
      ["Description", "+1"],
      ["City", "-2+3"],
      ["Address", "@SUM(A1)"],
      ["Tags", "@SUM(A1)"],
      ["Website", "=1+1"],
    ] as const) {
      expect(cell(name).type, name).toBe(ExcelJS.ValueType.String);
      expect(cell(name).value, name).toBe(value);
      expect(cell(name).numFmt, name).toBe("@");
    }
    expect(cell("Longitude").type).toBe(ExcelJS.ValueType.Number);
    expect(cell("Longitude").value).toBe(-0.1275);
    // No formula anywhere in the workbook.
    for (const sheet of wb.worksheets) {
      sheet.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
    }
  });

  it("HSDS: the CSV files in the zip are neutralised too", async () => {
    const api = partners(E.users.regie, E);
    const file = await api.transfer.export({ format: "hsds", filters: { missing: "include" } });
    const zip = unzipSync(bytesOf(file));
    const organizations = rowsOf(zip["organizations.csv"] as Uint8Array);
    expect(organizations.map((r) => r[1])).toContain(`'${HYPERLINK}`);
    const phones = rowsOf(zip["phones.csv"] as Uint8Array);
    expect(phones.flat()).toContain("'+32 9 266 00 00");
    for (const [name, data] of Object.entries(zip)) {
      if (!name.endsWith(".csv")) continue;
      expect(live(rowsOf(data).flat()), name).toEqual([]);
    }
  });
});
