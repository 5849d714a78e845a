import { describe, expect, it } from "vitest";
import { catalogKeys, catalogText, flattenCatalog } from "./catalog";

const catalog = { a: "x", b: { c: "y", d: { e: "z" } } };

describe("a message catalog", () => {
  it("flattens to its texts by dotted key, in order", () => {
    expect([...flattenCatalog(catalog)]).toEqual([
      ["a", "x"],
      ["b.c", "y"],
      ["b.d.e", "z"],
    ]);
    expect(catalogKeys(catalog)).toEqual(["a", "b.c", "b.d.e"]);
    expect(catalogKeys(catalog.b, "b")).toEqual(["b.c", "b.d.e"]);
    expect(catalogKeys(undefined)).toEqual([]);
  });

  it("gives the text at a key, and nothing for a group or a missing key", () => {
    expect(catalogText(catalog, "b.d.e")).toBe("z");
    expect(catalogText(catalog, "b.d")).toBeUndefined();
    expect(catalogText(catalog, "b.x.y")).toBeUndefined();
    expect(catalogText(undefined, "a")).toBeUndefined();
  });
});
