import { describe, expect, it } from "vitest";
import { DEFAULT_SECTORS, RELATIONSHIP_STATUSES, STATUS_COLORS } from "../../domain";
import { colourIndex, colourOf, contrast, legendEntries, NEUTRAL, palette, textOn } from "./colours";

const sectors = DEFAULT_SECTORS.map((s) => ({ key: s.key, color: s.color }));
const sectorIndex = new Map(sectors.map((s, i) => [s.key, i]));

describe("marker colours", () => {
  it("follow the sector (first sector; none is neutral) or the relationship", () => {
    const p = { status: "dormant", sector: "health" };
    expect(colourOf(palette("sector", sectors), colourIndex("sector", p, sectorIndex))).toBe("#b91c1c");
    expect(colourOf(palette("status", sectors), colourIndex("status", p, sectorIndex))).toBe(STATUS_COLORS.dormant);
    expect(colourIndex("sector", { status: "dormant", sector: null }, sectorIndex)).toBe(-1);
    expect(colourIndex("sector", { status: "dormant", sector: "deleted-sector" }, sectorIndex)).toBe(-1);
    expect(colourOf(palette("sector", sectors), -1)).toBe(NEUTRAL);
  });

  it("give cluster counts readable text on every default colour, and on a light colour a tenant might pick", () => {
    const all = [...sectors.map((s) => s.color), ...RELATIONSHIP_STATUSES.map((s) => STATUS_COLORS[s]), NEUTRAL, "#fde68a", "#ffffff"];
    for (const c of all) expect(contrast(c, textOn(c)), c).toBeGreaterThanOrEqual(4.5);
    expect(textOn("#fde68a")).toBe("#0f172a");
    expect(textOn("#166534")).toBe("#ffffff");
    expect(all.length).toBe(sectors.length + 5 + 3);
  });

  it("list the colours in use in palette order, neutral last", () => {
    expect(legendEntries(new Set([3, -1, 0]), 5)).toEqual([0, 3, -1]);
    expect(legendEntries(new Set(), 5)).toEqual([]);
  });
});
