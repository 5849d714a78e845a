import { describe, expect, it } from "vitest";
import { suppress, suppressTotal } from "./suppress";

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
});
