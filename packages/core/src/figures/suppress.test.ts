import { describe, expect, it } from "vitest";
import { isSmall, suppress, suppressTable, suppressTotal } from "./suppress";

describe("small-cell suppression", () => {
  it("hides a count under the minimum, never 0, and a second cell when only one would be hidden", () => {
    expect(suppressTotal(3, 5)).toBeNull();
    expect(suppressTotal(0, 5)).toBe(0);
    expect(suppressTotal(5, 5)).toBe(5);
    const cells = [
      { key: "a", count: 2 },
      { key: "b", count: 7 },
      { key: "c", count: 9 },
      { key: "d", count: 0 },
    ];
    expect(suppress(cells, 5)).toEqual([
      { key: "a", count: null },
      { key: "b", count: null },
      { key: "c", count: 9 },
      { key: "d", count: 0 },
    ]);
  });

  it("hides every small cell of a table and, while a row or column has one hidden cell, the next smallest too", () => {
    const t = suppressTable(
      [
        [2, 10, 12],
        [8, 9, 30],
      ],
      5,
    );
    // Row 0 had one hidden cell (2): 10 goes too; column 0 then had one (2): 8 goes too; row 1 then one (8): 9 goes too.
    expect(t).toEqual([
      [null, null, 12],
      [null, null, 30],
    ]);
  });
});

describe("differencing: a filtered view next to the whole", () => {
  it("hides a count whose difference with the same count in a wider view is under the minimum", () => {
    expect(isSmall(40, 5, [43])).toBe(true); // the filter left out 3 people: 43 - 40 would point at them
    expect(isSmall(40, 5, [40])).toBe(false); // nobody left out
    expect(isSmall(40, 5, [45])).toBe(false);
    expect(isSmall(0, 5, [2])).toBe(true); // "0 here" next to "2 in all" shows those 2 are outside the filter
    expect(suppressTotal(297, 5, [300])).toBeNull();
    expect(suppressTotal(290, 5, [300, 290])).toBe(290);
  });

  it("no cell of the left-out group can be worked out by subtracting the filtered breakdown from the whole", () => {
    // The whole survey and the survey filtered on one language; the other languages together are a small group in
    // the "yes" cell: 30 - 28 = 2.
    const whole = { yes: 30, no: 70, maybe: 20 };
    const filtered = { yes: 28, no: 50, maybe: 12 };
    const shown = suppress(
      (Object.keys(whole) as (keyof typeof whole)[]).map((key) => ({ key, count: filtered[key], wider: [whole[key]] })),
      5,
    );
    const byKey = Object.fromEntries(shown.map((c) => [c.key, c.count]));
    // The small difference is hidden, and (as it is the only one) a second cell too, so the filtered total cannot
    // give it back.
    expect(byKey.yes).toBeNull();
    expect(shown.filter((c) => c.count === null)).toHaveLength(2);
    // Whatever is still shown on both sides differs by 0 or by at least the minimum.
    for (const c of shown) if (c.count !== null) expect(isSmall(c.count, 5, [whole[c.key as keyof typeof whole]])).toBe(false);
  });

  it("a table compared cell by cell with the whole's table keeps every difference out of reach", () => {
    const whole = [
      [20, 31, 40],
      [15, 12, 60],
    ];
    const filtered = [
      [20, 28, 40],
      [10, 12, 55],
    ];
    const t = suppressTable(
      filtered,
      5,
      whole.map((row) => row.map((w) => [w])),
    );
    expect(t[0]?.[1]).toBeNull(); // 31 - 28 = 3
    // Every row and column with a hidden cell has at least two (nothing can be worked out from its total).
    const lines = [...t, ...t[0]!.map((_, c) => t.map((row) => row[c]))];
    for (const line of lines) expect(line.filter((x) => x === null).length).not.toBe(1);
    for (const [r, row] of t.entries())
      for (const [c, v] of row.entries()) if (v !== null) expect(isSmall(v, 5, [whole[r]![c]!])).toBe(false);
  });
});
