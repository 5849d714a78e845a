import { describe, expect, it } from "vitest";
import { aggregate, parseNumber, readSectorCsv } from "./indicators";

describe("aggregate", () => {
  const values = [
    { sectorCode: "A01", value: 100, weight: 1000 },
    { sectorCode: "A02", value: 50, weight: 3000 },
    { sectorCode: "B01", value: 999, weight: 10 },
  ];

  it("adds counts over the buurt's sectors only and names the missing ones", () => {
    expect(aggregate(values, ["A01", "A02", "A09"], "sum")).toEqual({
      value: 150,
      covered: ["A01", "A02"],
      missing: ["A09"],
      weighted: false,
    });
  });

  it("weights a mean by the sectors' weights", () => {
    // (100*1000 + 50*3000) / 4000 = 62.5
    expect(aggregate(values, ["a01", "A02"], "mean")).toMatchObject({ value: 62.5, weighted: true });
  });

  it("falls back to a plain mean when a sector has no weight", () => {
    const r = aggregate([...values.slice(0, 1), { sectorCode: "A02", value: 50, weight: null }], ["A01", "A02"], "mean");
    expect(r).toMatchObject({ value: 75, weighted: false });
  });

  it("has no value when the data covers none of the sectors, and counts a sector once", () => {
    expect(aggregate(values, ["Z99"], "sum")).toEqual({ value: null, covered: [], missing: ["Z99"], weighted: false });
    expect(aggregate(values, ["A01", "A01"], "sum").value).toBe(100);
  });
});

describe("parseNumber", () => {
  it("reads Belgian and plain numbers and refuses text", () => {
    expect(parseNumber("1.234,5")).toBe(1234.5);
    expect(parseNumber("12,5")).toBe(12.5);
    expect(parseNumber("-3.25")).toBe(-3.25);
    expect(parseNumber(" 42 ")).toBe(42);
    expect(parseNumber("veel")).toBeNull();
    expect(parseNumber("")).toBeNull();
  });
});

describe("readSectorCsv", () => {
  it("keeps the good rows and reports each bad one with its spreadsheet row number", () => {
    const csv = [
      "sector;indicator;jaar;waarde;inwoners",
      "A01;Huurders (%);2024;41,5;1200",
      "A02;Huurders (%);2024;38;800",
      "???;Huurders (%);2024;1;1",
      "A03;;2024;1;1",
      "A04;Huurders (%);24;1;1",
      "A05;Huurders (%);2024;veel;1",
      "A06;Huurders (%);2024;1;-5",
      "A01;Huurders (%);2024;40;1200",
      "",
    ].join("\n");
    const r = readSectorCsv(csv);
    expect(r.fileError).toBeNull();
    expect(r.rows).toEqual([
      { sector: "A01", indicator: "Huurders (%)", year: 2024, value: 41.5, weight: 1200 },
      { sector: "A02", indicator: "Huurders (%)", year: 2024, value: 38, weight: 800 },
    ]);
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([
      [4, "sector"],
      [5, "indicator"],
      [6, "year"],
      [7, "value"],
      [8, "weight"],
      [9, "duplicate"],
    ]);
  });

  it("reads a comma-separated file with French headers and no weights", () => {
    const r = readSectorCsv("\ufeffsecteur,indicateur,année,valeur\n21004A00-,x,2023,1\n21004A01,Population,2023,1523\n");
    expect(r.rows).toEqual([{ sector: "21004A01", indicator: "Population", year: 2023, value: 1523, weight: null }]);
    expect(r.errors).toEqual([{ row: 2, code: "sector", value: "21004A00-" }]);
  });

  it("passes over title lines above the header and keeps the file's row numbers", () => {
    const r = readSectorCsv(
      "Statbel: huurders per sector;;;\n\nsector;indicator;jaar;waarde\nA01;Huurders (%);2024;41\nA02;Huurders (%);2024;x\n",
    );
    expect(r.rows).toEqual([{ sector: "A01", indicator: "Huurders (%)", year: 2024, value: 41, weight: null }]);
    expect(r.errors).toEqual([{ row: 5, code: "value", value: "x" }]);
  });

  it("refuses a file without the needed columns, an empty file and too many rows", () => {
    expect(readSectorCsv("a;b;c\n1;2;3").fileError).toBe("header");
    expect(readSectorCsv("  \n").fileError).toBe("empty");
    const many = ["sector;indicator;year;value", ...Array.from({ length: 20_001 }, (_, i) => `S${i};x;2024;1`)].join("\n");
    expect(readSectorCsv(many).fileError).toBe("tooManyRows");
  });
});
