import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreNeutralised, writeCsv, writeXlsx } from "./table-writer";

const csvText = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

describe("neutraliseFormula", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\rcmd", "'\rcmd"],
    ["\tgewoon tekst", "'\tgewoon tekst"],
    // After leading whitespace (some spreadsheets trim it), also a no-break space and a line break.
    ["  =1+1", "'  =1+1"],
    ["\u00a0@x", "'\u00a0@x"],
    ["\n-3", "'\n-3"],
    // Full-width forms.
    ["\uff1d1+1", "'\uff1d1+1"],
    ["\uff0b1", "'\uff0b1"],
    ["\uff0d1", "'\uff0d1"],
    ["\uff20A1", "'\uff20A1"],
    // A new cell after a separator, in a spreadsheet that splits on another separator than the file's.
    ['Kerk;=cmd|" /C calc"!A0', 'Kerk;\'=cmd|" /C calc"!A0'],
    ["a, +1", "a, '+1"],
    ["a\t@b", "a\t'@b"],
  ])("neutralises %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each([
    "",
    "gewoon tekst",
    "Café De Hoek",
    "a=b",
    "1+1",
    "e-mail: info@example.org",
    "Notities:\n- eerste punt\n- tweede punt",
    "'=al geneutraliseerd",
    "   ",
    "مرحبا بالجيران",
  ])("leaves %j alone", (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });
});

describe("writeCsv", () => {
  it("quotes every text field, doubles quotes, keeps line breaks inside the field, ends records with CRLF", () => {
    const text = csvText(
      writeCsv(
        {
          header: ["Naam", "Notitie"],
          rows: [
            ['Café "De Hoek"', "regel 1\nregel 2"],
            ["a,b", "x;y"],
          ],
        },
        { bom: false },
      ),
    );
    expect(text).toBe('"Naam","Notitie"\r\n"Café ""De Hoek""","regel 1\nregel 2"\r\n"a,b","x;y"\r\n');
  });

  it("neutralises each dangerous text cell and keeps numbers typed as numbers", () => {
    const text = csvText(
      writeCsv(
        {
          header: ["=kop", "b", "c", "d", "e", "f"],
          rows: [['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", -2, 51.0543]],
        },
        { bom: false },
      ),
    );
    expect(text).toBe(`"'=kop","b","c","d","e","f"\r\n"'=HYPERLINK(""http://x"")","'+1","'-2+3","'@SUM(A1)",-2,51.0543\r\n`);
  });

  it("writes empty cells for null, undefined and numbers that are not finite", () => {
    expect(csvText(writeCsv({ header: ["a", "b", "c", "d"], rows: [[null, undefined, Number.NaN, ""]] }, { bom: false }))).toBe(
      '"a","b","c","d"\r\n,,,""\r\n',
    );
  });

  it("starts with a UTF-8 byte order mark on request, and takes another delimiter", () => {
    const bytes = writeCsv({ header: ["Gemeente"], rows: [["Sint-Gillis", "Brussel"]] }, { bom: true, delimiter: ";" });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvText(bytes)).toBe('\ufeff"Gemeente"\r\n"Sint-Gillis";"Brussel"\r\n');
  });
});

describe("writeXlsx", () => {
  it("writes formula-looking text as text cells with the Text format, numbers as numbers, and never a formula", async () => {
    const dangerous = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\t=1"];
    const bytes = await writeXlsx([
      { name: "Elementen", header: ["Label", "Getal"], rows: [...dangerous.map((d) => [d, -2]), ["bel\u0007l", 3.5]] },
      { name: "Ver/bindingen: [alle]", header: ["From"], rows: [] },
    ]);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"] as Uint8Array);
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).not.toContain('t="str"');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Elementen", "Ver bindingen alle"]);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getRow(1).getCell(1).value).toBe("Label");
    for (const [i, d] of dangerous.entries()) {
      const text = ws.getRow(i + 2).getCell(1);
      expect(text.type).toBe(ExcelJS.ValueType.String);
      expect(text.value).toBe(d);
      expect(text.numFmt).toBe("@");
      const number = ws.getRow(i + 2).getCell(2);
      expect(number.type).toBe(ExcelJS.ValueType.Number);
      expect(number.value).toBe(-2);
    }
    // Control characters XML cannot hold are left out.
    expect(ws.getRow(dangerous.length + 2).getCell(1).value).toBe("bell");
  });
});

describe("restoreNeutralised", () => {
  it("gives back what was typed, for every neutralised shape", () => {
    for (const typed of ['=HYPERLINK("x")', "+32 9 123 45 67", "-2+3", "@SUM(A1)", "  =1+1", "\tx", "Gent, -10%", "a;=b", "gewoon"]) {
      expect(restoreNeutralised(neutraliseFormula(typed))).toBe(typed);
    }
    expect(restoreNeutralised("'geen formule")).toBe("'geen formule");
  });
});
