import { describe, expect, it } from "vitest";
import { compareIndicators, pairBy, sameWords } from "./compare";

describe("comparing two analyses", () => {
  it("pairs items by their words, loosely: both first, then new, then gone", () => {
    expect(sameWords("  Een sterk LDC dat veel ouderen kent. ")).toBe(sameWords("een sterk ldc dat  veel ouderen kent"));
    expect(sameWords("Café-dialoog")).toBe(sameWords("cafe-dialoog"));
    const p = pairBy(["A", "B", "C"], ["c.", "D", "a"], sameWords);
    expect(p.map((x) => [x.earlier, x.later])).toEqual([
      ["C", "c."],
      ["A", "a"],
      [null, "D"],
      ["B", null],
    ]);
    expect(p.filter((x) => x.earlier && x.later)).toHaveLength(2);
    expect(p.find((x) => x.later === "D")?.earlier).toBeNull();
    expect(p.find((x) => x.earlier === "B")?.later).toBeNull();
  });

  it("compares each indicator's most recent value, with the change when both have one", () => {
    const r = compareIndicators(
      [
        { name: "Huurders (%)", year: 2022, value: 50 },
        { name: "Huurders (%)", year: 2024, value: 53.5 },
        { name: "Inwoners", year: 2024, value: 2100 },
      ],
      [
        { name: "huurders (%)", year: 2026, value: 49 },
        { name: "Alleenwonenden", year: 2026, value: 310 },
        { name: "Inwoners", year: 2026, value: null },
      ],
    );
    expect(r).toEqual([
      { name: "huurders (%)", earlier: { year: 2024, value: 53.5 }, later: { year: 2026, value: 49 }, change: -4.5 },
      { name: "Inwoners", earlier: { year: 2024, value: 2100 }, later: { year: 2026, value: null }, change: null },
      { name: "Alleenwonenden", earlier: null, later: { year: 2026, value: 310 }, change: null },
    ]);
  });
});
