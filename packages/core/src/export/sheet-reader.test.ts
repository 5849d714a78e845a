import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { looksLikeXlsx, readXlsxSheet, SheetProblem } from "./sheet-reader";

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readXlsxSheet", () => {
  it("reads the first sheet with data as text cells with Excel's row numbers", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("Leeg");
      const s = wb.addWorksheet("Cijfers");
      s.addRow(["naam", "aantal", "datum", "ok"]);
      s.addRow([]);
      s.addRow(["Zonnedal", 12.5, new Date(Date.UTC(2024, 0, 31)), true]);
      s.getCell("E3").value = { formula: "B3*2", result: 25 };
      s.getCell("F3").value = { richText: [{ text: "Bui" }, { text: "ten" }] };
    });
    expect(looksLikeXlsx(bytes)).toBe(true);
    const r = await readXlsxSheet(bytes, { maxRows: 10 });
    expect(r.sheetName).toBe("Cijfers");
    expect(r.rowNumbers).toEqual([1, 3]);
    expect(r.rows[1]).toEqual(["Zonnedal", "12.5", "2024-01-31", "ja", "25", "Buiten"]);
  });

  it("refuses a broken file, an empty workbook and too many rows, as a whole", async () => {
    await expect(readXlsxSheet(new TextEncoder().encode("PK nonsense"), { maxRows: 10 })).rejects.toMatchObject({ kind: "broken" });
    const empty = await workbook((wb) => void wb.addWorksheet("Leeg"));
    await expect(readXlsxSheet(empty, { maxRows: 10 })).rejects.toBeInstanceOf(SheetProblem);
    await expect(readXlsxSheet(empty, { maxRows: 10 })).rejects.toMatchObject({ kind: "empty" });
    const many = await workbook((wb) => {
      const s = wb.addWorksheet("Veel");
      for (let i = 0; i < 40; i++) s.addRow([i]);
    });
    await expect(readXlsxSheet(many, { maxRows: 10 })).rejects.toMatchObject({ kind: "tooManyRows" });
    expect((await readXlsxSheet(many, { maxRows: 40 })).rows).toHaveLength(40);
  });
});
